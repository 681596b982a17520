/** A Markdown body split into our headings and the source's paragraphs. */
export interface ArticleBlocks {
  headings: string[];
  paragraphs: string[];
}

/** Splits the article's Markdown body into `##` headings and paragraphs, each block as written. */
export function articleBlocks(body: string): ArticleBlocks {
  const headings: string[] = [];
  const paragraphs: string[] = [];
  for (const block of body.split(/\r?\n[ \t]*\r?\n/u)) {
    const text = block.trim();
    if (text === '') continue;
    if (text.startsWith('#')) headings.push(text.replace(/^#+\s*/u, ''));
    else paragraphs.push(text);
  }
  return { headings, paragraphs };
}

const firstWords = (text: string) => {
  const words = text.split(/\s+/u);
  return `«${words.slice(0, 8).join(' ')}${words.length > 8 ? ' …' : ''}»`;
};

// The words around the first character where two paragraphs part, so an edit deep in a paragraph is visible.
const around = (text: string, at: number) => `«${at > 20 ? '…' : ''}${text.slice(Math.max(0, at - 20), at + 25)}${at + 25 < text.length ? '…' : ''}»`;
const firstDifference = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return i;
};

/** The first difference between the article's paragraphs and the expected ones, as a sentence; null when equal. */
export function firstParagraphMismatch(actual: readonly string[], expected: readonly string[]): string | null {
  const length = Math.max(actual.length, expected.length);
  for (let i = 0; i < length; i += 1) {
    const got = actual[i];
    const want = expected[i];
    if (got === want) continue;
    const where = `paragraph ${i + 1} of content/article.md`;
    if (got === undefined) return `${where} is missing: the source's paragraph ${firstWords(want ?? '')} is not in the article`;
    if (want === undefined) return `${where} ${firstWords(got)} is extra: the source has only ${expected.length} paragraphs`;
    const elsewhere = expected.indexOf(got);
    if (elsewhere >= 0) return `${where} ${firstWords(got)} is the source's paragraph ${elsewhere + 1}: paragraphs are out of order, repeated or missing`;
    const at = firstDifference(got, want);
    return `${where} ${firstWords(got)} differs from the source's paragraph ${i + 1} at ${around(got, at)} (the source has ${around(want, at)}): the article must keep the source's words`;
  }
  return null;
}
