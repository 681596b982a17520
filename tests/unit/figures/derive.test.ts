import { describe, expect, test } from 'vitest';
import { evaluate, formulaText } from '../../../src/lib/figures/derive';
import { passed, problems } from '../../support/checked';

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
