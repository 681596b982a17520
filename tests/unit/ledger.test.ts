import { describe, expect, test } from 'vitest';
import { uncoveredNumbers } from '../../src/lib/figures/coverage';
import { evaluate, formulaText } from '../../src/lib/figures/derive';
import { resolveLedger } from '../../src/lib/figures/ledger';
import type { Claim, Figure, TimelineEvent } from '../../src/lib/figures/types';
import { locateQuote } from '../../src/lib/figures/locate';
import { sentenceAt } from '../../src/lib/figures/sentences';
import { passed, problems } from '../support/checked';

const paragraphs = [
  'Moscow agreed in 2010 to sell 24 gunships for a combined $360 million. Half were delivered.',
  'The deal was worth $360 million in all. Nobody said more.',
];
const deal: Figure = { id: 'deal', kind: 'stated', label: 'Deal', value: 360_000_000, unit: 'USD', quote: 'for a combined $360 million' };
const count: Figure = { id: 'count', kind: 'stated', label: 'Count', value: 24, unit: 'count', quote: 'sell 24 gunships' };
const price: Figure = { id: 'price', kind: 'derived', label: 'Price', unit: 'USD', operation: 'divide', inputs: ['deal', 'count'], note: 'Equal shares.' };
const none = { claims: [] as Claim[], events: [] as TimelineEvent[] };

describe('locateQuote', () => {
  test('finds a unique quote with its paragraph, span and sentence', () => {
    expect(passed(locateQuote(paragraphs, 'sell 24 gunships'))).toEqual({
      paragraph: 1,
      start: 25,
      end: 41,
      sentence: 'Moscow agreed in 2010 to sell 24 gunships for a combined $360 million.',
    });
  });

  test('refuses a quote that occurs more than once, listing where', () => {
    expect(problems(locateQuote(paragraphs, '$360 million'))).toEqual(['“$360 million” occurs 2 times (¶1, ¶2): lengthen the quote until it is unique']);
  });

  test('says what the article has instead when only the amount changed', () => {
    expect(problems(locateQuote(paragraphs, 'for a combined $400 million'))).toEqual([
      '“for a combined $400 million” is not in the article; found “for a combined $360 million” in ¶1 instead',
    ]);
  });
});

describe('resolveLedger', () => {
  test('evaluates a derived figure from its inputs and keeps its formula', () => {
    const { figures } = passed(resolveLedger({ figures: [deal, count, price], ...none }, paragraphs));
    expect(figures.find((f) => f.id === 'price')).toMatchObject({ value: 15_000_000, formula: 'deal ÷ count', kind: 'derived' });
    expect(figures.find((f) => f.id === 'deal')).toMatchObject({ kind: 'stated', location: { paragraph: 1 } });
  });

  test.each([
    {
      problem: 'a value that differs from the words',
      figures: [{ ...deal, value: 400_000_000 }],
      error: /figure "deal": “for a combined \$360 million” \(¶1\) says exact 360000000 USD, but figures.ts has exact 400000000 USD/,
    },
    {
      problem: 'a qualifier the words do not have',
      figures: [{ ...deal, qualifier: 'around' as const }],
      error: /figure "deal": .* says exact .* but figures.ts has around/,
    },
    {
      problem: 'a quote the article lacks',
      figures: [{ ...deal, quote: 'for a combined $400 million' }],
      error: /figure "deal": “for a combined \$400 million” is not in the article; found “for a combined \$360 million” in ¶1 instead/,
    },
    {
      problem: 'an input that is no figure',
      figures: [deal, { ...price, inputs: ['deal', 'ghost'] as const }],
      error: /figure "price": input "ghost" is no figure/,
    },
    { problem: 'a figure derived from itself', figures: [{ ...price, inputs: ['price', 'price'] as const }], error: /figure "price": derived from itself/ },
    { problem: 'a repeated id', figures: [deal, deal], error: /"deal" is used twice/ },
    {
      problem: 'a quote with two amounts',
      figures: [{ ...deal, quote: 'sell 24 gunships for a combined $360 million' }],
      error: /figure "deal": .* must state exactly one amount/,
    },
  ])('stops on $problem, naming the figure', ({ figures, error }) => {
    expect(problems(resolveLedger({ figures: figures as Figure[], ...none }, paragraphs))).toEqual([expect.stringMatching(error)]);
  });

  test('reports every problem at once, each under its own figure, and nothing twice for a figure used as an input', () => {
    const badDeal = { ...deal, value: 1 };
    const badCount = { ...count, quote: 'sell 26 gunships' };
    expect(problems(resolveLedger({ figures: [badDeal, badCount, price], ...none }, paragraphs))).toEqual([
      expect.stringMatching(/^figure "deal": /u),
      expect.stringMatching(/^figure "count": “sell 26 gunships” is not in the article/u),
    ]);
  });

  test('stops on a claim whose marker is not what its words say', () => {
    const claim: Claim = { id: 'half', kind: 'unquantified', marker: 'dozens', label: 'Half', quote: 'Half were delivered', note: '' };
    expect(problems(resolveLedger({ figures: [], claims: [claim], events: [] }, paragraphs))).toEqual([
      expect.stringMatching(/^claim "half": .* not the marker dozens$/u),
    ]);
  });

  test('stops on a restatement that states another amount', () => {
    const claim: Claim = { id: 'again', kind: 'restatement', restates: 'count', label: 'Again', quote: 'worth $360 million in all', note: '' };
    expect(problems(resolveLedger({ figures: [count], claims: [claim], events: [] }, paragraphs))).toEqual([
      'claim "again": “worth $360 million in all” does not restate count (24 count)',
    ]);
  });

  test('stops on an event whose dating words are not in the article, naming the event', () => {
    const event: TimelineEvent = { id: 'event-x', date: '2011', label: 'X', quote: 'in 2011' };
    expect(problems(resolveLedger({ figures: [], claims: [], events: [event] }, paragraphs))).toEqual([
      'event "event-x": “in 2011” is not in the article; found “in 2010” in ¶1 instead',
    ]);
  });
});

describe('derive', () => {
  test.each([
    { operation: 'divide' as const, values: [360, 24], result: 15 },
    { operation: 'subtract' as const, values: [4, 1, 0.36], result: 4 - 1 - 0.36 },
    { operation: 'multiply' as const, values: [24, 0.5], result: 12 },
  ])('$operation applies left to right', ({ operation, values, result }) => {
    expect(passed(evaluate(operation, values))).toBe(result);
  });

  test('refuses division by zero, naming the figure', () => {
    expect(problems(evaluate('divide', [1, 0]))).toEqual(['division by zero']);
  });

  test('writes the formula with the operation’s symbol', () => {
    expect(formulaText('subtract', ['a', 'b', 'c'])).toBe('a − b − c');
  });
});

describe('coverage and sentences', () => {
  test('lists every number outside the located quotes, with its paragraph', () => {
    const located = passed(locateQuote(paragraphs, 'sell 24 gunships'));
    expect(uncoveredNumbers(paragraphs, [located]).map((u) => `${u.paragraph}:${u.text}`)).toEqual(['1:2010', '1:$360 million', '1:Half', '2:$360 million']);
  });

  test.each([
    { index: 3, sentence: 'Moscow agreed in 2010 to sell 24 gunships for a combined $360 million.' },
    { index: 75, sentence: 'Half were delivered.' },
  ])('finds the sentence around character $index', ({ index, sentence }) => {
    expect(sentenceAt(paragraphs[0]!, index)).toBe(sentence);
  });

  test('keeps a closing quotation mark with its sentence', () => {
    expect(sentenceAt('He said “only by political means.” It was late.', 5)).toBe('He said “only by political means.”');
  });
});
