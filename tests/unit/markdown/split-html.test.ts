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

  test('names a paragraph that is not there', () => {
    expect(() => splitAroundParagraphs(html, ['p-9'])).toThrow('paragraph "p-9" is not in the rendered article');
  });
});
