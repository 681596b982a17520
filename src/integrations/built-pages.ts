import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every HTML page below a built folder, as paths relative to it with forward slashes, in order: the same on any disk. */
export function builtPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * Rewrites every page of a built folder in place with `rewrite` (given its HTML, its path from the root and its file),
 * in builtPages' order; returns how many pages there were.
 */
export function rewritePages(dir: string, rewrite: (html: string, page: string, file: string) => string): number {
  const pages = builtPages(dir);
  for (const page of pages) {
    const file = join(dir, page);
    writeFileSync(file, rewrite(readFileSync(file, 'utf8'), page, file));
  }
  return pages.length;
}
