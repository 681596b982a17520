import type { Problem } from './checked';
import { scanQuantities } from './quantities';
import { sentenceAt } from './sentences';
import type { Ledger, Location } from './types';

/** A number in the article that no ledger quote accounts for. */
export interface Uncovered {
  paragraph: number;
  text: string;
  sentence: string;
}

/** Every place in the article that a ledger quote accounts for. */
export function ledgerLocations(ledger: Ledger): Location[] {
  return [
    ...ledger.figures.flatMap((f) => (f.kind === 'stated' ? [f.location] : [])),
    ...ledger.claims.map((c) => c.location),
    ...ledger.events.map((e) => e.location),
  ];
}

/** Every number, year, ordinal or unquantified amount in the paragraphs that lies outside all the given quote locations. */
export function uncoveredNumbers(paragraphs: readonly string[], covered: readonly Location[]): Uncovered[] {
  return paragraphs.flatMap((paragraph, i) =>
    scanQuantities(paragraph)
      .filter((q) => q.kind !== 'designation')
      .filter((q) => !covered.some((c) => c.paragraph === i + 1 && c.start <= q.index && q.index + q.text.length <= c.end))
      .map((q) => ({ paragraph: i + 1, text: q.text, sentence: sentenceAt(paragraph, q.index) })),
  );
}

/** Each number the ledger does not account for, as a problem naming its paragraph and sentence. */
export function coverageProblems(paragraphs: readonly string[], ledger: Ledger): Problem[] {
  return uncoveredNumbers(paragraphs, ledgerLocations(ledger)).map((u) => ({
    entry: 'no figure or claim',
    message: `“${u.text}” in ¶${u.paragraph} (“${u.sentence}”) is not accounted for: add it to src/data/figures.ts as a figure or a claim`,
  }));
}
