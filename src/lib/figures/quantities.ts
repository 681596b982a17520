import { type Checked, fail, ok, orThrow } from './checked';

/** How a number is qualified in the text; "exact" when it stands alone. */
export type Qualifier = 'exact' | 'around' | 'almost' | 'over' | 'as many as';

/** What a number counts. */
export type QuantityUnit = 'USD' | 'count' | 'multiple' | 'years' | 'share';

/**
 * Markers for phrases that state an amount without a number. The parser returns these instead of guessing:
 * - `over-a-dozen`: more than 12, upper end not given;
 * - `dozens`: at least 24, upper end not given;
 * - `hundreds-of-millions`: at least 200 million (in the phrase's currency), upper end not given.
 */
export const UNQUANTIFIED = {
  'over-a-dozen': 'more than 12; the exact number is not given',
  dozens: 'two dozen or more; the exact number is not given',
  'hundreds-of-millions': 'at least $200 million; the exact amount is not given',
} as const;

/** One of the documented markers for unquantified phrases. */
export type UnquantifiedMarker = keyof typeof UNQUANTIFIED;

/** A quantity that states an amount: anything but a weapon designation. */
export type Amount = Exclude<Quantity, { kind: 'designation' }>;

interface Span {
  text: string;
  index: number;
}

/** A number, year, ordinal, unquantified phrase or model designation found in text. */
export type Quantity = Span &
  (
    | { kind: 'number'; value: number; unit: QuantityUnit; qualifier: Qualifier }
    | { kind: 'year'; value: number }
    | { kind: 'ordinal'; value: number }
    | { kind: 'unquantified'; marker: UnquantifiedMarker; unit: QuantityUnit }
    // "T-90", "Mi-35", "S-300": names of weapons, not amounts; reported so a reader of the scan knows they were seen.
    | { kind: 'designation' }
  );

const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  twenty: 20,
  thirty: 30,
  hundred: 100,
};
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
const SCALES: Record<string, number> = { thousand: 3, million: 6, billion: 9 };

const QUALIFIER_WORDS = 'around|about|almost|nearly|over|as many as';
// Digits with thousands separators ("1,200") or without, then number words.
const DIGITS = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const NUMBER = `${DIGITS}|${Object.keys(WORDS).join('|')}`;
// Words match in any case ("Two years", "Half of them"); weapon designations need their capital ("T-90").
const PATTERN = new RegExp(
  [
    '(?<designation>\\b[A-Z][A-Za-z]*-\\d+\\b)',
    '(?<hundredsOfMillions>\\b(?i:hundreds of millions)(?: of dollars)?\\b)',
    '(?<overADozen>\\b(?i:over a dozen)\\b)',
    '(?<dozens>\\b(?i:dozens)\\b)',
    `(?:\\b(?<moneyQualifier>(?i:${QUALIFIER_WORDS})) )?\\$(?<moneyDigits>${DIGITS})(?: (?<moneyScale>thousand|million|billion)\\b)?`,
    '(?<year>\\b(?:19|20)\\d{2}\\b)',
    `(?:\\b(?<numberQualifier>(?i:${QUALIFIER_WORDS})) )?\\b(?<numberToken>(?i:${NUMBER}))\\b(?:(?: |-)(?<numberUnit>times|years?)\\b)?`,
    '(?<aDozen>\\b(?i:a dozen)\\b)',
    '(?<decade>\\b(?i:decade)(?:-long)?\\b)',
    '(?<half>\\b(?i:half)\\b)',
    `(?<ordinal>\\b(?i:${Object.keys(ORDINALS).join('|')})\\b)`,
  ].join('|'),
  'gu',
);

const QUALIFIERS: Record<string, Qualifier> = {
  around: 'around',
  about: 'around',
  almost: 'almost',
  nearly: 'almost',
  over: 'over',
  'as many as': 'as many as',
};
const qualifier = (word: string | undefined): Qualifier => (word ? (QUALIFIERS[word.toLowerCase()] ?? 'exact') : 'exact');

/** A decimal string times a power of ten, computed on integers so "$3.7 billion" is exactly 3700000000. */
export function scaleDecimal(digits: string, exponent: number): number {
  const [whole, fraction = ''] = digits.replaceAll(',', '').split('.');
  const shift = exponent - fraction.length;
  const mantissa = Number(`${whole}${fraction}`);
  return shift >= 0 ? mantissa * 10 ** shift : mantissa / 10 ** -shift;
}

// The pattern allows only "times", "year" or "years" after a number, or nothing.
const unitOf = (word: string | undefined): QuantityUnit => (word === 'times' ? 'multiple' : word ? 'years' : 'count');

/** Every number, year, ordinal, unquantified amount and weapon designation in a text, in order. */
export function scanQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const match of text.matchAll(PATTERN)) {
    const g = match.groups ?? {};
    const span = { text: match[0], index: match.index };
    if (g.designation) found.push({ ...span, kind: 'designation' });
    else if (g.hundredsOfMillions) found.push({ ...span, kind: 'unquantified', marker: 'hundreds-of-millions', unit: 'USD' });
    else if (g.overADozen) found.push({ ...span, kind: 'unquantified', marker: 'over-a-dozen', unit: 'count' });
    else if (g.dozens) found.push({ ...span, kind: 'unquantified', marker: 'dozens', unit: 'count' });
    else if (g.moneyDigits) {
      const value = scaleDecimal(g.moneyDigits, g.moneyScale ? (SCALES[g.moneyScale] ?? 0) : 0);
      found.push({ ...span, kind: 'number', value, unit: 'USD', qualifier: qualifier(g.moneyQualifier) });
    } else if (g.year) found.push({ ...span, kind: 'year', value: Number(g.year) });
    else if (g.numberToken) {
      const value = WORDS[g.numberToken.toLowerCase()] ?? scaleDecimal(g.numberToken, 0);
      found.push({ ...span, kind: 'number', value, unit: unitOf(g.numberUnit), qualifier: qualifier(g.numberQualifier) });
    } else if (g.aDozen) found.push({ ...span, kind: 'number', value: 12, unit: 'count', qualifier: 'exact' });
    else if (g.decade) found.push({ ...span, kind: 'number', value: 10, unit: 'years', qualifier: 'exact' });
    else if (g.half) found.push({ ...span, kind: 'number', value: 0.5, unit: 'share', qualifier: 'exact' });
    else found.push({ ...span, kind: 'ordinal', value: ORDINALS[match[0].toLowerCase()] ?? 0 });
  }
  return found;
}

/** The one amount a phrase states (designations aside); the problem names the phrase when there is none or several. */
export function quoteAmount(phrase: string): Checked<Amount> {
  const amounts = scanQuantities(phrase).filter((q): q is Amount => q.kind !== 'designation');
  const [only] = amounts;
  if (amounts.length === 1 && only) return ok(only);
  const seen = amounts.map((q) => `"${q.text}"`).join(', ') || 'none';
  return fail(`"${phrase}" must state exactly one amount; found ${amounts.length} (${seen})`);
}

/** `quoteAmount` for phrases known to be good, such as the ledger's checked quotes; a bad one throws. */
export function parseQuantity(phrase: string): Amount {
  return orThrow(quoteAmount(phrase), 'parseQuantity');
}
