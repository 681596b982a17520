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

const bars: ChartDefinition & { form: 'bars' } = {
  id: 'chart-b',
  form: 'bars',
  anchor: 'deal',
  title: () => 'Deal and price',
  takeaway: () => 'The price is a share of the deal.',
  parts: [
    { figure: 'deal', label: 'Deal' },
    { figure: 'price', label: 'Each' },
  ],
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
    expect(model.description).toBe('Unit chart: 24 gunships at $15 million each. Parts of 24: Delivered, 12 (derived); Not delivered by 2013, 12 (derived).');
  });

  test('a bar chart carries its note to the browser and names it in the description', () => {
    const model = chartModel({ ...bars, note: ({ v }) => `${v('count')} shares` }, ledger());
    expect(model.spec).toEqual({
      form: 'bars',
      labels: ['Deal', 'Each'],
      values: [360_000_000, 15_000_000],
      displays: ['$360 million', '$15 million'],
      derived: [false, true],
      note: '24 shares',
    });
    expect(model.description).toBe('Bar chart: Deal and price. Deal, $360 million; Each, $15 million (derived); 24 shares.');
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

describe('chartModel’s other forms and limits', () => {
  test('a stacked bar is described as one, and a chart published under no other id has no aliases', () => {
    const stack: ChartDefinition = { ...units, form: 'stack', aliases: undefined, alsoInTable: undefined };
    const model = chartModel(stack, ledger());
    expect(model.description).toBe('Stacked bar: 24 gunships at $15 million each. Parts of 24: Delivered, 12 (derived); Not delivered by 2013, 12 (derived).');
    expect(model.aliases).toEqual([]);
  });

  test('a bar chart without a note has none, in its spec or its description', () => {
    const model = chartModel(bars, ledger());
    expect(model.spec).not.toHaveProperty('note');
    expect(model.description).toBe('Bar chart: Deal and price. Deal, $360 million; Each, $15 million (derived).');
  });

  // A paragraph whose parts are off from their whole by exactly a part in a thousand, and by a little more.
  const rounded = ['A total of 1,000 units: 999 here, 1 there, 2 more and 3 elsewhere.'];
  const stated = (id: string, value: number, quote: string): Figure => ({ id, kind: 'stated', label: id, value, unit: 'count', quote });
  const roundedLedger = () =>
    passed(
      resolveLedger(
        {
          figures: [
            stated('total', 1000, 'A total of 1,000'),
            stated('here', 999, '999 here'),
            stated('there', 1, '1 there'),
            stated('more', 2, '2 more'),
            stated('elsewhere', 3, '3 elsewhere'),
          ],
          claims: [],
          events: [],
        },
        rounded,
      ),
    );
  const partsOf = (...ids: string[]): ChartDefinition => ({
    id: 'chart-r',
    form: 'stack',
    anchor: 'total',
    title: () => 'Total',
    takeaway: () => 'All of it.',
    whole: { figure: 'total', label: 'Total' },
    parts: ids.map((figure) => ({ figure, label: figure })),
  });

  test.each([
    { parts: ['here', 'there'], off: 0, adds: true },
    { parts: ['here', 'more'], off: 1, adds: true },
    { parts: ['here', 'elsewhere'], off: 2, adds: false },
  ])('parts off their whole by $off in 1,000 add up: $adds', ({ parts, adds }) => {
    const build = () => chartModel(partsOf(...parts), roundedLedger());
    if (adds) expect(build().spec.values).toHaveLength(2);
    else expect(build).toThrow('chart "chart-r": its parts add up to 1002, not its whole total (1000)');
  });

  // Built from the gunships: none left is count − count, a negative count is delivered − count.
  const withCounts = () =>
    passed(
      resolveLedger(
        {
          figures: [
            ...figures,
            { id: 'none', kind: 'derived', label: 'None', unit: 'count', operation: 'subtract', inputs: ['count', 'count'], note: 'Zero.' },
            { id: 'negative', kind: 'derived', label: 'Negative', unit: 'count', operation: 'subtract', inputs: ['delivered', 'count'], note: 'Below zero.' },
          ],
          claims: [],
          events,
        },
        paragraphs,
      ),
    );

  test('a unit chart may draw a group of no units, but refuses a negative count', () => {
    const none = chartModel(
      {
        ...units,
        parts: [
          { figure: 'count', label: 'All' },
          { figure: 'none', label: 'None' },
        ],
      },
      withCounts(),
    );
    expect(none.spec.values).toEqual([24, 0]);
    const negative: ChartDefinition = {
      ...units,
      whole: { figure: 'delivered', label: 'D' },
      parts: [
        { figure: 'count', label: 'All' },
        { figure: 'negative', label: 'Less' },
      ],
    };
    expect(() => chartModel(negative, withCounts())).toThrow('chart "chart-x": a unit chart counts whole units, but negative is -12');
  });
});

describe('chartFigureIds', () => {
  test('lists the whole, the drawn parts and the table-only figures, so marks can link to any chart that shows a figure', () => {
    expect(chartFigureIds(units)).toEqual(['count', 'delivered', 'rest', 'price']);
  });

  test('lists only the parts of a chart with no whole and no table-only figure', () => {
    const bars: ChartDefinition = {
      id: 'chart-b',
      form: 'bars',
      anchor: 'deal',
      title: () => '',
      takeaway: () => '',
      parts: [{ figure: 'deal', label: 'Deal' }],
    };
    expect(chartFigureIds(bars)).toEqual(['deal']);
  });
});
