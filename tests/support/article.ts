import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { ArticleFiles } from '../../src/lib/article/check-article.ts';
import { articleFrontmatter } from '../../src/lib/article/frontmatter.ts';
import { readFileSync } from 'node:fs';

/** The project root, for tests that read files as a maintainer would. */
export const root = fileURLToPath(new URL('../../', import.meta.url));

/** Reads a file below the project root as UTF-8. */
export const readText = (path: string) => readFileSync(`${root}${path}`, 'utf8');

/** The Markdown body of an article file, without its frontmatter. */
export const readBody = (raw: string) => parseFrontmatter(raw).content;

/** The article as written: the whole file, its frontmatter checked by the collection's schema, and its Markdown body. */
export function readArticle() {
  const raw = readText('content/article.md');
  const { frontmatter, content } = parseFrontmatter(raw);
  return { raw, frontmatter: articleFrontmatter.parse(frontmatter), body: content };
}

/**
 * The files the build checks the article from (src/data/article.ts), read as the build reads them, with an optional
 * edit to content/article.md as written. An edit that changes nothing fails the test, so no drift test passes vacuously.
 */
export function articleFiles(edit?: (raw: string) => string): ArticleFiles {
  const { raw, frontmatter } = readArticle();
  const edited = edit ? edit(raw) : raw;
  if (edit && edited === raw) throw new Error('articleFiles: the edit changed nothing in content/article.md');
  const sourceFile = frontmatter.source.file;
  return { file: 'article.md', raw: edited, body: readBody(edited), sourceFile, source: readText(`content/${sourceFile}`) };
}
