import type { Location } from './locate';
import { scanQuantities } from './quantities';
import { sentenceAt } from './sentences';

/** A number in the article that no ledger quote accounts for. */
export interface Uncovered {
  paragraph: number;
  text: string;
  sentence: string;
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
