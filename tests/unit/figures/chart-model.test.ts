import { describe, expect, test } from 'vitest';
import { chartFigureIds, chartModel, type ChartDefinition } from '../../../src/lib/figures/chart-model';
import { resolveLedger } from '../../../src/lib/figures/ledger';
import type { Figure, TimelineEvent } from '../../../src/lib/figures/types';
import { passed } from '../../support/checked';

const paragraphs = ['On Tuesday Moscow agreed to sell 24 gunships for a combined $360 million, half of them already delivered.'];

const figures: Figure[] = [
  { id: 'deal', kind: 'stated', label: 'Deal', value: 360_000_000, unit: 'USD', quote: 'for a combined $360 million' },
  { id: 'count', kind: 'stated', label: 'Count', value: 24, unit: 'count', quote: 'sell 24 gunships' },
  { id: 'share', kind: 'stated', label: 'Share', value: 0.5, unit: 'share', quote: 'half of them' },
  { id: 'price', kind: 'derived', label: 'Price', unit: 'USD', operation: 'divide', inputs: ['deal', 'count'], note: 'Equal shares.' },
  { id: 'delivered', kind: 'derived', label: 'Delivered', unit: 'count', operation: 'multiply', inputs: ['count', 'share'], note: 'Half.' },
  { id: 'rest', kind: 'derived', label: 'Rest', unit: 'count', operation: 'subtract', inputs: ['count', 'delivered'], note: 'The others.' },
];
const events: TimelineEvent[] = [{ id: 'talks', date: '2013-08-13', label: 'Talks', quote: 'On Tuesday' }];
// Built inside each test, so a mutation run sees which tests reach the checks (nothing runs as the file loads).
const ledger = () => passed(resolveLedger({ figures, claims: [], events }, paragraphs));

const units: ChartDefinition = {
  id: 'chart-x',
  aliases: ['chart-old'],
  form: 'units',
  anchor: 'deal',
  title: ({ v }) => `${v('count')} gunships at ${v('price')} each`,
  takeaway: ({ v }) => `${v('delivered')} were delivered.`,
  whole: { figure: 'count', label: 'Ordered' },
  parts: [
    { figure: 'delivered', label: 'Delivered' },
    { figure: 'rest', label: ({ year }) => `Not delivered by ${year('talks')}` },
  ],
  alsoInTable: [{ figure: 'price', label: 'Each' }],
};

describe('chartModel', () => {
  test('computes words, labels and rows from the ledger and gives the browser only what it draws', () => {
    const model = chartModel(units, ledger());
    expect(model.title).toBe('24 gunships at $15 million each');
    expect(model.takeaway).toBe('12 were delivered.');
    expect(model.anchor.paragraph).toBe(1);
    expect(model.aliases).toEqual(['chart-old']);
    expect(model.spec).toEqual({
      form: 'units',
      labels: ['Delivered', 'Not delivered by 2013'],
      values: [12, 12],
      displays: ['12', '12'],
      derived: [true, true],
    });
    expect(model.rows.map((row) => [row.figure.id, row.drawn])).toEqual([
      ['count', false],
      ['delivered', true],
      ['rest', true],
      ['price', false],
    ]);
    expect(model.rows.find((r) => r.figure.id === 'price')?.workings).toBe('$360 million ÷ 24');
    expect(model.description).toBe('Unit chart, 24 gunships at $15 million each of 24: Delivered, 12 (derived); Not delivered by 2013, 12 (derived).');
  });

  test('a bar chart carries its note to the browser and names it in the description', () => {
    const bars: ChartDefinition = {
      id: 'chart-b',
      form: 'bars',
      anchor: 'deal',
      title: () => 'Deal and price',
      takeaway: () => 'The price is a share of the deal.',
      parts: [
        { figure: 'deal', label: 'Deal' },
        { figure: 'price', label: 'Each' },
      ],
      note: ({ v }) => `${v('count')} shares`,
    };
    const model = chartModel(bars, ledger());
    expect(model.spec).toEqual({
      form: 'bars',
      labels: ['Deal', 'Each'],
      values: [360_000_000, 15_000_000],
      displays: ['$360 million', '$15 million'],
      derived: [false, true],
      note: '24 shares',
    });
    expect(model.description).toBe('Bar chart, Deal and price: Deal, $360 million; Each, $15 million (derived); 24 shares.');
    expect(model.key).toMatchObject({ label: 'Deal', display: '$360 million' });
  });

  test.each([
    {
      change: {
        parts: [
          { figure: 'deal', label: 'D' },
          { figure: 'count', label: 'C' },
        ],
      },
      error: 'chart "chart-x": its parts mix units (USD, count)',
    },
    { change: { parts: [{ figure: 'delivered', label: 'D' }] }, error: 'chart "chart-x": its parts add up to 12, not its whole count (24)' },
    {
      change: { whole: { figure: 'share', label: 'S' }, parts: [{ figure: 'share', label: 'S' }] },
      error: 'a unit chart counts whole units, but share is 0.5',
    },
    { change: { anchor: 'nowhere' }, error: 'chart "chart-x": anchor "nowhere" is no stated figure' },
    { change: { anchor: 'price' }, error: 'chart "chart-x": anchor "price" is no stated figure or claim with a quote' },
    { change: { parts: [{ figure: 'ghost', label: 'G' }] }, error: 'chart "chart-x": "ghost" is no figure' },
    { change: { parts: [] }, error: 'chart "chart-x": it draws no parts' },
    { change: { title: ({ year }: { year: (id: string) => number }) => `${year('ghost-event')}` }, error: 'chart "chart-x": "ghost-event" is no event' },
  ])('names the chart when its definition is wrong: $error', ({ change, error }) => {
    expect(() => chartModel({ ...units, ...change } as ChartDefinition, ledger())).toThrow(error);
  });
});

describe('chartFigureIds', () => {
  test('lists the whole, the drawn parts and the table-only figures, so marks can link to any chart that shows a figure', () => {
    expect(chartFigureIds(units)).toEqual(['count', 'delivered', 'rest', 'price']);
  });
});
