import { describe, expect, test } from 'vitest';
import { splitAroundParagraphs } from '../../../src/lib/markdown/split-html';

describe('splitAroundParagraphs', () => {
  const html = '<section><h2 id="s">S</h2><p id="p-1">One</p><p id="p-2">Two <a>x</a></p></section><p id="p-3">Three</p>';

  test('cuts out the asked-for paragraphs and keeps everything else in order', () => {
    const pieces = splitAroundParagraphs(html, ['p-3', 'p-1']);
    expect(pieces.map((p) => p.paragraph ?? '-')).toEqual(['-', 'p-1', '-', 'p-3']);
    expect(pieces.map((p) => p.html).join('')).toBe(html);
    expect(pieces[1]?.html).toBe('<p id="p-1">One</p>');
  });

  test('cuts a paragraph at the very start, paragraphs side by side, and keeps what follows the last', () => {
    const pieces = splitAroundParagraphs('<p id="p-1">One</p><p id="p-2">Two</p><p>Tail</p>', ['p-1', 'p-2']);
    expect(pieces).toEqual([{ html: '<p id="p-1">One</p>', paragraph: 'p-1' }, { html: '<p id="p-2">Two</p>', paragraph: 'p-2' }, { html: '<p>Tail</p>' }]);
  });

  test.each([
    { what: 'is not there', ids: ['p-9'], error: 'splitAroundParagraphs: paragraph "p-9" is not in the rendered article' },
    { what: 'is asked for twice', ids: ['p-1', 'p-1'], error: 'splitAroundParagraphs: paragraph "p-1" is asked for twice' },
  ])('names a paragraph that $what', ({ ids, error }) => {
    expect(() => splitAroundParagraphs(html, ids)).toThrow(error);
  });

  test('names a paragraph that is never closed', () => {
    expect(() => splitAroundParagraphs('<p id="p-1">One', ['p-1'])).toThrow('paragraph "p-1" is not in the rendered article');
  });
});
