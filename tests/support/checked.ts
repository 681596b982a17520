import { type Checked, problemLine } from '../../src/lib/figures/checked';

/** The value of a check that must pass; a failure fails the test with every problem it found. */
export function passed<T>(checked: Checked<T>): T {
  if (!checked.ok) throw new Error(`expected the check to pass, but:\n- ${checked.problems.map(problemLine).join('\n- ')}`);
  return checked.value;
}

/** The problems of a check that must fail, one line each; a pass fails the test. */
export function problems<T>(checked: Checked<T>): string[] {
  if (checked.ok) throw new Error('expected the check to fail, but it passed');
  return checked.problems.map(problemLine);
}
