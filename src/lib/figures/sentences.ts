// A sentence ends at . ! or ? (with any closing quote) before a space and a capital or an opening quote.
const BOUNDARY = /(?<=[.!?][”’"]?)\s+(?=[“"‘A-Z])/gu;

/** The sentence of a paragraph that contains the character at `index`. */
export function sentenceAt(paragraph: string, index: number): string {
  let start = 0;
  for (const match of paragraph.matchAll(BOUNDARY)) {
    const end = match.index;
    if (index < end) return paragraph.slice(start, end);
    start = end + match[0].length;
  }
  return paragraph.slice(start);
}
