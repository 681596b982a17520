import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { distFiles, loadPage } from './dist.ts';

/** A reference from a built page: `load` is fetched by the browser with the page, `link` only when followed. */
export interface Reference {
  page: string;
  kind: 'load' | 'link';
  url: string;
}

const SELECTORS: readonly [string, string, Reference['kind']][] = [
  ['script[src]', 'src', 'load'],
  ['img[src]', 'src', 'load'],
  ['source[src]', 'src', 'load'],
  [
    'link[rel~="stylesheet"], link[rel~="icon"], link[rel~="apple-touch-icon"], link[rel~="preload"], link[rel~="modulepreload"], link[rel~="manifest"]',
    'href',
    'load',
  ],
  ['a[href]', 'href', 'link'],
  ['link[rel="canonical"], link[rel="sitemap"]', 'href', 'link'],
  ['blockquote[cite]', 'cite', 'link'],
  ['meta[property="og:image"], meta[property="og:url"], meta[name="twitter:image"]', 'content', 'link'],
];

const pages = new Map<string, Root>();
const page = (dir: string, file: string) => {
  const key = join(dir, file);
  if (!pages.has(key)) pages.set(key, loadPage(file, dir));
  return pages.get(key)!;
};

/** Every URL-valued attribute on every built HTML page. */
export function references(dir: string): Reference[] {
  return distFiles(dir)
    .filter((file) => file.endsWith('.html'))
    .flatMap((file) =>
      SELECTORS.flatMap(([selector, attribute, kind]) =>
        selectAll(selector, page(dir, file)).map((el) => ({ page: file, kind, url: String(el.properties[attribute]) })),
      ),
    );
}

/** The built file a same-origin path serves, as a static host would (a folder serves its index.html). */
export function fileFor(dir: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rest = decodeURIComponent(pathname.slice(base.length)).replace(/^\/+/u, '');
  const candidates = rest === '' || rest.endsWith('/') ? [`${rest}index.html`] : [rest, `${rest}/index.html`];
  return candidates.find((candidate) => existsSync(join(dir, candidate)));
}

/** Whether a built page has an element with the given id. */
export function hasId(dir: string, file: string, id: string): boolean {
  return selectAll(`[id="${id}"]`, page(dir, file)).length > 0;
}

/** A reference made absolute against the page it stands on, with the site served at `siteBase` (origin plus base, ending in /). */
export function absoluteUrl(ref: Pick<Reference, 'page' | 'url'>, siteBase: string): URL {
  return new URL(ref.url, new URL(ref.page.replace(/(^|\/)(index\.html|404\.html)$/u, '$1'), siteBase));
}

/** Every same-origin reference that leaves the base path, has no built file, or names a fragment its page lacks. */
export function brokenReferences(dir: string, site: string, base: string): string[] {
  const siteBase = new URL(base, site).href;
  const origin = new URL(site).origin;
  return references(dir).flatMap((ref) => {
    const url = absoluteUrl(ref, siteBase);
    if (url.origin !== origin) return [];
    if (!url.pathname.startsWith(base)) return [`${ref.page}: "${ref.url}" is outside ${base}`];
    const file = fileFor(dir, base, url.pathname);
    if (!file) return [`${ref.page}: "${ref.url}" has no file`];
    const id = decodeURIComponent(url.hash.slice(1));
    return id && file.endsWith('.html') && !hasId(dir, file, id) ? [`${ref.page}: "${ref.url}" has no element #${id}`] : [];
  });
}
