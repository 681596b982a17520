import { type Checked, fail, ok } from './checked';
import { scanQuantities } from './quantities';
import { sentenceAt } from './sentences';
import type { Location } from './types';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

// Any amount as the article might write it: "$5 billion", "almost 40 times", "three".
const AMOUNT = '(?:(?:around|about|almost|nearly|over|as many as) )?\\$?[\\w.,-]+(?: (?:thousand|million|billion|times|years?))?';

// The quote with each amount replaced by a short wildcard, to show what the article says there instead.
function looseMatch(paragraphs: readonly string[], quote: string): string | null {
  let pattern = '';
  let last = 0;
  for (const q of scanQuantities(quote)) {
    if (q.kind === 'designation') continue;
    pattern += `${escape(quote.slice(last, q.index))}${AMOUNT}`;
    last = q.index + q.text.length;
  }
  const loose = new RegExp(`${pattern}${escape(quote.slice(last))}`, 'u');
  for (const [i, paragraph] of paragraphs.entries()) {
    const found = loose.exec(paragraph);
    if (found) return `found “${found[0]}” in ¶${i + 1} instead`;
  }
  return null;
}

/** Finds a quote that must occur exactly once in the article; the problem says what was found instead. */
export function locateQuote(paragraphs: readonly string[], quote: string): Checked<Location> {
  // An empty quote would stand everywhere; say so at once rather than list every position of every paragraph.
  if (quote.trim() === '') return fail('the quote is empty: copy the article’s exact words into it');
  const hits: Location[] = [];
  for (const [i, paragraph] of paragraphs.entries()) {
    for (let at = paragraph.indexOf(quote); at >= 0; at = paragraph.indexOf(quote, at + 1)) {
      hits.push({ paragraph: i + 1, start: at, end: at + quote.length, sentence: sentenceAt(paragraph, at) });
    }
  }
  const [only, ...more] = hits;
  if (!only) return fail(`“${quote}” is not in the article; ${looseMatch(paragraphs, quote) ?? 'nothing like it was found'}`);
  if (more.length > 0)
    return fail(`“${quote}” occurs ${hits.length} times (${hits.map((h) => `¶${h.paragraph}`).join(', ')}): lengthen the quote until it is unique`);
  return ok(only);
}
