import type { ChartDefinition } from '../lib/figures/chart-model';

// `satisfies` alone, not `as const`: StrykerJS mutates nothing under a TypeScript `as` (see figures.ts).

/** The charts in the text. Titles, takeaways and labels are computed from the figures, never typed with numbers. */
export const charts = [
  {
    id: 'chart-deals',
    // The two charts that once split the total showed nearly the same bars; their ids now both land here.
    aliases: ['chart-known'],
    form: 'stack',
    anchor: 'cooperation-since-2010',
    keyFigure: { figure: 'cooperation-total', label: 'Russian–Azerbaijani arms cooperation since 2010, in Aliyev’s words' },
    title: ({ v }) => `What the ${v('cooperation-total')} is made of`,
    takeaway: ({ v }) =>
      `The delivery now under way, ${v('offensive-delivery')}, is ${v('delivery-share')} of the total Aliyev gave; with the Mi-35 deal of 2010, ${v('mi35-deal')}, it leaves ${v('cooperation-unspecified')} that the report does not itemise.`,
    whole: { figure: 'cooperation-total', label: 'All cooperation since 2010' },
    parts: [
      { figure: 'offensive-delivery', label: 'Offensive weapons being delivered' },
      { figure: 'mi35-deal', label: 'Mi-35 gunship deal' },
      { figure: 'cooperation-unspecified', label: 'Not itemised in the report' },
    ],
    alsoInTable: [{ figure: 'delivery-share', label: 'The delivery’s share of the total' }],
  },
  {
    id: 'chart-mi35',
    form: 'units',
    anchor: 'mi35-deal',
    keyFigure: { figure: 'mi35-unit-price', label: 'per Mi-35 gunship, from the combined price' },
    title: ({ v }) => `The Mi-35 deal: ${v('mi35-count')} gunships at ${v('mi35-unit-price')} each`,
    takeaway: ({ v }) =>
      `${v('mi35-delivered')} of them (${v('mi35-delivered-share')}) were reportedly delivered in 2011 and 2012; the report is silent on the rest.`,
    whole: { figure: 'mi35-count', label: 'Gunships ordered' },
    parts: [
      { figure: 'mi35-delivered', label: 'Delivered in 2011 and 2012' },
      { figure: 'mi35-not-reported', label: 'Not reported as delivered' },
    ],
    alsoInTable: [
      { figure: 'mi35-delivered-share', label: 'Share delivered' },
      { figure: 'mi35-deal', label: 'Combined price' },
      { figure: 'mi35-unit-price', label: 'Price per gunship' },
    ],
  },
  {
    id: 'chart-spending',
    form: 'bars',
    anchor: 'spending-2013',
    keyFigure: { figure: 'spending-rise', label: 'the rise in Azerbaijan’s military spending under Aliyev' },
    title: ({ v }) => `Military spending over Aliyev’s decade: ${v('spending-rise')} higher`,
    takeaway: ({ v }) => `Annual spending reached ${v('spending-2013')}; the level implied at the start of the decade is ${v('spending-start')}.`,
    // The start year is the talks' year less the length of Aliyev's rule: derived, like the amount beside it.
    parts: [
      { figure: 'spending-start', label: ({ fig, year }) => `${year('event-talks') - fig('aliyev-rule').value}, a decade before` },
      { figure: 'spending-2013', label: ({ year }) => `${year('event-talks')}, the year of the talks` },
    ],
    note: ({ v }) => `${v('spending-rise')} as much`,
    alsoInTable: [
      { figure: 'spending-rise', label: 'Rise over the decade' },
      { figure: 'aliyev-rule', label: 'Length of Aliyev’s rule' },
    ],
  },
] satisfies readonly ChartDefinition[];
