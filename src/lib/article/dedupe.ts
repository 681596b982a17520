/** One repeat that `dedupe` dropped: where it stood and which earlier paragraph it repeats (0-based). */
export interface RemovedRepeat {
  index: number;
  originalIndex: number;
}

/** What `dedupe` kept and what it removed. */
export interface DedupeReport {
  received: number;
  paragraphs: string[];
  removed: RemovedRepeat[];
}

/** Splits raw text into paragraphs: each non-empty line is one, as the source arrives one paragraph a line. */
export function splitParagraphs(raw: string): string[] {
  return raw
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The comparison key: Unicode NFC and folded whitespace, nothing else, so a one-word edit still differs. */
export function paragraphKey(paragraph: string): string {
  return paragraph.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Drops repeated paragraphs, keeping the first occurrence of each in order with its exact text. */
export function dedupe(raw: string): DedupeReport {
  const received = splitParagraphs(raw);
  if (received.length === 0) {
    throw new Error('dedupe: the source text has no paragraphs (it is empty or only whitespace)');
  }
  const firstSeen = new Map<string, number>();
  const paragraphs: string[] = [];
  const removed: RemovedRepeat[] = [];
  received.forEach((paragraph, index) => {
    const key = paragraphKey(paragraph);
    const originalIndex = firstSeen.get(key);
    if (originalIndex === undefined) {
      firstSeen.set(key, index);
      paragraphs.push(paragraph);
    } else {
      removed.push({ index, originalIndex });
    }
  });
  return { received: received.length, paragraphs, removed };
}

/** A run of consecutive repeats that copy a run of consecutive originals, 1-based for readers. */
export interface RepeatRun {
  first: number;
  last: number;
  originalFirst: number;
  originalLast: number;
}

/** Groups removed repeats into runs, so "¶14–25 repeat ¶2–13" can be said instead of twelve pairs. */
export function repeatRuns(removed: readonly RemovedRepeat[]): RepeatRun[] {
  const runs: RepeatRun[] = [];
  for (const { index, originalIndex } of removed) {
    const run = runs.at(-1);
    if (run && run.last === index && run.originalLast === originalIndex) {
      run.last = index + 1;
      run.originalLast = originalIndex + 1;
    } else {
      runs.push({ first: index + 1, last: index + 1, originalFirst: originalIndex + 1, originalLast: originalIndex + 1 });
    }
  }
  return runs;
}
