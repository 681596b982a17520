import { describe, expect, test } from 'vitest';
import { checkStated } from '../../../src/lib/figures/check-stated';
import type { StatedFigure } from '../../../src/lib/figures/types';
import { passed, problems } from '../../support/checked';

const paragraphs = ['Moscow agreed in 2010 to sell around 24 gunships for $360 million, over a dozen in all.'];
const figure = (fields: Partial<StatedFigure>): StatedFigure => ({
  id: 'f',
  kind: 'stated',
  label: 'A figure',
  value: 360_000_000,
  unit: 'USD',
  quote: 'for $360 million',
  ...fields,
});

describe('checkStated', () => {
  test('resolves an exact figure: its words, its place, and no qualifier, so it is not approximate', () => {
    const resolved = passed(checkStated(figure({}), paragraphs));
    expect(resolved).toMatchObject({ qualifier: 'exact', approximate: false, location: { paragraph: 1 } });
    expect(paragraphs[0]!.slice(resolved.location.start, resolved.location.end)).toBe('for $360 million');
  });

  test('resolves a qualified figure as approximate, with the qualifier its words have', () => {
    const resolved = passed(checkStated(figure({ value: 24, unit: 'count', qualifier: 'around', quote: 'around 24 gunships' }), paragraphs));
    expect(resolved).toMatchObject({ qualifier: 'around', approximate: true });
  });

  test.each([
    { what: 'another value', fields: { value: 400_000_000 }, problem: 'says exact 360000000 USD, but figures.ts has exact 400000000 USD' },
    { what: 'another unit', fields: { unit: 'count' as const }, problem: 'says exact 360000000 USD, but figures.ts has exact 360000000 count' },
    {
      what: 'a qualifier the words lack',
      fields: { qualifier: 'almost' as const },
      problem: 'says exact 360000000 USD, but figures.ts has almost 360000000 USD',
    },
  ])('refuses a figure with $what than its words say, naming both', ({ fields, problem }) => {
    expect(problems(checkStated(figure(fields), paragraphs))).toEqual([`figure "f": “for $360 million” (¶1) ${problem}`]);
  });

  test.each([
    { quote: 'over a dozen in all', kind: 'unquantified' },
    { quote: 'in 2010 to', kind: 'year' },
  ])('refuses a quote that states no number but a $kind', ({ quote, kind }) => {
    expect(problems(checkStated(figure({ quote }), paragraphs))).toEqual([`figure "f": “${quote}” (¶1) states no number but an unquantified ${kind}`]);
  });

  test('refuses a quote that is not in the article, naming the figure', () => {
    expect(problems(checkStated(figure({ quote: 'for $400 million' }), paragraphs))).toEqual([
      'figure "f": “for $400 million” is not in the article; found “for $360 million” in ¶1 instead',
    ]);
  });

  test('refuses a quote with two amounts, naming the figure', () => {
    expect(problems(checkStated(figure({ quote: '24 gunships for $360 million' }), paragraphs))).toEqual([
      'figure "f": "24 gunships for $360 million" must state exactly one amount; found 2 ("24", "$360 million")',
    ]);
  });
});
