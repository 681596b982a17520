import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** One block of the body in reading order, with the file line it starts on and any inline markup it holds. */
export interface ArticleBlock {
  kind: 'heading' | 'paragraph';
  /** What a reader sees of it. */
  text: string;
  /** Its first line in the file, as errors name it. */
  line: number;
  /** The first inline node that is not plain text (`emphasis`, `link` …), if any: the page sets plain words only. */
  markup?: string;
}

/** The article's Markdown body as a reader sees it: our `##` headings and the source's paragraphs, as rendered text. */
export interface ArticleBlocks {
  headings: string[];
  paragraphs: string[];
  /** Headings and paragraphs together, in reading order: the one parse the page is built from. */
  blocks: ArticleBlock[];
}

/** Where the body stands in its file, so errors name the line a maintainer opens. */
export interface BodyPlace {
  /** The file the body comes from, as named in errors. */
  file?: string;
  /** How many lines of the file come before the body (the frontmatter). */
  lineOffset?: number;
}

/** How many lines of a Markdown file stand before its body (the frontmatter), so errors can name file lines. */
export function bodyLineOffset(raw: string, body: string): number {
  const at = raw.lastIndexOf(body);
  // Errors would name the wrong lines: better to stop than to point a maintainer elsewhere.
  if (at < 0) throw new Error('bodyLineOffset: the body is not in the file it was read from, so its lines cannot be named');
  return raw.slice(0, at).split('\n').length - 1;
}

const parser = unified().use(remarkParse);

// What a reader sees of a paragraph: entities decoded, escapes and emphasis marks gone, no raw HTML or image alt.
const renderedText = (node: RootContent) => toString(node, { includeHtml: false, includeImageAlt: false });

const kindOf = (node: RootContent) => (node.type === 'heading' ? `a level-${node.depth} heading` : `a ${node.type}`);

/**
 * Parses the article's Markdown body with remark and returns what readers see of it. Anything that is neither a
 * `##` heading nor a paragraph stops the build, naming its line: the body holds our headings and the source's
 * words only.
 */
export function articleBlocks(body: string, { file = 'content/article.md', lineOffset = 0 }: BodyPlace = {}): ArticleBlocks {
  const blocks: ArticleBlock[] = [];
  for (const node of parser.parse(body).children) {
    const line = (node.position?.start.line ?? 0) + lineOffset;
    if ((node.type === 'heading' && node.depth === 2) || node.type === 'paragraph') {
      const markup = node.children.find((child) => child.type !== 'text')?.type;
      blocks.push({ kind: node.type, text: renderedText(node), line, ...(markup ? { markup } : {}) });
    } else {
      throw new Error(
        `${file}:${line}: ${kindOf(node)} («${body.split(/\r?\n/u)[line - lineOffset - 1]?.trim().slice(0, 40) ?? ''}») is neither a ## heading nor a paragraph; the body holds only our ## headings and the source's paragraphs (escape a leading #, > or - with a backslash if the source has it)`,
      );
    }
  }
  const texts = (kind: ArticleBlock['kind']) => blocks.filter((block) => block.kind === kind).map((block) => block.text);
  return { headings: texts('heading'), paragraphs: texts('paragraph'), blocks };
}

const firstWords = (text: string) => {
  const words = text.split(/\s+/u);
  return `«${words.slice(0, 8).join(' ')}${words.length > 8 ? ' …' : ''}»`;
};

// The words around the first character where two paragraphs part, so an edit deep in a paragraph is visible.
const around = (text: string, at: number) => `«${at > 20 ? '…' : ''}${text.slice(Math.max(0, at - 20), at + 25)}${at + 25 < text.length ? '…' : ''}»`;
// The first position where two different paragraphs part; where one is the start of the other, where it ends.
const firstDifference = (a: string, b: string) => {
  const at = a.split('').findIndex((char, i) => char !== b[i]);
  return at < 0 ? a.length : at;
};

/** The first difference between the article's paragraphs and the expected ones, as a sentence; null when equal. */
export function firstParagraphMismatch(actual: readonly string[], expected: readonly string[]): string | null {
  const positions = Array.from({ length: Math.max(actual.length, expected.length) }, (_, i) => i);
  const i = positions.find((position) => actual[position] !== expected[position]);
  if (i === undefined) return null;
  const got = actual[i];
  const want = expected[i];
  const where = `paragraph ${i + 1} of content/article.md`;
  if (want === undefined) return `${where} ${firstWords(got ?? '')} is extra: the source has only ${expected.length} paragraphs`;
  if (got === undefined) return `${where} is missing: the source's paragraph ${firstWords(want)} is not in the article`;
  const elsewhere = expected.indexOf(got);
  if (elsewhere >= 0) return `${where} ${firstWords(got)} is the source's paragraph ${elsewhere + 1}: paragraphs are out of order, repeated or missing`;
  const at = firstDifference(got, want);
  return `${where} ${firstWords(got)} differs from the source's paragraph ${i + 1} at ${around(got, at)} (the source has ${around(want, at)}): the article must keep the source's words`;
}
