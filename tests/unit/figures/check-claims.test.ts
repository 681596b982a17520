import { describe, expect, test } from 'vitest';
import { checkClaim } from '../../../src/lib/figures/check-claims';
import { resolveLedger } from '../../../src/lib/figures/ledger';
import type { Claim, ResolvedFigure } from '../../../src/lib/figures/types';
import { passed, problems } from '../../support/checked';

const paragraphs = [
  'Moscow agreed to sell 24 gunships for $360 million.',
  'The $360 million deal and dozens of tanks, 24 in all, came later.',
  'Each part cost $24.',
];
// Built inside each test, so a mutation run sees which tests reach the checks (nothing runs as the file loads).
const checked = () => {
  const { figures } = passed(
    resolveLedger(
      {
        figures: [
          { id: 'deal', kind: 'stated', label: 'Deal', value: 360_000_000, unit: 'USD', quote: 'gunships for $360 million' },
          { id: 'count', kind: 'stated', label: 'Count', value: 24, unit: 'count', quote: 'sell 24 gunships' },
          // 24 as dollars, and no gunships (24 − 24): the same number in another unit, another number in the same unit.
          { id: 'part', kind: 'stated', label: 'Part', value: 24, unit: 'USD', quote: 'cost $24' },
          { id: 'none', kind: 'derived', label: 'None', unit: 'count', operation: 'subtract', inputs: ['count', 'count'], note: 'Zero.' },
        ],
        claims: [],
        events: [],
      },
      paragraphs,
    ),
  );
  return new Map<string, ResolvedFigure>(figures.map((f) => [f.id, f]));
};
const claim = (fields: Partial<Claim> & Pick<Claim, 'quote'>): Claim => ({ id: 'c', kind: 'context', label: 'A claim', note: 'Why.', ...fields });

describe('checkClaim', () => {
  test('locates a claim with no amount to check, giving where it stands', () => {
    expect(passed(checkClaim(claim({ quote: 'came later' }), paragraphs, checked())).location).toMatchObject({ paragraph: 2, sentence: paragraphs[1] });
  });

  test('refuses a claim whose words are not in the article, naming it', () => {
    expect(problems(checkClaim(claim({ quote: 'came sooner' }), paragraphs, checked()))).toEqual([
      'claim "c": “came sooner” is not in the article; nothing like it was found',
    ]);
  });

  test.each([
    { what: 'the figure’s amount', quote: 'The $360 million deal', restates: 'deal', problem: null },
    {
      what: 'another value',
      quote: 'The $360 million deal',
      restates: 'count',
      problem: 'claim "c": “The $360 million deal” does not restate count (24 count)',
    },
    { what: 'the same number in another unit', quote: '24 in all', restates: 'deal', problem: 'claim "c": “24 in all” does not restate deal (360000000 USD)' },
    { what: 'the right number of the wrong unit', quote: '24 in all', restates: 'count', problem: null },
    { what: 'the figure’s number in another unit', quote: '24 in all', restates: 'part', problem: 'claim "c": “24 in all” does not restate part (24 USD)' },
    { what: 'another number in the figure’s unit', quote: '24 in all', restates: 'none', problem: 'claim "c": “24 in all” does not restate none (0 count)' },
    {
      what: 'no number but a vague amount',
      quote: 'dozens of tanks',
      restates: 'count',
      problem: 'claim "c": “dozens of tanks” does not restate count (24 count)',
    },
    { what: 'a figure that did not pass its check', quote: '24 in all', restates: 'ghost', problem: 'claim "c": restates "ghost", which is no checked figure' },
    { what: 'no amount at all', quote: 'came later', restates: 'count', problem: 'claim "c": "came later" must state exactly one amount; found 0 (none)' },
  ])('a restatement stating $what is checked against its figure', ({ quote, restates, problem }) => {
    const result = checkClaim(claim({ kind: 'restatement', quote, restates }), paragraphs, checked());
    if (problem === null) expect(passed(result).restates).toBe(restates);
    else expect(problems(result)).toEqual([problem]);
  });

  test.each([
    { what: 'the marker its words say', quote: 'dozens of tanks', marker: 'dozens' as const, problem: null },
    {
      what: 'another marker',
      quote: 'dozens of tanks',
      marker: 'over-a-dozen' as const,
      problem: 'claim "c": “dozens of tanks” parses as “dozens” (unquantified), not the marker over-a-dozen',
    },
    {
      what: 'a marker on an exact number',
      quote: '24 in all',
      marker: 'dozens' as const,
      problem: 'claim "c": “24 in all” parses as “24” (number), not the marker dozens',
    },
  ])('an unquantified claim with $what is checked against its words', ({ quote, marker, problem }) => {
    const result = checkClaim(claim({ kind: 'unquantified', quote, marker }), paragraphs, checked());
    if (problem === null) expect(passed(result).marker).toBe(marker);
    else expect(problems(result)).toEqual([problem]);
  });
});
