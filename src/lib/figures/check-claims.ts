import { about, type Checked, fail, ok } from './checked';
import { locateQuote } from './locate';
import { quoteAmount } from './quantities';
import type { Claim, Resolved, ResolvedFigure } from './types';

/** Locates a claim by its quote and checks its words: a restatement must say its figure's amount, a marker must be what the words say. */
export function checkClaim(claim: Claim, paragraphs: readonly string[], figures: ReadonlyMap<string, ResolvedFigure>): Checked<Resolved<Claim>> {
  const entry = `claim "${claim.id}"`;
  const location = locateQuote(paragraphs, claim.quote);
  if (!location.ok) return about(entry, location);
  const resolved = ok({ ...claim, location: location.value });
  if (claim.restates === undefined && claim.marker === undefined) return resolved;
  const parsed = quoteAmount(claim.quote);
  if (!parsed.ok) return about(entry, parsed);
  const amount = parsed.value;
  if (claim.restates !== undefined) {
    const figure = figures.get(claim.restates);
    if (!figure) return fail({ entry, message: `restates "${claim.restates}", which is no checked figure` });
    if (amount.kind !== 'number' || amount.value !== figure.value || amount.unit !== figure.unit) {
      return fail({ entry, message: `“${claim.quote}” does not restate ${figure.id} (${figure.value} ${figure.unit})` });
    }
  }
  if (claim.marker !== undefined && (amount.kind !== 'unquantified' || amount.marker !== claim.marker)) {
    return fail({ entry, message: `“${claim.quote}” parses as “${amount.text}” (${amount.kind}), not the marker ${claim.marker}` });
  }
  return resolved;
}
