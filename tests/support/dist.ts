import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { root } from './article.ts';

/** The folder `npm run build` writes; `npm test` builds it once before the build and browser layers. */
export const distDir = process.env.DIST_DIR ?? join(root, 'dist');

/** Fails with the fix when the build layer runs without a build. */
export function assertBuilt(dir = distDir): void {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir}/index.html is missing: run "npm run build" (dist/) or "npm run build:base" (dist-base/) first; npm test does both`);
  }
}

/** Every file below a built folder, as paths relative to it with forward slashes. */
export function distFiles(dir = distDir): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** A built page parsed by a spec-compliant HTML parser (parse5 through hast). */
export function loadPage(path: string, dir = distDir): Root {
  return fromHtml(readFileSync(join(dir, path), 'utf8'));
}
