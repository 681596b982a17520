import { figures } from '../../src/data/figures.ts';

/**
 * Every figure's value as a reader can check it without our code: a stated figure's is typed in figures.ts beside
 * the article's words (the content layer proves the words say it); a derived figure's is worked out here by hand.
 */
export const VALUES_BY_HAND: Readonly<Record<string, number>> = {
  ...Object.fromEntries(figures.flatMap((figure) => ('value' in figure && figure.value !== undefined ? [[figure.id, figure.value]] : []))),
  'mi35-unit-price': 15_000_000, // $360 million shared by 24 gunships
  'mi35-delivered': 12, // half of 24
  'mi35-not-reported': 12, // the other half
  'spending-start': 3_700_000_000 / 30, // $3.7 billion over almost 30 times
  'delivery-share': 0.25, // $1 billion of $4 billion
  'cooperation-unspecified': 2_640_000_000, // $4 billion less $1 billion less $360 million
};
