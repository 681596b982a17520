import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { selectAll } from 'hast-util-select';
import { distFiles, loadPage } from './dist.ts';

/** Raw and gzip (level 9) bytes of some built files. */
export interface Bytes {
  files: string[];
  raw: number;
  gzip: number;
}

/** The byte budgets the site is held to, in gzip bytes; the README states the same numbers. */
export const BUDGETS = {
  jsBeforeScroll: 5 * 1024,
  jsTotal: 60 * 1024,
  htmlPlusCssPerPage: 30 * 1024,
} as const;

const local = (url: string, base: string) => url.replace(new RegExp(`^${base.replace(/\/?$/u, '/')}`, 'u'), '');

/** Sums raw and gzip sizes of built files. */
export function bytesOf(dir: string, files: readonly string[]): Bytes {
  const unique = [...new Set(files)];
  return unique.reduce<Bytes>(
    (sum, file) => {
      const data = readFileSync(join(dir, file));
      return { files: sum.files, raw: sum.raw + data.length, gzip: sum.gzip + gzipSync(data, { level: 9 }).length };
    },
    { files: unique, raw: 0, gzip: 0 },
  );
}

// Static imports a chunk makes (`import{a}from"./x.js"`), not dynamic `import("./y.js")`.
function staticImports(dir: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(dir, file), 'utf8');
  for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/gu)) {
    const target = join(file, '..', match[1]!).split('\\').join('/');
    staticImports(dir, target, seen);
  }
  return seen;
}

/** What a page costs before the reader scrolls: its HTML, its stylesheets and the scripts it runs up front. */
export function pageBytes(dir: string, page: string, base = '/') {
  const tree = loadPage(page, dir);
  const css = selectAll('link[rel~="stylesheet"]', tree).map((l) => local(String(l.properties.href), base));
  const entry = selectAll('script[src]', tree).map((s) => local(String(s.properties.src), base));
  const js = entry.flatMap((file) => [...staticImports(dir, file)]);
  return { html: bytesOf(dir, [page]), css: bytesOf(dir, css), jsBeforeScroll: bytesOf(dir, js) };
}

/** All JavaScript the site ships, whether loaded up front or on demand. */
export function allJs(dir: string): Bytes {
  return bytesOf(
    dir,
    distFiles(dir).filter((file) => file.endsWith('.js')),
  );
}
