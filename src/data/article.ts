import { getEntry, render } from 'astro:content';
import { ABOUT_SECTION, ARTICLE_ID, KEY_FIGURES_SECTION, TIMELINE_SECTION } from '../consts';
import { articleBlocks, bodyLineOffset, firstParagraphMismatch } from '../lib/article/contract';
import { fail, orThrow } from '../lib/figures/checked';
import { chartModel } from '../lib/figures/chart-model';
import type { Ledger } from '../lib/figures/types';
import { dedupe } from '../lib/article/dedupe';
import { charts } from './charts';
import { checkLedger, LEDGER_MISMATCH } from './ledger';
import { contentText } from './source';

const entry = await getEntry('article', ARTICLE_ID);
if (!entry) throw new Error(`content/${ARTICLE_ID}.md is missing`);
if (entry.body === undefined) throw new Error(`content/${ARTICLE_ID}.md has no body`);
const file = `${ARTICLE_ID}.md`;
const report = dedupe(contentText(entry.data.source.file));
const blocks = articleBlocks(entry.body, { file: `content/${file}`, lineOffset: bodyLineOffset(contentText(file), entry.body) });
const mismatch = firstParagraphMismatch(blocks.paragraphs, report.paragraphs);
const checked = checkLedger(blocks.paragraphs);
const drift = mismatch ? [{ entry: `content/${entry.data.source.file}`, message: `the article drifted from its source: ${mismatch}` }] : [];
// Both checks report at once; figures first, so an edited number is named by its figure, then by its paragraph.
const ledger = orThrow(
  checked.ok && !mismatch ? checked : fail<Ledger>(...(checked.ok ? [] : checked.problems), ...drift),
  checked.ok ? `The article drifted from content/${entry.data.source.file}` : LEDGER_MISMATCH,
);
const { headings } = await render(entry);
const sections = headings.filter((heading) => heading.depth === 2).map(({ slug, text }) => ({ id: slug, title: text }));

/**
 * The article and everything checked against it, loaded once per build when first imported: the build stops
 * here if the paragraphs are not the deduplicated source, or if a figure's words have drifted from figures.ts.
 */
export const article = {
  data: entry.data,
  html: entry.rendered?.html ?? '',
  sections,
  /** Every shareable section of the page in reading order: ours around the article's own. */
  contents: [KEY_FIGURES_SECTION, ABOUT_SECTION, ...sections, TIMELINE_SECTION],
  report,
  ledger,
  charts: charts.map((chart) => chartModel(chart, ledger)),
};
