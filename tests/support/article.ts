import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';

/** The project root, for tests that read files as a maintainer would. */
export const root = fileURLToPath(new URL('../../', import.meta.url));

/** Reads a file below the project root as UTF-8. */
export const readText = (path: string) => readFileSync(`${root}${path}`, 'utf8');

/** The article as written: its frontmatter and its Markdown body. */
export function readArticle() {
  const { frontmatter, content } = parseFrontmatter(readText('content/article.md'));
  return { frontmatter: frontmatter as { source: { file: string; url: string } }, body: content };
}

/** The seed as shared with the team, where this checkout has it beside it. */
export const sharedSeed = `${root}../shared/seeds/000_38e296471266fea8.txt`;
export const hasSharedSeed = existsSync(sharedSeed);
