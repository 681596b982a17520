import { evaluate, formulaText } from './derive';
import type { Claim, Figure, Operation, TimelineEvent } from './ledger-types';
import { type Location, locateQuote } from './locate';
import { parseQuantity, type Qualifier, type QuantityUnit } from './quantities';

/** A figure with its value evaluated and, where stated, the paragraph and sentence its quote stands in. */
export interface ResolvedFigure {
  id: string;
  label: string;
  kind: 'stated' | 'derived';
  value: number;
  unit: QuantityUnit;
  qualifier: Qualifier;
  approximate: boolean;
  period?: string;
  quote?: string;
  location?: Location;
  /** The exact words parsed for the value, e.g. "around $1 billion". */
  amountText?: string;
  inputs?: readonly string[];
  operation?: Operation;
  formula?: string;
  note?: string;
}

/** A claim or event with the place its quote stands in. */
export type Resolved<T> = T & { location: Location };

/** The whole ledger, checked against the article. */
export interface Ledger {
  figures: ResolvedFigure[];
  claims: Resolved<Claim>[];
  events: Resolved<TimelineEvent>[];
}

/** Checks every entry against the article's paragraphs and evaluates derived figures; throws one error listing every problem by id. */
export function resolveLedger(
  input: { figures: readonly Figure[]; claims: readonly Claim[]; events: readonly TimelineEvent[] },
  paragraphs: readonly string[],
): Ledger {
  const problems: string[] = [];
  const ids = new Set<string>();
  const byId = new Map(input.figures.map((f) => [f.id, f]));
  const resolved = new Map<string, ResolvedFigure>();

  for (const entry of [...input.figures, ...input.claims, ...input.events]) {
    if (ids.has(entry.id)) problems.push(`"${entry.id}" is used twice: ids must be unique`);
    ids.add(entry.id);
  }

  const resolve = (id: string, path: readonly string[]): ResolvedFigure | undefined => {
    const done = resolved.get(id);
    if (done) return done;
    const figure = byId.get(id);
    if (!figure) return undefined;
    if (path.includes(id)) {
      problems.push(`figure "${id}": derived from itself (${[...path, id].join(' → ')})`);
      return undefined;
    }
    let result: ResolvedFigure | undefined;
    if (figure.kind === 'stated') {
      const location = locateQuote(paragraphs, figure.quote);
      if (typeof location === 'string') {
        problems.push(`figure "${id}": ${location}`);
        return undefined;
      }
      let parsed: ReturnType<typeof parseQuantity>;
      try {
        parsed = parseQuantity(figure.quote);
      } catch (error) {
        problems.push(`figure "${id}": ${(error as Error).message}`);
        return undefined;
      }
      const qualifier = figure.qualifier ?? 'exact';
      const said = parsed.kind === 'number' ? { value: parsed.value, unit: parsed.unit, qualifier: parsed.qualifier } : undefined;
      if (!said || said.value !== figure.value || said.unit !== figure.unit || said.qualifier !== qualifier) {
        const found = said ? `${said.qualifier} ${said.value} ${said.unit}` : `an unquantified ${parsed.kind}`;
        problems.push(`figure "${id}": “${figure.quote}” (¶${location.paragraph}) says ${found}, but figures.ts has ${qualifier} ${figure.value} ${figure.unit}`);
        return undefined;
      }
      result = { id, label: figure.label, kind: 'stated', value: figure.value, unit: figure.unit, qualifier, approximate: qualifier !== 'exact', quote: figure.quote, location, amountText: parsed.text, ...(figure.period ? { period: figure.period } : {}) };
    } else {
      const inputs = figure.inputs.map((input) => {
        const value = resolve(input, [...path, id]);
        if (!value && !byId.has(input)) problems.push(`figure "${id}": input "${input}" is no figure`);
        return value;
      });
      if (inputs.some((value) => value === undefined)) return undefined;
      const values = inputs.map((value) => value!.value);
      result = {
        id,
        label: figure.label,
        kind: 'derived',
        value: evaluate(figure.operation, values, `figure "${id}"`),
        unit: figure.unit,
        qualifier: 'exact',
        approximate: ('approximate' in figure && figure.approximate === true) || inputs.some((value) => value!.approximate),
        inputs: figure.inputs,
        operation: figure.operation,
        formula: formulaText(figure.operation, figure.inputs),
        note: figure.note,
        ...(figure.period ? { period: figure.period } : {}),
      };
    }
    resolved.set(id, result);
    return result;
  };

  const figures = input.figures.map((figure) => resolve(figure.id, [])).filter((f): f is ResolvedFigure => f !== undefined);

  const locateAll = <T extends { id: string; quote: string }>(entries: readonly T[], what: string) =>
    entries.flatMap((entry) => {
      const location = locateQuote(paragraphs, entry.quote);
      if (typeof location === 'string') {
        problems.push(`${what} "${entry.id}": ${location}`);
        return [];
      }
      return [{ ...entry, location }];
    });
  const claims = locateAll(input.claims, 'claim');
  for (const claim of claims) {
    if (claim.restates !== undefined) {
      const figure = resolved.get(claim.restates);
      const parsed = figure ? parseQuantity(claim.quote) : undefined;
      if (!figure) problems.push(`claim "${claim.id}": restates "${claim.restates}", which is no checked figure`);
      else if (parsed?.kind !== 'number' || parsed.value !== figure.value || parsed.unit !== figure.unit) {
        problems.push(`claim "${claim.id}": “${claim.quote}” does not restate ${figure.id} (${figure.value} ${figure.unit})`);
      }
    }
    if (!claim.marker) continue;
    let parsed: ReturnType<typeof parseQuantity>;
    try {
      parsed = parseQuantity(claim.quote);
    } catch (error) {
      problems.push(`claim "${claim.id}": ${(error as Error).message}`);
      continue;
    }
    if (parsed.kind !== 'unquantified' || parsed.marker !== claim.marker) {
      problems.push(`claim "${claim.id}": “${claim.quote}” parses as “${parsed.text}” (${parsed.kind}), not the marker ${claim.marker}`);
    }
  }
  const events = locateAll(input.events, 'event');

  if (problems.length > 0) {
    throw new Error(`The figures in src/data/figures.ts do not match content/article.md:\n- ${problems.join('\n- ')}`);
  }
  return { figures, claims, events };
}
