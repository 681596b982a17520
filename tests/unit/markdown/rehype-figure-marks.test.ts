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
});
