import { checkClaimsAndEvents } from './check-located';
import { checkStated } from './check-stated';
import { evaluate, formulaText } from './derive';
import type { Claim, Figure, TimelineEvent } from './types';
import type { Ledger, ResolvedFigure } from './resolved';

export type { Ledger, Resolved, ResolvedFigure } from './resolved';

/** Checks every entry against the article's paragraphs and evaluates derived figures; throws one error listing every problem by id. */
export function resolveLedger(
  input: { figures: readonly Figure[]; claims: readonly Claim[]; events: readonly TimelineEvent[] },
  paragraphs: readonly string[],
): Ledger {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { id } of [...input.figures, ...input.claims, ...input.events]) {
    if (seen.has(id)) problems.push(`"${id}" is used twice: ids must be unique`);
    seen.add(id);
  }
  const byId = new Map(input.figures.map((f) => [f.id, f]));
  const resolved = new Map<string, ResolvedFigure>();

  // Depth first, so a derived figure's inputs are resolved before it whatever their order in figures.ts.
  const resolve = (id: string, path: readonly string[]): ResolvedFigure | undefined => {
    const figure = byId.get(id);
    if (resolved.has(id) || !figure) return resolved.get(id);
    if (path.includes(id)) {
      problems.push(`figure "${id}": derived from itself (${[...path, id].join(' → ')})`);
      return undefined;
    }
    if (figure.kind === 'stated') {
      const checked = checkStated(figure, paragraphs);
      if (typeof checked === 'string') problems.push(`figure "${id}": ${checked}`);
      else resolved.set(id, checked);
      return resolved.get(id);
    }
    const inputs = figure.inputs.map((input) => {
      if (!byId.has(input)) problems.push(`figure "${id}": input "${input}" is no figure`);
      return resolve(input, [...path, id]);
    });
    if (inputs.some((value) => value === undefined)) return undefined;
    const known = inputs as ResolvedFigure[];
    resolved.set(id, {
      id,
      label: figure.label,
      kind: 'derived',
      value: evaluate(
        figure.operation,
        known.map((f) => f.value),
        `figure "${id}"`,
      ),
      unit: figure.unit,
      qualifier: 'exact',
      approximate: figure.approximate === true || known.some((f) => f.approximate),
      inputs: figure.inputs,
      operation: figure.operation,
      formula: formulaText(figure.operation, figure.inputs),
      note: figure.note,
      ...(figure.period ? { period: figure.period } : {}),
    });
    return resolved.get(id);
  };
  const figures = input.figures.flatMap((figure) => resolve(figure.id, []) ?? []);
  const { claims, events } = checkClaimsAndEvents(input, paragraphs, resolved, problems);

  if (problems.length > 0) {
    throw new Error(`The figures in src/data/figures.ts do not match content/article.md:\n- ${problems.join('\n- ')}`);
  }
  return { figures, claims, events };
}
