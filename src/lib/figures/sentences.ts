// Unicode sentence boundaries (UAX #29): a closing quote stays with its sentence, "$360 million." ends one.
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The sentence of a paragraph that contains the character at `index`, without the space after it. */
export function sentenceAt(paragraph: string, index: number): string {
  const segment = segmenter.segment(paragraph).containing(index);
  return segment ? segment.segment.trimEnd() : '';
}
