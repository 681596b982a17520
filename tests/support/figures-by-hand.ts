import type { Token } from '../../src/lib/site/palette';

/**
 * Every figure's value as a reader can check it without our code: each stated figure's read by hand from the
 * article's words (quoted beside it), each derived figure's worked out here by hand. Never copied from figures.ts.
 */
export const VALUES_BY_HAND: Readonly<Record<string, number>> = {
  'cooperation-total': 4_000_000_000, // "is measured at $4 billion" (¶2)
  'offensive-delivery': 1_000_000_000, // "delivering around $1 billion worth of offensive weapons" (¶3)
  'contract-age': 2, // "contracts signed two years ago" (¶3)
  't90-tanks': 100, // "around 100 T-90 tanks" (¶3)
  's300-batteries': 2, // "two batteries of state-of-the-art S-300 air-defense systems"
  'mi35-count': 24, // "sell 24 Mi-35 helicopter gunships" (¶7)
  'mi35-deal': 360_000_000, // "for a combined $360 million" (¶7)
  'mi35-delivered-share': 0.5, // "half of them were delivered"
  'armenia-planeloads': 120, // "as many as 120 planeloads" (¶11)
  'spending-rise': 30, // "by almost 30 times" (¶12)
  'spending-2013': 3_700_000_000, // "to $3.7 billion" (¶12)
  'aliyev-rule': 10, // "decade-long rule"
  'visit-gap': 7, // "in seven years" (¶5)
  'mi35-unit-price': 15_000_000, // $360 million shared by 24 gunships
  'mi35-delivered': 12, // half of 24
  'mi35-not-reported': 12, // the other half
  'spending-start': 3_700_000_000 / 30, // $3.7 billion over almost 30 times
  'delivery-share': 0.25, // $1 billion of $4 billion
  'cooperation-unspecified': 2_640_000_000, // $4 billion less $1 billion less $360 million
};

/** A part of a chart as a reader sees it drawn: its label, the figure it draws, its colour token and whether it is hatched. */
export interface PartByHand {
  label: string;
  figure: string;
  colour: Token;
  hatched: boolean;
}

/**
 * Each chart as a reader meets it, written by hand from the article and the palette's rule (stated parts in the
 * stated colours, derived ones hatched in the derived colours, each kind in turn): how its parts are drawn (one
 * stacked bar, rows of units, or one bar a row) and the parts in the order they are drawn, top to bottom and left
 * to right. Never read from src/data/charts.ts.
 */
export const CHARTS_BY_HAND: Readonly<Record<string, { form: 'stack' | 'units' | 'bars'; parts: readonly PartByHand[] }>> = {
  'chart-deals': {
    form: 'stack',
    parts: [
      { label: 'Offensive weapons being delivered', figure: 'offensive-delivery', colour: '--chart-stated', hatched: false },
      { label: 'Mi-35 gunship deal', figure: 'mi35-deal', colour: '--chart-stated-alt', hatched: false },
      { label: 'Not itemised in the report', figure: 'cooperation-unspecified', colour: '--chart-derived', hatched: true },
    ],
  },
  'chart-mi35': {
    form: 'units',
    parts: [
      { label: 'Delivered in 2011 and 2012', figure: 'mi35-delivered', colour: '--chart-derived', hatched: true },
      { label: 'Not reported as delivered', figure: 'mi35-not-reported', colour: '--chart-remainder', hatched: true },
    ],
  },
  'chart-spending': {
    form: 'bars',
    parts: [
      { label: '2003, a decade before', figure: 'spending-start', colour: '--chart-derived', hatched: true },
      { label: '2013, the year of the talks', figure: 'spending-2013', colour: '--chart-stated', hatched: false },
    ],
  },
};

/**
 * By hand, from src/lib/site/palette.ts: each chart's box height and the colour its marks are drawn in, per scheme.
 * The Mi-35 chart's units are all derived, so hatched: a hatch's stripes count as one mark when `reach` pixels apart.
 */
export const STATED_BY_HAND = { light: '#0072b2', dark: '#56b4e9' } as const;
export const DERIVED_BY_HAND = { light: '#a35c00', dark: '#e69f00' } as const;
export const CHART_MARKS_BY_HAND = [
  { id: 'chart-deals', height: 180, mark: STATED_BY_HAND, reach: 1 },
  { id: 'chart-mi35', height: 136, mark: DERIVED_BY_HAND, reach: 4 },
  { id: 'chart-spending', height: 176, mark: STATED_BY_HAND, reach: 1 },
] as const;
/** By hand, from src/lib/site/palette.ts: the ground a chart's box shows its marks on (its surface), per scheme. */
export const CHART_GROUND_BY_HAND = { light: '#f2efe7', dark: '#1f2328' } as const;
