/** One thing wrong with the figures or the text: the entry it concerns (`figure "mi35-deal"`) and what is wrong. */
export interface Problem {
  entry?: string;
  message: string;
}

/** What every check returns: its value, or every problem it found. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** A check that passed. */
export const ok = <T>(value: T): Checked<T> => ({ ok: true, value });

/** A check that failed with one problem, or several. */
export const fail = <T = never>(...problems: (Problem | string)[]): Checked<T> => ({
  ok: false,
  problems: problems.map((p) => (typeof p === 'string' ? { message: p } : p)),
});

/** The same result with its problems said of an entry, unless they already name one. */
export function about<T>(entry: string, checked: Checked<T>): Checked<T> {
  return checked.ok ? checked : { ok: false, problems: checked.problems.map((p) => ({ entry, ...p })) };
}

/** Every value when all checks passed, else every problem of every check. */
export function all<T>(results: readonly Checked<T>[]): Checked<T[]> {
  const values: T[] = [];
  const problems: Problem[] = [];
  // Whether each check passed, not whether any problem was listed: a failure that adds no problem of its own
  // (a derived figure whose input failed) still fails the whole.
  let passed = true;
  for (const result of results) {
    if (result.ok) values.push(result.value);
    else {
      passed = false;
      problems.push(...result.problems);
    }
  }
  return passed ? ok(values) : { ok: false, problems };
}

/** A problem as one line of an error message. */
export const problemLine = (p: Problem) => (p.entry ? `${p.entry}: ${p.message}` : p.message);

/** The value of a passed check; a failed one throws once, listing every problem under the heading. */
export function orThrow<T>(checked: Checked<T>, heading: string): T {
  if (checked.ok) return checked.value;
  throw new Error(`${heading}:\n- ${checked.problems.map(problemLine).join('\n- ')}`);
}
