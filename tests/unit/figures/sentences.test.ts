import { describe, expect, test } from 'vitest';
import { sentenceAt } from '../../../src/lib/figures/sentences';

const paragraph = 'Moscow agreed in 2010 to sell 24 gunships for a combined $360 million. Half were delivered.';

describe('sentenceAt', () => {
  test.each([
    { index: 3, sentence: 'Moscow agreed in 2010 to sell 24 gunships for a combined $360 million.' },
    { index: 75, sentence: 'Half were delivered.' },
  ])('finds the sentence around character $index', ({ index, sentence }) => {
    expect(sentenceAt(paragraph, index)).toBe(sentence);
  });

  test('keeps a closing quotation mark with its sentence', () => {
    expect(sentenceAt('He said “only by political means.” It was late.', 5)).toBe('He said “only by political means.”');
  });

  test('a full stop inside an amount or an abbreviation-like token does not end the sentence', () => {
    expect(sentenceAt('Spending rose to $3.7 billion. It grew.', 3)).toBe('Spending rose to $3.7 billion.');
  });

  test('gives no sentence for a place past the end of the paragraph', () => {
    expect(sentenceAt('It grew.', 40)).toBe('');
  });
});
