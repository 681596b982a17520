import { describe, expect, test } from 'vitest';
import { resolveLedger } from '../../../src/lib/figures/ledger';
import type { Claim, Figure, TimelineEvent } from '../../../src/lib/figures/types';
import { passed, problems } from '../../support/checked';

const paragraphs = [
  'Moscow agreed in 2010 to sell 24 gunships for a combined $360 million. Half were delivered.',
  'The deal was worth $360 million in all. Nobody said more.',
];

const deal: Figure = { id: 'deal', kind: 'stated', label: 'Deal', value: 360_000_000, unit: 'USD', quote: 'for a combined $360 million' };

const count: Figure = { id: 'count', kind: 'stated', label: 'Count', value: 24, unit: 'count', quote: 'sell 24 gunships' };

const price: Figure = { id: 'price', kind: 'derived', label: 'Price', unit: 'USD', operation: 'divide', inputs: ['deal', 'count'], note: 'Equal shares.' };

const none = { claims: [] as Claim[], events: [] as TimelineEvent[] };

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

  test('names a loop of two derived figures once, under the figure that closes it', () => {
    const a: Figure = { ...price, id: 'a', inputs: ['b', 'count'] };
    const b: Figure = { ...price, id: 'b', inputs: ['a', 'count'] };
    expect(problems(resolveLedger({ figures: [count, a, b], ...none }, paragraphs))).toEqual(['figure "b": derived from itself (a → b → a)']);
  });

  test('names a figure derived from itself once, however often it is its own input', () => {
    expect(problems(resolveLedger({ figures: [{ ...price, inputs: ['price', 'price'] }], ...none }, paragraphs))).toEqual([
      'figure "price": derived from itself (price → price)',
    ]);
  });

  test('refuses a derived figure that divides by zero, naming it', () => {
    const nothing: Figure = { ...price, id: 'nothing', operation: 'subtract', inputs: ['count', 'count'] };
    const each: Figure = { ...price, id: 'each', inputs: ['deal', 'nothing'] };
    expect(problems(resolveLedger({ figures: [deal, count, nothing, each], ...none }, paragraphs))).toEqual(['figure "each": division by zero']);
  });

  test('resolves a derived figure listed before its inputs', () => {
    const { figures } = passed(resolveLedger({ figures: [price, deal, count], ...none }, paragraphs));
    expect(figures.map((f) => [f.id, f.value])).toEqual([
      ['price', 15_000_000],
      ['deal', 360_000_000],
      ['count', 24],
    ]);
  });

  const roughly = ['Moscow agreed to sell around 24 gunships for a combined $360 million.'];
  const aroundCount: Figure = { ...count, qualifier: 'around', quote: 'around 24 gunships' };
  test.each([
    { what: 'no input is approximate and the figure claims nothing', figures: [deal, count, price], text: paragraphs, approximate: false },
    {
      what: 'it is marked approximate for an assumption of its own',
      figures: [deal, count, { ...price, approximate: true }],
      text: paragraphs,
      approximate: true,
    },
    { what: 'one of its inputs is approximate', figures: [deal, aroundCount, price], text: roughly, approximate: true },
  ])('a derived figure is approximate when $what: $approximate', ({ figures: declared, text, approximate }) => {
    const { figures } = passed(resolveLedger({ figures: declared, ...none }, text));
    expect(figures.find((f) => f.id === 'price')?.approximate).toBe(approximate);
  });

  test('reports only the repeated id when every entry is otherwise good', () => {
    expect(
      problems(resolveLedger({ figures: [deal, count], claims: [], events: [{ id: 'count', date: '2010', label: 'X', quote: 'in 2010' }] }, paragraphs)),
    ).toEqual(['"count" is used twice: ids must be unique']);
  });
});
