import { describe, expect, test } from 'vitest';
import type { ChartDefinition } from '../../../src/lib/figures/chart-model';
import { type FigureMark, figureMarks, markedSegments } from '../../../src/lib/figures/figure-marks';
import type { Ledger, ResolvedFigure } from '../../../src/lib/figures/types';

// A ledger typed out by hand: where each quote stands was counted on the paragraph it quotes.
// ¶1: "Moscow sold 24 Mi-35 gunships for $360 million." ("sold 24 Mi-35" at 7, "for $360 million" at 30)
const located = (id: string, quote: string, value: number, paragraph: number, start: number): ResolvedFigure => ({
  id,
  kind: 'stated',
  label: id,
  value,
  unit: 'count',
  quote,
  qualifier: 'exact',
  approximate: false,
  location: { paragraph, start, end: start + quote.length, sentence: 'Any.' },
});
const count = located('count', 'sold 24 Mi-35', 24, 1, 7);
const deal = located('deal', 'for $360 million', 360_000_000, 1, 30);
const rise = located('rise', 'almost 30 times', 30, 2, 4);
const each: ResolvedFigure = {
  id: 'each',
  kind: 'derived',
  label: 'each',
  value: 15_000_000,
  unit: 'USD',
  operation: 'divide',
  inputs: ['deal', 'count'],
  note: 'Price over count.',
  qualifier: 'exact',
  approximate: false,
  formula: 'deal ÷ count',
};
const ledger: Ledger = { figures: [count, deal, each, rise], claims: [], events: [] };
const chart = (id: string, anchor: string, parts: string[], table: string[] = []): ChartDefinition => ({
  id,
  anchor,
  form: 'bars',
  title: () => id,
  takeaway: () => id,
  parts: parts.map((figure) => ({ figure, label: figure })),
  alsoInTable: table.map((figure) => ({ figure, label: figure })),
});

describe('figureMarks', () => {
  test('marks each stated figure once, at its amount inside the quote the ledger located, and no derived figure', () => {
    expect(figureMarks(ledger, [])).toEqual([
      { figure: 'count', paragraph: 1, start: 12, end: 14, amount: '24', value: 24 },
      { figure: 'deal', paragraph: 1, start: 34, end: 46, amount: '$360 million', value: 360_000_000 },
      { figure: 'rise', paragraph: 2, start: 4, end: 19, amount: 'almost 30 times', value: 30 },
    ]);
  });

  test.each([
    {
      why: 'the chart anchored to it wins over one that draws it first',
      charts: [chart('draws', 'rise', ['deal']), chart('anchored', 'deal', ['count'])],
      chart: 'anchored',
    },
    {
      why: 'else the first chart that draws it, before an earlier one that only tabulates it',
      charts: [chart('table', 'rise', [], ['deal']), chart('draws', 'count', ['deal'])],
      chart: 'draws',
    },
    {
      why: 'else the first chart that shows it in its table',
      charts: [chart('other', 'rise', ['count']), chart('table', 'count', [], ['deal'])],
      chart: 'table',
    },
    { why: 'else no chart: it links to its row in the ledger', charts: [chart('other', 'rise', ['count'])], chart: undefined },
  ])('the $360 million deal links to chart $chart: $why', ({ charts, chart: expected }) => {
    expect(figureMarks(ledger, charts).find((mark) => mark.figure === 'deal')?.chart).toBe(expected);
  });
});

describe('markedSegments', () => {
  const text = 'Moscow sold 24 Mi-35 gunships for $360 million.';
  const marks = figureMarks(ledger, []).filter((mark) => mark.paragraph === 1);

  test('cuts a paragraph into its plain words and its marked amounts, in reading order, whatever order the marks come in', () => {
    const segments = markedSegments(text, [...marks].reverse());
    expect(segments.map((segment) => segment.text)).toEqual(['Moscow sold ', '24', ' Mi-35 gunships for ', '$360 million', '.']);
    expect(segments.map((segment) => ('mark' in segment ? segment.mark.figure : null))).toEqual([null, 'count', null, 'deal', null]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  test('leaves a paragraph with no mark as one run of words', () => {
    expect(markedSegments(text, [])).toEqual([{ text }]);
  });

  test('adds no empty run before a mark at the start or after one at the end', () => {
    const whole: FigureMark = { figure: 'all', paragraph: 3, start: 0, end: 3, amount: '120', value: 120 };
    expect(markedSegments('120', [whole])).toEqual([{ text: '120', mark: whole }]);
  });

  test('stops when a mark’s span is not its amount in this paragraph, naming the figure and both words', () => {
    const moved = { ...marks[1]!, start: 33, end: 45 };
    expect(() => markedSegments(text, [moved])).toThrow('figure "deal": ¶1 has “ $360 millio” where its mark expects “$360 million”');
  });

  test('sets two marks that touch, the second starting where the first ends', () => {
    const first: FigureMark = { figure: 'a', paragraph: 1, start: 0, end: 2, amount: '12', value: 12 };
    const second: FigureMark = { figure: 'b', paragraph: 1, start: 2, end: 4, amount: '34', value: 34 };
    expect(markedSegments('1234', [first, second]).map((segment) => segment.text)).toEqual(['12', '34']);
  });

  test('stops when two marks overlap, naming both figures', () => {
    const inside: FigureMark = { figure: 'million', paragraph: 1, start: 39, end: 46, amount: 'million', value: 1e6 };
    expect(() => markedSegments(text, [marks[1]!, inside])).toThrow('figures "deal" and "million" overlap in ¶1: each amount is marked once');
  });
});
