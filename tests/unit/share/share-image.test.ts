import { Resvg } from '@resvg/resvg-js';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { type ShareCard, shareCardSvg, wrap } from '../../../src/lib/share/share-image';
import { selectAll, toString } from '../../support/hast';

const card: ShareCard = {
  siteName: 'Arms to Baku, checked',
  headline: 'Russia’s arms trade with Azerbaijan, figure by figure, over the last few years',
  figure: '$4 billion',
  figureLabel: 'Russian–Azerbaijani military-technical cooperation since 2010',
  bars: [
    { label: 'All cooperation', value: 4_000_000_000, display: '$4 billion' },
    { label: 'Offensive weapons', value: 1_000_000_000, display: '$1 billion' },
    { label: 'Mi-35 gunships', value: 360_000_000, display: '$360 million' },
  ],
  credit: 'Source: Azatutyun',
};
// The card as a parsed SVG tree; numbers read back from its attributes.
const parse = (svg: string) => fromHtml(svg, { fragment: true });
const num = (el: Element, name: string) => Number(el.properties[name]);
const texts = (svg: string) => selectAll('svg > text', parse(svg));
const textOf = (svg: string, words: string) => texts(svg).find((t) => toString(t) === words)!;

describe('wrap', () => {
  test.each([
    { text: 'Russia’s arms trade with Azerbaijan, figure by figure', width: 20, lines: ['Russia’s arms trade', 'with Azerbaijan,', 'figure by figure'] },
    { text: 'abcd efgh', width: 9, lines: ['abcd efgh'] },
    { text: 'abcd efgh', width: 8, lines: ['abcd', 'efgh'] },
    { text: 'two  spaces\nand a break', width: 40, lines: ['two spaces and a break'] },
  ])('breaks “$text” into lines of at most $width characters, at spaces', ({ text, width, lines }) => {
    expect(wrap(text, width)).toEqual(lines);
  });
});

describe('the share card', () => {
  // Drawn inside each test, so a mutation run sees which tests reach the drawing.
  const drawn = () => shareCardSvg(card);

  test('is a 1200 × 630 SVG in the SVG namespace, written with SVG’s attribute names, that the renderer draws at that size', () => {
    const svg = drawn();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630" viewBox="0 0 1200 630"/u);
    const rendered = new Resvg(svg);
    expect([rendered.width, rendered.height]).toEqual([1200, 630]);
  });

  test('says the site’s name, then the headline, the figure, its label and the credit, top to bottom in one column', () => {
    const svg = drawn();
    const [site, headline, figure, label] = texts(svg);
    const credit = textOf(svg, card.credit);
    expect([site, figure].map((t) => toString(t!))).toEqual([card.siteName, card.figure]);
    const firstLine = (t: Element) => selectAll('tspan', t)[0]!;
    const tops = [num(site!, 'y'), num(firstLine(headline!), 'y'), num(figure!, 'y'), num(firstLine(label!), 'y'), num(credit, 'y')];
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(new Set(tops).size).toBe(5);
    expect(new Set([num(site!, 'x'), num(firstLine(headline!), 'x'), num(figure!, 'x'), num(firstLine(label!), 'x'), num(credit, 'x')]).size).toBe(1);
  });

  test('wraps the headline into at most three lines of 30 characters, each one the same step below the last', () => {
    const svg = drawn();
    const headline = texts(svg)[1]!;
    const lines = selectAll('tspan', headline);
    expect(lines.map((l) => toString(l))).toEqual(['Russia’s arms trade with', 'Azerbaijan, figure by figure,', 'over the last few years']);
    const ys = lines.map((l) => num(l, 'y'));
    // Each line at least its type size below the last, so no two lines touch.
    expect(ys[1]! - ys[0]!).toBeGreaterThanOrEqual(num(headline, 'fontSize'));
    expect(ys[2]! - ys[1]!).toBe(ys[1]! - ys[0]!);
    expect(new Set(lines.map((l) => num(l, 'x'))).size).toBe(1);
    const long = shareCardSvg({ ...card, headline: 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen' });
    expect(selectAll('tspan', texts(long)[1]!)).toHaveLength(3);
  });

  test('lays the card on a background that covers it, under a rule along its top edge', () => {
    const [background, rule] = selectAll('svg > rect', parse(drawn()));
    expect([background, rule].map((r) => [num(r!, 'x') || 0, num(r!, 'y') || 0, num(r!, 'width'), num(r!, 'height')])).toEqual([
      [0, 0, 1200, 630],
      [0, 0, 1200, 10],
    ]);
    expect(background?.properties.fill).not.toBe(rule?.properties.fill);
  });

  test('writes each bar’s value just after its end', () => {
    const svg = drawn();
    const bars = selectAll('svg > rect', parse(svg)).slice(2);
    // Beside the bars, right of the column of words (the big figure says $4 billion too).
    const values = card.bars.map((bar) => texts(svg).find((t) => toString(t) === bar.display && num(t, 'x') > 600));
    expect(values.every(Boolean)).toBe(true);
    for (const [i, bar] of bars.entries()) expect(num(values[i]!, 'x')).toBe(num(bar, 'x') + num(bar, 'width') + 10);
  });

  test('draws one bar per figure, the largest 300 px long and the others in proportion', () => {
    const svg = drawn();
    const widths = selectAll('svg > rect', parse(svg))
      .slice(2)
      .map((r) => num(r, 'width'));
    // $1 billion is a quarter of $4 billion; $360 million is 9 %, 27 px.
    expect(widths).toEqual([300, 75, 27]);
  });

  test('keeps a bar for a tiny amount visible, at least 6 px long', () => {
    const tiny = shareCardSvg({ ...card, bars: [card.bars[0]!, { label: 'Tiny', value: 1, display: '$1' }] });
    expect(
      selectAll('svg > rect', parse(tiny))
        .slice(2)
        .map((r) => num(r, 'width')),
    ).toEqual([300, 6]);
  });

  test('puts each bar under its label, its amount just past its end, and each bar below the one before, right of the text', () => {
    const svg = drawn();
    const shapes = selectAll('svg > *', parse(svg));
    const rects = selectAll('svg > rect', parse(svg)).slice(2);
    expect(rects).toHaveLength(card.bars.length);
    card.bars.forEach((bar, i) => {
      const rect = rects[i]!;
      const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((name) => num(rect, name)) as [number, number, number, number];
      const label = textOf(svg, bar.label);
      // The amount is drawn right after its bar; the first bar's "$4 billion" is also the card's big figure.
      const amount = shapes[shapes.findIndex((el) => el.tagName === 'rect' && num(el, 'y') === y) + 1]!;
      expect(toString(amount)).toBe(bar.display);
      expect(num(label, 'x')).toBe(x);
      expect(num(label, 'y')).toBeLessThan(y);
      expect(num(amount, 'x')).toBeGreaterThan(x + width);
      expect(num(amount, 'x')).toBeLessThan(x + width + 20);
      expect(num(amount, 'y')).toBeGreaterThan(y);
      expect(num(amount, 'y')).toBeLessThanOrEqual(y + height);
      if (i > 0) expect(num(label, 'y')).toBeGreaterThan(num(rects[i - 1]!, 'y') + height);
      expect(x).toBeGreaterThan(num(texts(svg)[0]!, 'x') + 500);
    });
  });

  test('escapes text so a headline cannot break the SVG', () => {
    const escaped = shareCardSvg({ ...card, siteName: 'A & B', headline: '<Headline>' });
    expect(escaped).toContain('>A &#x26; B</text>');
    expect(escaped).toContain('&#x3C;Headline>');
    expect(escaped).not.toContain('<Headline>');
    // The SVG must parse as XML for the renderer, whatever the text holds.
    expect(() => new Resvg(escaped)).not.toThrow();
  });
});
