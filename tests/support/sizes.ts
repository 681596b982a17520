import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
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

/** What a page costs before the reader scrolls: its HTML (inline CSS included), linked stylesheets and the scripts it runs up front. */
export function pageBytes(dir: string, page: string, base = '/') {
  const tree = loadPage(page, dir);
  const css = selectAll('link[rel~="stylesheet"]', tree).map((l) => local(String(l.properties.href), base));
  const entry = selectAll('script[src]', tree).map((s) => local(String(s.properties.src), base));
  const js = entry.flatMap((file) => [...staticImports(dir, file)]);
  const inline = selectAll('style', tree)
    .map((style) => toString(style))
    .join('');
  const inlineCss = { raw: Buffer.byteLength(inline), gzip: gzipSync(inline, { level: 9 }).length };
  return { html: bytesOf(dir, [page]), css: bytesOf(dir, css), inlineCss, jsBeforeScroll: bytesOf(dir, js) };
}

/**
 * What in a page's markup holds back its first paint: a stylesheet link that applies to the screen, a script in the
 * head that is neither a module, deferred nor async, and an `@import` in inline CSS, each fetched before rendering.
 */
export function renderBlocking(dir: string, page: string): string[] {
  const tree = loadPage(page, dir);
  const sheets = selectAll('link[rel~="stylesheet"]', tree).filter((link) => String(link.properties.media ?? 'all') !== 'print');
  const scripts = selectAll('head script[src]', tree).filter((s) => s.properties.type !== 'module' && !s.properties.defer && !s.properties.async);
  const imports = selectAll('style', tree).filter((style) => /@import\b/u.test(toString(style)));
  return [
    ...sheets.map((l) => `stylesheet ${String(l.properties.href)}`),
    ...scripts.map((s) => `script ${String(s.properties.src)}`),
    ...imports.map(() => 'an @import in inline CSS'),
  ];
}

/** All JavaScript the site ships, whether loaded up front or on demand. */
export function allJs(dir: string): Bytes {
  return bytesOf(
    dir,
    distFiles(dir).filter((file) => file.endsWith('.js')),
  );
}
