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
