import { describe, expect, test } from 'vitest';
import { toCsv } from '../../src/lib/share/csv';
import { formatPartialDate } from '../../src/lib/site/format-date';
import { formatAmount, formatFigure } from '../../src/lib/figures/format-value';
import { splitAroundParagraphs } from '../../src/lib/markdown/split-html';
import { chartSpans } from '../../src/lib/markdown/chart-spans';

describe('formatFigure', () => {
  test.each([
    { figure: { value: 4e9, unit: 'USD' as const }, text: '$4 billion' },
    { figure: { value: 3.7e9, unit: 'USD' as const }, text: '$3.7 billion' },
    { figure: { value: 2.64e9, unit: 'USD' as const, approximate: true }, text: 'about $2.64 billion' },
    { figure: { value: 3.7e9 / 30, unit: 'USD' as const, approximate: true }, text: 'about $123 million' },
    { figure: { value: 15e6, unit: 'USD' as const }, text: '$15 million' },
    { figure: { value: 1e9, unit: 'USD' as const, qualifier: 'around' as const }, text: 'around $1 billion' },
    { figure: { value: 30, unit: 'multiple' as const, qualifier: 'almost' as const }, text: 'almost 30 times' },
    { figure: { value: 0.25, unit: 'share' as const, approximate: true }, text: 'about 25%' },
    { figure: { value: 1200, unit: 'count' as const }, text: '1,200' },
    { figure: { value: 7, unit: 'years' as const }, text: '7 years' },
  ])('prints $figure.value $figure.unit as "$text"', ({ figure, text }) => {
    expect(formatFigure(figure)).toBe(text);
  });

  test('prints small dollar amounts in full', () => {
    expect(formatAmount(950_000, 'USD')).toBe('$950,000');
  });
});

describe('formatPartialDate', () => {
  test.each([
    ['2010', '2010'],
    ['2013-01', 'January 2013'],
    ['2013-08-13', '13 August 2013'],
  ])('writes %s as "%s"', (iso, text) => {
    expect(formatPartialDate(iso)).toBe(text);
  });

  test.each(['13/08/2013', '2013-13'])('rejects %s with a clear error', (iso) => {
    expect(() => formatPartialDate(iso)).toThrow(iso);
  });
});

describe('toCsv', () => {
  test('quotes commas, quotes and line breaks, and ends lines with CRLF', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        { a: 'plain', b: 'has, comma' },
        { a: 'say "hi"', b: 'two\nlines' },
        { a: null, b: 3 },
      ],
    );
    expect(csv).toBe('a,b\r\nplain,"has, comma"\r\n"say ""hi""","two\nlines"\r\n,3\r\n');
  });
});

describe('splitAroundParagraphs', () => {
  const html = '<section><h2 id="s">S</h2><p id="p-1">One</p><p id="p-2">Two <a>x</a></p></section><p id="p-3">Three</p>';

  test('cuts out the asked-for paragraphs and keeps everything else in order', () => {
    const pieces = splitAroundParagraphs(html, ['p-3', 'p-1']);
    expect(pieces.map((p) => p.paragraph ?? '-')).toEqual(['-', 'p-1', '-', 'p-3']);
    expect(pieces.map((p) => p.html).join('')).toBe(html);
    expect(pieces[1]?.html).toBe('<p id="p-1">One</p>');
  });

  test('names a paragraph that is not there', () => {
    expect(() => splitAroundParagraphs(html, ['p-9'])).toThrow('paragraph "p-9" is not in the rendered article');
  });
});

describe('chartSpans', () => {
  const html =
    '<p id="lead">Lead</p><section><div class="heading-wrap"><h2>A</h2></div><p id="p-1">1</p><p id="p-2">2</p></section><section><div class="heading-wrap"><h2>B</h2></div><p id="p-3">3</p></section>';

  test('counts the blocks from each anchor to the next, across sections, and to the end plus what follows', () => {
    expect(chartSpans(html, ['p-3', 'p-1'], 2)).toEqual(
      new Map([
        ['p-1', 3],
        ['p-3', 3],
      ]),
    );
  });

  test('names an anchor that is not in the article', () => {
    expect(() => chartSpans(html, ['p-9'])).toThrow('paragraph "p-9" is not in the rendered article');
  });
});
