import { describe, expect, test } from 'vitest';
import { chartSpans } from '../../../src/lib/markdown/chart-spans';

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
