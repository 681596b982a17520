import { getEntry, render } from 'astro:content';
import { ABOUT_SECTION, ARTICLE_ID, KEY_FIGURES_SECTION, TIMELINE_SECTION } from '../consts';
import { checkedArticle } from '../lib/article/check-article';
import { chartModel } from '../lib/figures/chart-model';
import { charts } from './charts';
import { ledgerInput } from './figures';
import { contentText } from './source';

// Only the connection to Astro's content collection lives here; every check is in src/lib/article/check-article.ts.
const entry = await getEntry('article', ARTICLE_ID);
if (!entry) throw new Error(`content/${ARTICLE_ID}.md is missing`);
if (entry.body === undefined) throw new Error(`content/${ARTICLE_ID}.md has no body`);
const file = `${ARTICLE_ID}.md`;
const { source } = entry.data;
const { report, ledger } = checkedArticle(
  { file, raw: contentText(file), body: entry.body, sourceFile: source.file, source: contentText(source.file) },
  ledgerInput,
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
