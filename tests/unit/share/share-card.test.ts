import { describe, expect, test } from 'vitest';
import type { ChartRow } from '../../../src/lib/figures/chart-model';
import type { ResolvedFigure } from '../../../src/lib/figures/types';
import { shareCardOf } from '../../../src/lib/share/share-card';

// Checked figures typed out, so nothing of src/lib runs as the file loads.
const located = { paragraph: 2, start: 6, end: 28, sentence: 'It is measured at $4 billion.' };
const total: ResolvedFigure = {
  id: 'cooperation-total',
  kind: 'stated',
  label: 'All cooperation',
  value: 4_000_000_000,
  unit: 'USD',
  quote: 'measured at $4 billion',
  qualifier: 'exact',
  approximate: false,
  location: located,
};
const deal: ResolvedFigure = { ...total, id: 'mi35-deal', label: 'The gunship deal', value: 360_000_000, quote: 'a combined $360 million' };
const row = (figure: typeof total, label: string, display: string, drawn: boolean): ChartRow => ({ figure, label, display, drawn });
const deals = {
  id: 'chart-deals',
  rows: [row(total, 'All', '$4 billion', true), row(deal, 'Gunships', '$360 million', true), row(deal, 'Tabled only', '$360 million', false)],
};
const facts = { siteName: 'Arms, checked', headline: 'Arms to Baku', source: { outlet: 'Azatutyun', publisher: 'RFE/RL' } };

describe('shareCardOf', () => {
  test('puts the since-2010 total on the card with its label, and the deals chart’s drawn bars beside it', () => {
    expect(shareCardOf({ ...facts, charts: [{ id: 'chart-other', rows: [] }, deals] })).toEqual({
      siteName: 'Arms, checked',
      headline: 'Arms to Baku',
      figure: '$4 billion',
      figureLabel: 'All cooperation',
      bars: [
        { label: 'All', value: 4_000_000_000, display: '$4 billion' },
        { label: 'Gunships', value: 360_000_000, display: '$360 million' },
      ],
      credit: 'Source: Azatutyun (RFE/RL)',
      alt: 'Arms to Baku: $4 billion, All cooperation. All: $4 billion; Gunships: $360 million.',
    });
  });

  test.each([
    { what: 'no deals chart', charts: [{ ...deals, id: 'chart-other' }] },
    { what: 'a deals chart without the total', charts: [{ ...deals, rows: deals.rows.slice(1) }] },
  ])('stops the build when there is $what, naming what it needs', ({ charts }) => {
    expect(() => shareCardOf({ ...facts, charts })).toThrow('share card: it needs chart-deals and its figure cooperation-total');
  });
});
