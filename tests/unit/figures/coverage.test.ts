import { describe, expect, test } from 'vitest';
import { uncoveredNumbers } from '../../../src/lib/figures/coverage';
import { locateQuote } from '../../../src/lib/figures/locate';
import { passed } from '../../support/checked';

const paragraphs = [
  'Moscow agreed in 2010 to sell 24 gunships for a combined $360 million. Half were delivered.',
  'The deal was worth $360 million in all. Nobody said more.',
];

describe('uncoveredNumbers', () => {
  test('lists every number outside the located quotes, with its paragraph', () => {
    const located = passed(locateQuote(paragraphs, 'sell 24 gunships'));
    expect(uncoveredNumbers(paragraphs, [located]).map((u) => `${u.paragraph}:${u.text}`)).toEqual(['1:2010', '1:$360 million', '1:Half', '2:$360 million']);
  });
});
