import { describe, expect, test } from 'vitest';
import { locateQuote } from '../../../src/lib/figures/locate';
import { passed, problems } from '../../support/checked';

const paragraphs = [
  'Moscow agreed in 2010 to sell 24 gunships for a combined $360 million. Half were delivered.',
  'The deal was worth $360 million in all. Nobody said more.',
];

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
