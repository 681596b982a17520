import { type Checked, fail, ok } from './checked';
import type { Operation } from './types';

const SYMBOLS: Record<Operation, string> = { divide: '÷', multiply: '×', subtract: '−' };

/** Applies an operation left to right over its inputs; division by zero is a problem, not Infinity. */
export function evaluate(operation: Operation, values: readonly number[]): Checked<number> {
  if (values.length < 2) return fail(`${operation} needs at least two inputs`);
  if (operation === 'divide' && values.slice(1).includes(0)) return fail('division by zero');
  return ok(
    values.reduce((acc, value) => {
      if (operation === 'divide') return acc / value;
      if (operation === 'multiply') return acc * value;
      return acc - value;
    }),
  );
}

/** The formula as readers see it, e.g. "mi35-deal ÷ mi35-count". */
export function formulaText(operation: Operation, inputs: readonly string[]): string {
  return inputs.join(` ${SYMBOLS[operation]} `);
}
