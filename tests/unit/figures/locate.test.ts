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

  test('says so when nothing like the quote is in the article', () => {
    expect(problems(locateQuote(paragraphs, 'sold 30 tanks'))).toEqual(['“sold 30 tanks” is not in the article; nothing like it was found']);
  });

  test('reads brackets and full stops in a quote as text when looking for what the article has instead', () => {
    const text = ['The deal (signed in Moscow) was worth $360 million.'];
    expect(problems(locateQuote(text, 'deal (signed in Moscow) was worth $400 million.'))).toEqual([
      '“deal (signed in Moscow) was worth $400 million.” is not in the article; found “deal (signed in Moscow) was worth $360 million.” in ¶1 instead',
    ]);
  });

  test('keeps a weapon’s name as it is when looking for what the article has instead: another weapon is not a near miss', () => {
    const text = ['Moscow agreed to sell 24 T-90 tanks.'];
    expect(problems(locateQuote(text, 'sell 26 Mi-35 tanks'))).toEqual(['“sell 26 Mi-35 tanks” is not in the article; nothing like it was found']);
    expect(problems(locateQuote(text, 'sell 26 T-90 tanks'))).toEqual(['“sell 26 T-90 tanks” is not in the article; found “sell 24 T-90 tanks” in ¶1 instead']);
  });

  test.each(['', '  '])('refuses an empty quote (%j) at once, as it would stand everywhere', (quote) => {
    expect(problems(locateQuote(paragraphs, quote))).toEqual(['the quote is empty: copy the article’s exact words into it']);
  });
});
