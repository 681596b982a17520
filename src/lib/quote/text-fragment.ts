/**
 * Links to a quote: a paragraph's id and a text directive (`#p-7:~:text=…`, the URL Fragment Text Directives
 * spec), so browsers that support it scroll to the words and highlight them, and the others still land on the
 * paragraph.
 */

/** Context words taken on each side of a quote, so the same words elsewhere on the page are not matched instead. */
const CONTEXT_WORDS = 3;
/** A quote longer than this is linked by its first and last words, which keeps the link short. */
const LONG_QUOTE = 300;
const EDGE_WORDS = 5;

// Word boundaries as Unicode defines them (UAX #29, as the browser matches): "Armenia’s" and "2.64" are one word each.
const words = new Intl.Segmenter('en', { granularity: 'word' });
const flat = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** Percent-encodes one term of a text directive: as a URL component, and `-` too, which the directive's syntax uses. */
export function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/gu, '%2D');
}

/** A selection inside a paragraph widened to whole words (browsers match a directive only at word boundaries), without edge spaces. */
export function wholeWords(paragraph: string, start: number, end: number): { start: number; end: number } | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(paragraph.length, Math.max(start, end));
  if (from >= to) return null;
  const segments = words.segment(paragraph);
  const first = segments.containing(from);
  if (first?.isWordLike) from = first.index;
  const last = segments.containing(to - 1);
  if (last?.isWordLike) to = last.index + last.segment.length;
  while (from < to && /\s/u.test(paragraph[from] ?? '')) from += 1;
  while (to > from && /\s/u.test(paragraph[to - 1] ?? '')) to -= 1;
  return from < to ? { start: from, end: to } : null;
}

// The quote itself, or for a long one its first and last words, provided the last words first occur at its end.
function quoteTerms(quote: string): [string] | [string, string] {
  const words = quote.split(' ');
  if (quote.length <= LONG_QUOTE || words.length <= 2 * EDGE_WORDS) return [quote];
  const first = words.slice(0, EDGE_WORDS).join(' ');
  const last = words.slice(-EDGE_WORDS).join(' ');
  return quote.indexOf(last, first.length) === quote.length - last.length ? [first, last] : [quote];
}

/**
 * The text directive (`text=…`) for the words between `start` and `end` of a paragraph's text: widened to whole
 * words, with up to three words of the paragraph on each side as context. Null when nothing but spaces is selected.
 */
export function textDirective(paragraph: string, start: number, end: number): string | null {
  const span = wholeWords(paragraph, start, end);
  if (!span) return null;
  const quote = flat(paragraph.slice(span.start, span.end));
  // flat() leaves no empty word, except in an empty text, whose words join back to ''.
  const before = flat(paragraph.slice(0, span.start)).split(' ').slice(-CONTEXT_WORDS).join(' ');
  const after = flat(paragraph.slice(span.end)).split(' ').slice(0, CONTEXT_WORDS).join(' ');
  const terms = [...(before ? [`${encodeTerm(before)}-`] : []), ...quoteTerms(quote).map(encodeTerm), ...(after ? [`-${encodeTerm(after)}`] : [])];
  return `text=${terms.join(',')}`;
}

/** The fragment of a link to a quote: the paragraph's id, then the text directive (`p-7:~:text=…`). */
export function quoteFragment(paragraphId: string, paragraph: string, start: number, end: number): string | null {
  const directive = textDirective(paragraph, start, end);
  return directive ? `${paragraphId}:~:${directive}` : null;
}
