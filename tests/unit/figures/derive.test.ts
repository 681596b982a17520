import { describe, expect, test } from 'vitest';
import { evaluate, formulaText } from '../../../src/lib/figures/derive';
import { passed, problems } from '../../support/checked';

describe('evaluate', () => {
  test.each([
    { operation: 'divide' as const, values: [360, 24], result: 15 },
    { operation: 'divide' as const, values: [0, 24], result: 0 },
    { operation: 'subtract' as const, values: [4, 1, 0.36], result: 4 - 1 - 0.36 },
    { operation: 'multiply' as const, values: [24, 0.5], result: 12 },
    { operation: 'multiply' as const, values: [24, 0], result: 0 },
    { operation: 'subtract' as const, values: [24, 0], result: 24 },
  ])('$operation applies left to right: $values gives $result', ({ operation, values, result }) => {
    expect(passed(evaluate(operation, values))).toBe(result);
  });

  test('refuses division by zero instead of giving Infinity', () => {
    expect(problems(evaluate('divide', [1, 0]))).toEqual(['division by zero']);
  });

  test.each([[[]], [[360]]])('refuses %j: an operation needs at least two inputs', (values) => {
    expect(problems(evaluate('divide', values))).toEqual(['divide needs at least two inputs']);
  });
});

describe('formulaText', () => {
  test.each([
    { operation: 'subtract' as const, formula: 'a − b − c' },
    { operation: 'divide' as const, formula: 'a ÷ b ÷ c' },
    { operation: 'multiply' as const, formula: 'a × b × c' },
  ])('writes $operation with its symbol: $formula', ({ operation, formula }) => {
    expect(formulaText(operation, ['a', 'b', 'c'])).toBe(formula);
  });
});
