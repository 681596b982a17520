import { claimProblem } from './check-claims';
import type { Claim, TimelineEvent } from './types';
import { locateQuote } from './locate';
import type { Resolved, ResolvedFigure } from './resolved';

/** Locates every claim and event by its quote and checks each claim's words; problems are appended, named by id. */
export function checkClaimsAndEvents(
  input: { claims: readonly Claim[]; events: readonly TimelineEvent[] },
  paragraphs: readonly string[],
  figures: ReadonlyMap<string, ResolvedFigure>,
  problems: string[],
): { claims: Resolved<Claim>[]; events: Resolved<TimelineEvent>[] } {
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
    const problem = claimProblem(claim, figures);
    if (problem) problems.push(`claim "${claim.id}": ${problem}`);
  }
  return { claims, events: locateAll(input.events, 'event') };
}
