import type { ChartDefinition } from '../lib/figures/chart-model';

/** The charts beside the text. Titles and takeaways are computed from the figures, never typed with numbers. */
export const charts = [
  {
    id: 'chart-deals',
    anchor: 'cooperation-total',
    keyFigure: { figure: 'cooperation-total', label: 'Russian–Azerbaijani arms cooperation since 2010, in Aliyev’s words' },
    title: ({ v }) => `The deals in dollars: ${v('cooperation-total')} in all`,
    takeaway: ({ v }) =>
      `The delivery now under way, ${v('offensive-delivery')}, is ${v('delivery-share')} of the total Aliyev gave; the Mi-35 deal of 2010 is ${v('mi35-deal')}.`,
    bars: [
      { figure: 'cooperation-total', label: 'All cooperation since 2010' },
      { figure: 'offensive-delivery', label: 'Offensive weapons being delivered' },
      { figure: 'mi35-deal', label: 'Mi-35 gunship deal' },
    ],
  },
  {
    id: 'chart-known',
    anchor: 'cooperation-since-2010',
    keyFigure: { figure: 'cooperation-unspecified', label: 'of the total not itemised in the report' },
    title: ({ v }) => `What is known of the ${v('cooperation-total')}`,
    takeaway: ({ v }) => `Only the delivery and the Mi-35 deal are priced in the report; ${v('cooperation-unspecified')} of the total is not itemised.`,
    bars: [
      { figure: 'offensive-delivery', label: 'Offensive weapons being delivered' },
      { figure: 'mi35-deal', label: 'Mi-35 gunship deal' },
      { figure: 'cooperation-unspecified', label: 'Not itemised in the report' },
    ],
    alsoInTable: [{ figure: 'cooperation-total', label: 'All cooperation since 2010' }],
  },
  {
    id: 'chart-mi35',
    anchor: 'mi35-deal',
    keyFigure: { figure: 'mi35-unit-price', label: 'per Mi-35 gunship, from the combined price' },
    title: ({ v }) => `The Mi-35 deal: ${v('mi35-count')} gunships at ${v('mi35-unit-price')} each`,
    takeaway: ({ v }) =>
      `${v('mi35-delivered')} of them (${v('mi35-delivered-share')}) were reportedly delivered in 2011 and 2012; the report is silent on the rest.`,
    bars: [
      { figure: 'mi35-delivered', label: 'Delivered in 2011 and 2012' },
      { figure: 'mi35-not-reported', label: 'Not reported as delivered' },
    ],
    alsoInTable: [
      { figure: 'mi35-count', label: 'Gunships ordered' },
      { figure: 'mi35-delivered-share', label: 'Share delivered' },
      { figure: 'mi35-deal', label: 'Combined price' },
      { figure: 'mi35-unit-price', label: 'Price per gunship' },
    ],
  },
  {
    id: 'chart-spending',
    anchor: 'spending-2013',
    keyFigure: { figure: 'spending-rise', label: 'the rise in Azerbaijan’s military spending under Aliyev' },
    title: ({ v }) => `Military spending over Aliyev’s decade: ${v('spending-rise')} higher`,
    takeaway: ({ v }) => `Annual spending reached ${v('spending-2013')}; the level implied at the start of the decade is ${v('spending-start')}.`,
    bars: [
      { figure: 'spending-start', label: 'Start of the decade (implied)' },
      { figure: 'spending-2013', label: 'Now' },
    ],
    alsoInTable: [{ figure: 'spending-rise', label: 'Rise over the decade' }],
  },
] as const satisfies readonly ChartDefinition[];

/** The id of any chart. */
export type ChartId = (typeof charts)[number]['id'];
