import { describe, expect, test } from 'vitest';
import type { ResolvedFigure } from '../../../src/lib/figures/types';
import { FIGURE_COLUMNS, figureRecord } from '../../../src/lib/share/figure-records';

// Checked figures typed out, so nothing of src/lib but figureRecord runs.
const deal: ResolvedFigure = {
  id: 'deal',
  kind: 'stated',
  label: 'Deal',
  value: 360_000_000,
  unit: 'USD',
  qualifier: 'around',
  approximate: true,
  quote: 'around $360 million',
  period: '2010',
  location: { paragraph: 2, start: 18, end: 37, sentence: 'The gunships cost around $360 million in all.' },
};
const count: ResolvedFigure = {
  ...deal,
  id: 'count',
  label: 'Gunships',
  value: 24,
  unit: 'count',
  qualifier: 'exact',
  approximate: false,
  quote: 'sell 24 gunships',
};
const price: ResolvedFigure = {
  id: 'price',
  kind: 'derived',
  label: 'Price each',
  unit: 'USD',
  operation: 'divide',
  inputs: ['deal', 'count'],
  note: 'Equal shares.',
  value: 15_000_000,
  qualifier: 'exact',
  approximate: true,
  formula: 'deal ÷ count',
};
const figures = [deal, count, price];
const record = (id: string) => figureRecord(figures.find((f) => f.id === id)!);

describe('figureRecord', () => {
  test('flattens a stated figure with its words, its paragraph as published and its sentence', () => {
    expect(record('deal')).toEqual({
      id: 'deal',
      label: 'Deal',
      value: 360_000_000,
      unit: 'USD',
      kind: 'stated',
      qualifier: 'around',
      approximate: true,
      display: 'around $360 million',
      quote: 'around $360 million',
      paragraph: 'p-2',
      sentence: 'The gunships cost around $360 million in all.',
      formula: null,
      note: null,
      period: '2010',
    });
  });

  test('flattens a derived figure with its formula and note, and no words, paragraph or period of its own', () => {
    expect(record('price')).toEqual({
      id: 'price',
      label: 'Price each',
      value: 15_000_000,
      unit: 'USD',
      kind: 'derived',
      qualifier: 'exact',
      approximate: true,
      display: 'about $15 million',
      quote: null,
      paragraph: null,
      sentence: null,
      formula: 'deal ÷ count',
      note: 'Equal shares.',
      period: null,
    });
  });

  test('has exactly the columns of the CSV, in its order', () => {
    expect(Object.keys(record('count')).sort()).toEqual([...FIGURE_COLUMNS].sort());
    expect(FIGURE_COLUMNS.slice(0, 5)).toEqual(['id', 'label', 'value', 'unit', 'kind']);
  });
});
