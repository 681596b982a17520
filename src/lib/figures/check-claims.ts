import type { Claim } from './types';
import { tryParseQuantity } from './quantities';
import type { ResolvedFigure } from './resolved';

/** What is wrong with a located claim's words: a restatement that says another amount, or a marker its words do not carry. */
export function claimProblem(claim: Claim, figures: ReadonlyMap<string, ResolvedFigure>): string | undefined {
  if (claim.restates === undefined && claim.marker === undefined) return undefined;
  const parsed = tryParseQuantity(claim.quote);
  if (typeof parsed === 'string') return parsed;
  if (claim.restates !== undefined) {
    const figure = figures.get(claim.restates);
    if (!figure) return `restates "${claim.restates}", which is no checked figure`;
    if (parsed.kind !== 'number' || parsed.value !== figure.value || parsed.unit !== figure.unit) {
      return `“${claim.quote}” does not restate ${figure.id} (${figure.value} ${figure.unit})`;
    }
  }
  if (claim.marker !== undefined && (parsed.kind !== 'unquantified' || parsed.marker !== claim.marker)) {
    return `“${claim.quote}” parses as “${parsed.text}” (${parsed.kind}), not the marker ${claim.marker}`;
  }
  return undefined;
}
