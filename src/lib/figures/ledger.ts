import { about, all, type Checked, fail, ok, type Problem } from './checked';
import { checkClaim } from './check-claims';
import { checkEvent } from './check-events';
import { checkStated } from './check-stated';
import { coverageProblems } from './coverage';
import { evaluate, formulaText } from './derive';
import type { Claim, DerivedFigure, Figure, Ledger, ResolvedDerived, ResolvedFigure, TimelineEvent } from './types';

/** The ledger as declared: figures, claims and events, before any check. */
export interface LedgerInput {
  figures: readonly Figure[];
  claims: readonly Claim[];
  events: readonly TimelineEvent[];
}

const duplicateIds = (input: LedgerInput): Problem[] => {
  const ids = [...input.figures, ...input.claims, ...input.events].map((entry) => entry.id);
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))].map((id) => ({ message: `"${id}" is used twice: ids must be unique` }));
};

/** Checks every entry against the article's paragraphs and evaluates derived figures; every problem comes back, named by id. */
export function resolveLedger(input: LedgerInput, paragraphs: readonly string[]): Checked<Ledger> {
  const byId = new Map(input.figures.map((f) => [f.id, f]));
  const results = new Map<string, Checked<ResolvedFigure>>();

  // Depth first and once per figure, so a derived figure's inputs are resolved before it whatever their order in
  // figures.ts, and a problem found on the way is kept under the figure it belongs to.
  const resolve = (figure: Figure, path: readonly string[]): Checked<ResolvedFigure> => {
    const done = results.get(figure.id);
    if (done) return done;
    const result = figure.kind === 'stated' ? checkStated(figure, paragraphs) : derive(figure, [...path, figure.id]);
    results.set(figure.id, result);
    return result;
  };

  const derive = (figure: DerivedFigure, path: readonly string[]): Checked<ResolvedDerived> => {
    const entry = `figure "${figure.id}"`;
    const inputOf = (id: string): Checked<ResolvedFigure> => {
      const found = byId.get(id);
      if (!found) return fail({ entry, message: `input "${id}" is no figure` });
      // The figure whose input closes a loop reports it, so a cycle is named once, under a figure on it.
      if (path.includes(id)) return fail({ entry, message: `derived from itself (${[...path, id].join(' → ')})` });
      return resolve(found, path);
    };
    const inputs = all(figure.inputs.map(inputOf));
    // An input's own problems are reported under its own id; this figure adds only what is wrong with itself.
    if (!inputs.ok) {
      const own = inputs.problems.filter((p) => p.entry === entry).map((p) => p.message);
      return fail(...[...new Set(own)].map((message) => ({ entry, message })));
    }
    const value = evaluate(
      figure.operation,
      inputs.value.map((f) => f.value),
    );
    if (!value.ok) return about(entry, value);
    return ok({
      ...figure,
      value: value.value,
      qualifier: 'exact',
      approximate: figure.approximate === true || inputs.value.some((f) => f.approximate),
      formula: formulaText(figure.operation, figure.inputs),
    });
  };

  const figures = all(input.figures.map((figure) => resolve(figure, [])));
  // Claims are checked against every figure that passed, so one bad figure does not drown its restatements in noise.
  const checked = new Map([...results].flatMap(([id, r]) => (r.ok ? [[id, r.value] as const] : [])));
  const claims = all(input.claims.map((claim) => checkClaim(claim, paragraphs, checked)));
  const events = all(input.events.map((event) => checkEvent(event, paragraphs)));
  const duplicates = duplicateIds(input);
  if (!figures.ok || !claims.ok || !events.ok || duplicates.length > 0) {
    return { ok: false, problems: [...duplicates, ...[figures, claims, events].flatMap((r) => (r.ok ? [] : r.problems))] };
  }
  return ok({ figures: figures.value, claims: claims.value, events: events.value });
}

/** The ledger checked against the article's paragraphs: every entry's words and value, and every number in the text accounted for. */
export function checkLedger(input: LedgerInput, paragraphs: readonly string[]): Checked<Ledger> {
  const ledger = resolveLedger(input, paragraphs);
  if (!ledger.ok) return ledger;
  const uncovered = coverageProblems(paragraphs, ledger.value);
  return uncovered.length > 0 ? fail(...uncovered) : ledger;
}
