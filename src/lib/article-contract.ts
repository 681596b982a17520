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
  return `“${words.slice(0, 8).join(' ')}${words.length > 8 ? ' …' : ''}”`;
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
    return `${where} ${firstWords(got)} differs from the source's paragraph ${firstWords(want)}: the article must keep the source's words`;
  }
  return null;
}
