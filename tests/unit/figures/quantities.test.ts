import { describe, expect, test } from 'vitest';
import { parseQuantity, scaleDecimal, scanQuantities } from '../../../src/lib/figures/quantities';

describe('parseQuantity', () => {
  test.each([
    { phrase: '$4 billion', value: 4_000_000_000, unit: 'USD', qualifier: 'exact' },
    { phrase: '$360 million', value: 360_000_000, unit: 'USD', qualifier: 'exact' },
    { phrase: '$3.7 billion', value: 3_700_000_000, unit: 'USD', qualifier: 'exact' },
    { phrase: 'around $1 billion', value: 1_000_000_000, unit: 'USD', qualifier: 'around' },
    { phrase: '24', value: 24, unit: 'count', qualifier: 'exact' },
    { phrase: 'almost 30 times', value: 30, unit: 'multiple', qualifier: 'almost' },
    { phrase: 'around 100', value: 100, unit: 'count', qualifier: 'around' },
    { phrase: 'as many as 120 planeloads', value: 120, unit: 'count', qualifier: 'as many as' },
    { phrase: 'two years ago', value: 2, unit: 'years', qualifier: 'exact' },
    { phrase: 'in seven years', value: 7, unit: 'years', qualifier: 'exact' },
    { phrase: 'decade-long rule', value: 10, unit: 'years', qualifier: 'exact' },
    { phrase: 'half of them', value: 0.5, unit: 'share', qualifier: 'exact' },
    { phrase: 'nearly 2.5 times', value: 2.5, unit: 'multiple', qualifier: 'almost' },
    { phrase: 'a dozen', value: 12, unit: 'count', qualifier: 'exact' },
    { phrase: '$15 thousand', value: 15_000, unit: 'USD', qualifier: 'exact' },
    { phrase: 'Two years later', value: 2, unit: 'years', qualifier: 'exact' },
    { phrase: '1,200 planeloads', value: 1200, unit: 'count', qualifier: 'exact' },
    { phrase: 'about $1,250.5 million', value: 1_250_500_000, unit: 'USD', qualifier: 'around' },
    { phrase: 'Around 100', value: 100, unit: 'count', qualifier: 'around' },
    { phrase: 'over 100 tanks', value: 100, unit: 'count', qualifier: 'over' },
    { phrase: 'nearly 3 year', value: 3, unit: 'years', qualifier: 'almost' },
    { phrase: '0.3 times', value: 0.3, unit: 'multiple', qualifier: 'exact' },
  ])('reads "$phrase" as $value $unit ($qualifier)', ({ phrase, value, unit, qualifier }) => {
    expect(parseQuantity(phrase)).toMatchObject({ kind: 'number', value, unit, qualifier });
  });

  test.each([
    { phrase: 'over a dozen', marker: 'over-a-dozen', unit: 'count' },
    { phrase: 'hundreds of millions', marker: 'hundreds-of-millions', unit: 'USD' },
    { phrase: 'worth hundreds of millions of dollars each', marker: 'hundreds-of-millions', unit: 'USD' },
    { phrase: 'dozens of modern warplanes', marker: 'dozens', unit: 'count' },
  ])('returns the marker $marker ($unit) for "$phrase" instead of guessing a number', ({ phrase, marker, unit }) => {
    const parsed = parseQuantity(phrase);
    expect(parsed).toMatchObject({ kind: 'unquantified', marker, unit });
    expect(parsed).not.toHaveProperty('value');
  });

  test.each([
    { phrase: 'since 2010', kind: 'year', value: 2010 },
    { phrase: 'a third S-300 division', kind: 'ordinal', value: 3 },
    { phrase: 'his First trip', kind: 'ordinal', value: 1 },
  ])('reads "$phrase" as a $kind, not an amount', ({ phrase, kind, value }) => {
    expect(parseQuantity(phrase)).toMatchObject({ kind, value });
  });

  test.each(['24 Mi-35 helicopter gunships', 'around 100 T-90 tanks', 'two batteries of S-300 systems'])('ignores weapon designations in "%s"', (phrase) => {
    const parsed = parseQuantity(phrase);
    expect(parsed.kind).toBe('number');
    expect(scanQuantities(phrase).filter((q) => q.kind === 'designation')).toHaveLength(1);
  });

  test.each([
    { phrase: 'no amount here', found: /found 0 \(none\)/ },
    { phrase: 'sell 24 gunships for $360 million', found: /found 2 \("24", "\$360 million"\)/ },
  ])('rejects "$phrase", which does not state exactly one amount, naming it', ({ phrase, found }) => {
    expect(() => parseQuantity(phrase)).toThrow(new RegExp(`^parseQuantity:\n- "${phrase.replace(/\$/gu, '\\$')}" must state exactly one amount`, 'u'));
    expect(() => parseQuantity(phrase)).toThrow(found);
  });
});

describe('scanQuantities', () => {
  test('finds each amount with its position, in order', () => {
    const text = 'It rose by almost 30 times to $3.7 billion in 2013.';
    expect(scanQuantities(text).map((q) => [q.text, q.index, q.kind])).toEqual([
      ['almost 30 times', 11, 'number'],
      ['$3.7 billion', 30, 'number'],
      ['2013', 46, 'year'],
    ]);
  });

  test('does not read parts of words as number words', () => {
    expect(scanQuantities('Someone often went to Tennessee; the halfway house.')).toEqual([]);
  });
});

describe('scaleDecimal', () => {
  test.each([
    { digits: '3.7', exponent: 9, value: 3_700_000_000 },
    { digits: '0.36', exponent: 9, value: 360_000_000 },
    { digits: '2.64', exponent: 9, value: 2_640_000_000 },
    { digits: '12', exponent: 0, value: 12 },
    { digits: '1.25', exponent: 0, value: 1.25 },
    // 3 × 0.1 would be 0.30000000000000004: a fraction is divided out, never multiplied by a power below one.
    { digits: '0.3', exponent: 0, value: 0.3 },
    { digits: '1,250.5', exponent: 6, value: 1_250_500_000 },
  ])('computes $digits × 10^$exponent exactly', ({ digits, exponent, value }) => {
    expect(scaleDecimal(digits, exponent)).toBe(value);
  });
});
