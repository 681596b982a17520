import { getEntry, render } from 'astro:content';
import { ARTICLE_ID } from '../consts';
import { articleBlocks, firstParagraphMismatch } from '../lib/article-contract';
import { dedupe } from '../lib/dedupe';
import { sourceText } from './source';

/** Loads the article, renders it, and stops the build if its paragraphs are not the deduplicated source. */
export async function loadArticle() {
  const entry = await getEntry('article', ARTICLE_ID);
  if (!entry) throw new Error(`content/${ARTICLE_ID}.md is missing`);
  if (entry.body === undefined) throw new Error(`content/${ARTICLE_ID}.md has no body`);
  const report = dedupe(sourceText(entry.data.source.file));
  const blocks = articleBlocks(entry.body);
  const mismatch = firstParagraphMismatch(blocks.paragraphs, report.paragraphs);
  if (mismatch) throw new Error(`The article drifted from content/${entry.data.source.file}: ${mismatch}`);
  const { headings } = await render(entry);
  return {
    data: entry.data,
    html: entry.rendered?.html ?? '',
    sections: headings.filter((heading) => heading.depth === 2).map(({ slug, text }) => ({ id: slug, title: text })),
    paragraphs: blocks.paragraphs,
    report,
  };
}
