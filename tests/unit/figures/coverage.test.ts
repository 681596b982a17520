import { describe, expect, test } from 'vitest';
import { coverageProblems, ledgerLocations, uncoveredNumbers } from '../../../src/lib/figures/coverage';
import { resolveLedger } from '../../../src/lib/figures/ledger';
import { locateQuote } from '../../../src/lib/figures/locate';
import { passed } from '../../support/checked';

const paragraphs = [
  'Moscow agreed in 2010 to sell 24 gunships for a combined $360 million. Half were delivered.',
  'The deal was worth $360 million in all. Nobody said more.',
];
const located = (quote: string, text = paragraphs) => passed(locateQuote(text, quote));

describe('uncoveredNumbers', () => {
  test('lists every number outside the located quotes, with its paragraph', () => {
    expect(uncoveredNumbers(paragraphs, [located('sell 24 gunships')]).map((u) => `${u.paragraph}:${u.text}`)).toEqual([
      '1:2010',
      '1:$360 million',
      '1:Half',
      '2:$360 million',
    ]);
  });

  test('gives each number its sentence, for the message a maintainer reads', () => {
    expect(uncoveredNumbers(['It was late. They sold 40 tanks.'], [])).toEqual([{ paragraph: 1, text: '40', sentence: 'They sold 40 tanks.' }]);
  });

  test('a quote covers only its own paragraph', () => {
    expect(uncoveredNumbers(paragraphs, [located('worth $360 million')]).map((u) => `${u.paragraph}:${u.text}`)).toContain('1:$360 million');
  });

  test('a number that runs on past the end of a quote is not covered by it', () => {
    const text = ['Spending rose by almost 30 times in all.'];
    expect(uncoveredNumbers(text, [located('rose by almost 30', text)]).map((u) => u.text)).toEqual(['almost 30 times']);
    expect(uncoveredNumbers(text, [located('by almost 30 times', text)])).toEqual([]);
  });

  test('weapon designations are names, not numbers: they need no quote', () => {
    expect(uncoveredNumbers(['They sold Mi-35 gunships and 24 tanks.'], []).map((u) => u.text)).toEqual(['24']);
  });
});

describe('ledgerLocations and coverageProblems', () => {
  // Built inside each test, so a mutation run sees which tests reach the checks.
  const ledger = () =>
    passed(
      resolveLedger(
        {
          figures: [
            { id: 'deal', kind: 'stated', label: 'Deal', value: 360_000_000, unit: 'USD', quote: 'for a combined $360 million' },
            { id: 'count', kind: 'stated', label: 'Count', value: 24, unit: 'count', quote: 'sell 24 gunships' },
            { id: 'price', kind: 'derived', label: 'Price', unit: 'USD', operation: 'divide', inputs: ['deal', 'count'], note: 'Equal shares.' },
          ],
          claims: [{ id: 'again', kind: 'context', label: 'Again', quote: 'worth $360 million in all', note: 'Said twice.' }],
          events: [{ id: 'deal-2010', date: '2010', label: 'The deal', quote: 'agreed in 2010' }],
        },
        paragraphs,
      ),
    );

  test('every stated figure, claim and event has its place; a derived figure has none', () => {
    expect(ledgerLocations(ledger()).map((l) => paragraphs[l.paragraph - 1]!.slice(l.start, l.end))).toEqual([
      'for a combined $360 million',
      'sell 24 gunships',
      'worth $360 million in all',
      'agreed in 2010',
    ]);
  });

  test('each number no quote accounts for is a problem naming its paragraph and sentence', () => {
    expect(coverageProblems(paragraphs, ledger())).toEqual([
      {
        entry: 'no figure or claim',
        message: '“Half” in ¶1 (“Half were delivered.”) is not accounted for: add it to src/data/figures.ts as a figure or a claim',
      },
    ]);
  });
});
