import { type Checked, fail, ok, orThrow } from '../figures/checked';
import { checkLedger, type LedgerInput } from '../figures/ledger';
import type { Ledger } from '../figures/types';
import { type ArticleBlock, articleBlocks, bodyLineOffset, firstParagraphMismatch } from './contract';
import { dedupe, type DedupeReport } from './dedupe';

/** The files the article is checked from, as the build reads them; paths are below content/, as errors name them. */
export interface ArticleFiles {
  /** The article's path (`article.md`). */
  file: string;
  /** The article file as written, frontmatter included, so errors can name its lines. */
  raw: string;
  /** Its Markdown body, without the frontmatter. */
  body: string;
  /** The source's path, as the frontmatter names it (`source/….txt`). */
  sourceFile: string;
  /** The source as received. */
  source: string;
}

/** The article as the pages are built from it: the dedupe report, the paragraphs readers see, the checked ledger. */
export interface CheckedArticle {
  report: DedupeReport;
  paragraphs: string[];
  /** The body's headings and paragraphs from the same parse, with their file lines, for the page's sections. */
  blocks: ArticleBlock[];
  ledger: Ledger;
}

/** What heads the build's error when the ledger and the article disagree. */
export const LEDGER_MISMATCH = 'The figures in src/data/figures.ts do not match content/article.md';

/**
 * Checks the article both ways at once: its paragraphs must be the deduplicated source, word for word and in
 * order, and the ledger must match their words. Every problem comes back, the figures' first, so an edited
 * number is named by its figure, then by its paragraph.
 */
export function checkArticle(files: ArticleFiles, declared: LedgerInput): Checked<CheckedArticle> {
  const report = dedupe(files.source);
  const place = { file: `content/${files.file}`, lineOffset: bodyLineOffset(files.raw, files.body) };
  const { paragraphs, blocks } = articleBlocks(files.body, place);
  const mismatch = firstParagraphMismatch(paragraphs, report.paragraphs);
  const ledger = checkLedger(declared, paragraphs);
  if (ledger.ok && mismatch === null) return ok({ report, paragraphs, blocks, ledger: ledger.value });
  const drift = mismatch === null ? [] : [{ entry: `content/${files.sourceFile}`, message: `the article drifted from its source: ${mismatch}` }];
  return fail(...(ledger.ok ? [] : ledger.problems), ...drift);
}

/** `checkArticle` for the build: the checked article, or one error listing every problem, headed by what drifted. */
export function checkedArticle(files: ArticleFiles, declared: LedgerInput): CheckedArticle {
  const checked = checkArticle(files, declared);
  const source = `content/${files.sourceFile}`;
  const onlyDrift = !checked.ok && checked.problems.every((p) => p.entry === source);
  return orThrow(checked, onlyDrift ? `The article drifted from ${source}` : LEDGER_MISMATCH);
}
