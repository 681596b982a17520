import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { articleFrontmatter } from '../../src/lib/article/frontmatter.ts';

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

/** The seed as shared with the team, where this checkout has it beside it. */
export const sharedSeed = `${root}../shared/seeds/000_38e296471266fea8.txt`;
export const hasSharedSeed = existsSync(sharedSeed);
