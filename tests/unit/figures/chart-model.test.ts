import { describe, expect, test } from 'vitest';
import { chartModel, type ChartDefinition } from '../../../src/lib/figures/chart-model';
import { resolveLedger } from '../../../src/lib/figures/ledger';
import type { Figure } from '../../../src/lib/figures/types';
import { passed } from '../../support/checked';

const paragraphs = ['Moscow agreed to sell 24 gunships for a combined $360 million.'];

const figures: Figure[] = [
  { id: 'deal', kind: 'stated', label: 'Deal', value: 360_000_000, unit: 'USD', quote: 'for a combined $360 million' },
  { id: 'count', kind: 'stated', label: 'Count', value: 24, unit: 'count', quote: 'sell 24 gunships' },
  { id: 'price', kind: 'derived', label: 'Price', unit: 'USD', operation: 'divide', inputs: ['deal', 'count'], note: 'Equal shares.' },
];

const ledger = passed(resolveLedger({ figures, claims: [], events: [] }, paragraphs));

const chart: ChartDefinition = {
  id: 'chart-x',
  anchor: 'deal',
  title: ({ v }) => `Deal of ${v('deal')}`,
  takeaway: ({ v }) => `Each costs ${v('price')}.`,
  bars: [
    { figure: 'deal', label: 'Deal' },
    { figure: 'price', label: 'Each' },
  ],
  alsoInTable: [{ figure: 'count', label: 'Count' }],
};

describe('chartModel', () => {
  test('computes words and rows from the ledger and gives the browser only what it draws', () => {
    const model = chartModel(chart, ledger);
    expect(model.title).toBe('Deal of $360 million');
    expect(model.takeaway).toBe('Each costs $15 million.');
    expect(model.anchor.paragraph).toBe(1);
    expect(model.spec).toEqual({
      labels: ['Deal', 'Each'],
      values: [360_000_000, 15_000_000],
      displays: ['$360 million', '$15 million'],
      derived: [false, true],
    });
    expect(model.rows.find((r) => r.figure.id === 'price')?.workings).toBe('$360 million ÷ 24');
    expect(model.description).toBe('Bar chart, Deal of $360 million: Deal, $360 million; Each, $15 million (derived).');
  });

  test.each([
    {
      change: {
        bars: [
          { figure: 'deal', label: 'D' },
          { figure: 'count', label: 'C' },
        ],
      },
      error: 'chart "chart-x": its bars mix units (USD, count)',
    },
    { change: { anchor: 'nowhere' }, error: 'chart "chart-x": anchor "nowhere" is no stated figure' },
    { change: { bars: [{ figure: 'ghost', label: 'G' }] }, error: 'chart "chart-x": "ghost" is no figure' },
  ])('names the chart when its definition is wrong: $error', ({ change, error }) => {
    expect(() => chartModel({ ...chart, ...change }, ledger)).toThrow(error);
  });
});
