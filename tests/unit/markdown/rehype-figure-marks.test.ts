import type { Pluggable } from 'unified';
import { describe, expect, test } from 'vitest';
import { rehypeFigureMarks } from '../../../src/lib/markdown/rehype-figure-marks';
import { runPlugins, select, selectAll, toString } from '../../support/hast';

describe('rehypeFigureMarks', () => {
  const marks = [
    { id: 'deal', quote: 'for a combined $360 million', amountText: '$360 million', value: 360_000_000, href: '#chart-mi35' },
    { id: 'count', quote: 'sell 24 Mi-35', amountText: '24', value: 24, href: '/figures/#count' },
  ];

  test('wraps each amount in <data value> inside a link, at the one place its quote stands', async () => {
    const tree = await runPlugins('<p>Moscow agreed to sell 24 Mi-35 gunships for a combined $360 million.</p>', [[rehypeFigureMarks, { marks }]]);
    const links = selectAll('a.figure-ref', tree);
    expect(links.map((a) => [a.properties.href, a.properties.dataFigure, toString(a)])).toEqual([
      ['/figures/#count', 'count', '24'],
      ['#chart-mi35', 'deal', '$360 million'],
    ]);
    expect(select('a[data-figure="deal"] > data', tree)?.properties.value).toBe('360000000');
    expect(toString(select('p', tree)!)).toBe('Moscow agreed to sell 24 Mi-35 gunships for a combined $360 million.');
  });

  test('stops the build naming the figure whose quote is not in the text', async () => {
    await expect(runPlugins('<p>Moscow agreed to sell 24 Mi-35 gunships for a combined $400 million.</p>', [[rehypeFigureMarks, { marks }]])).rejects.toThrow(
      'figure "deal" expects “for a combined $360 million”',
    );
  });

  test('refuses a mark whose amount is not inside its quote', async () => {
    await expect(runPlugins('<p>x</p>', [[rehypeFigureMarks, { marks: [{ ...marks[0]!, amountText: '$1 billion' }] }]])).rejects.toThrow(
      'figure "deal": “$1 billion” is not inside',
    );
  });

  const plugin: Pluggable[] = [[rehypeFigureMarks, { marks }]];
  const sale = 'sell 24 Mi-35 gunships for a combined $360 million.';

  test('marks nothing and stops nothing without marks', async () => {
    const tree = await runPlugins(`<p>${sale}</p>`, [rehypeFigureMarks]);
    expect(selectAll('a', tree)).toEqual([]);
    expect(toString(tree)).toBe(sale);
  });

  test('marks quotes at the very start of a paragraph, and around other elements in it', async () => {
    const tree = await runPlugins(`<p>${sale} <em>Late</em>, they said.</p>`, plugin);
    expect(selectAll('a.figure-ref', tree).map((a) => toString(a))).toEqual(['24', '$360 million']);
    expect(toString(select('p', tree)!)).toBe(`${sale} Late, they said.`);
  });

  test.each([
    { where: 'a list item', html: `<ul><li>${sale}</li></ul>` },
    { where: 'a heading', html: `<h2>${sale}</h2>` },
    { where: 'emphasis inside a paragraph', html: `<p><em>${sale}</em></p>` },
  ])('marks only words that stand in a paragraph’s own text, not in $where', async ({ html }) => {
    await expect(runPlugins(html, plugin)).rejects.toThrow(
      'Figures not found in the article: figure "deal" expects “for a combined $360 million”; figure "count" expects “sell 24 Mi-35”',
    );
  });

  test('marks a quote in a paragraph’s own text, never in a heading before it or in a table cell', async () => {
    const html = '<h2>To sell 24 Mi-35 gunships</h2><table><tr><td>sell 24 Mi-35</td></tr></table><p>Moscow agreed to sell 24 Mi-35 gunships.</p>';
    const tree = await runPlugins(html, [[rehypeFigureMarks, { marks: [marks[1]!] }]]);
    expect(selectAll('a.figure-ref', tree).map((a) => select('p a.figure-ref', tree) === a)).toEqual([true]);
  });

  test('marks a figure once, where its quote first stands', async () => {
    const tree = await runPlugins('<p>They will sell 24 Mi-35 now.</p><p>They will sell 24 Mi-35 later.</p>', [[rehypeFigureMarks, { marks: [marks[1]!] }]]);
    expect(selectAll('p', tree).map((p) => selectAll('a.figure-ref', p).length)).toEqual([1, 0]);
  });

  test('names the article’s file when it knows it', async () => {
    await expect(runPlugins('<p>Nothing here.</p>', plugin, undefined, 'content/article.md')).rejects.toThrow(
      'Figures not found in the article (content/article.md): figure "deal"',
    );
  });
});
