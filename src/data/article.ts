import { getEntry, render } from 'astro:content';
import { ARTICLE_ID } from '../consts';
import { articleBlocks, bodyLineOffset, firstParagraphMismatch } from '../lib/article/contract';
import { chartModel } from '../lib/figures/chart-model';
import { dedupe } from '../lib/article/dedupe';
import { charts } from './charts';
import { checkedLedger } from './ledger';
import { contentText } from './source';

/**
 * Loads the article and everything checked against it. The build stops here if the paragraphs are not the
 * deduplicated source, or if a figure's words have drifted from figures.ts.
 */
async function load() {
  const entry = await getEntry('article', ARTICLE_ID);
  if (!entry) throw new Error(`content/${ARTICLE_ID}.md is missing`);
  if (entry.body === undefined) throw new Error(`content/${ARTICLE_ID}.md has no body`);
  const report = dedupe(contentText(entry.data.source.file));
  const file = `${ARTICLE_ID}.md`;
  const blocks = articleBlocks(entry.body, { file: `content/${file}`, lineOffset: bodyLineOffset(contentText(file), entry.body) });
  const mismatch = firstParagraphMismatch(blocks.paragraphs, report.paragraphs);
  // Figures are checked first: when a number is edited, the error should name the figure, then the paragraph.
  const ledger = (() => {
    try {
      return checkedLedger(blocks.paragraphs);
    } catch (error) {
      throw new Error(`${(error as Error).message}${mismatch ? `\nThe article also drifted from its source: ${mismatch}` : ''}`);
    }
  })();
  if (mismatch) throw new Error(`The article drifted from content/${entry.data.source.file}: ${mismatch}`);
  const { headings } = await render(entry);
  return {
    data: entry.data,
    html: entry.rendered?.html ?? '',
    sections: headings.filter((heading) => heading.depth === 2).map(({ slug, text }) => ({ id: slug, title: text })),
    report,
    ledger,
    charts: charts.map((chart) => chartModel(chart, ledger)),
  };
}

let loaded: ReturnType<typeof load> | undefined;

/** The article, checked once per build (every page and endpoint shares the result). */
export function loadArticle(): ReturnType<typeof load> {
  loaded ??= load();
  return loaded;
}
