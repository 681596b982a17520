import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { LOCAL_ORIGIN } from '../../src/lib/site/deploy-target';
import { headerRules, hostHeaders } from '../support/browser';
import { root } from '../support/article';
import { BASE_DIST } from '../support/build-base';
import { assertBuilt, distDir, distFiles, loadPage } from '../support/dist';

assertBuilt();
const pages = distFiles().filter((f) => f.endsWith('.html'));
/** The sources of one directive in a policy string, read as CSP reads it: directives split on ';', sources on spaces. */
const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((part) => part.trim().split(/\s+/u))
    .find(([directiveName]) => directiveName === name)
    ?.slice(1) ?? [];
/** Where the test server (as a static host) serves a built page: its folder's path, and the 404 page at any path it has no page for. */
const servedAt = (page: string) => (page === '404.html' ? '/no-such-page/' : `/${page.replace(/index\.html$/u, '')}`);
const metaOf = (page: string, dir = distDir) => String(select('meta[http-equiv="content-security-policy"]', loadPage(page, dir))?.properties.content);
/** The hash sources of one directive, as a browser compares them with an element's hash. */
const hashes = (policy: string, name: string) => directive(policy, name).filter((source) => source.startsWith("'sha256-"));
/**
 * What a page must allow: the SHA-256 of each inline script a browser runs (every one without src but JSON-LD, the
 * only data block these pages carry) and of each <style>, hashed as a browser hashes it: the exact text between the
 * tags, as UTF-8.
 */
function ownHashes(page: string, dir = distDir): Record<'script-src' | 'style-src', string[]> {
  const tree = loadPage(page, dir);
  const hash = (element: Parameters<typeof toString>[0]) => `'sha256-${createHash('sha256').update(toString(element), 'utf8').digest('base64')}'`;
  return {
    'script-src': selectAll('script:not([src]):not([type="application/ld+json"])', tree).map(hash),
    'style-src': selectAll('style', tree).map(hash),
  };
}

describe('security a static host allows', () => {
  test.each(pages)('%s carries a hash-based CSP with no unsafe-inline', (page) => {
    const csp = metaOf(page);
    expect(csp).toMatch(/script-src 'self'[;\s]/u);
    // Every page carries its CSS inline, so every page lists at least one style hash.
    expect(csp).toMatch(/style-src 'self' 'sha256-[\w+/]{43}='/u);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });

  test.each(pages)('%s has no inline event handler, no style attribute, and no inline script but an embed page’s theme script', (page) => {
    const tree = loadPage(page);
    const handlers = selectAll('*', tree).flatMap((el) =>
      Object.keys(el.properties)
        .filter((name) => /^on[A-Z]/u.test(name))
        .map((name) => `${el.tagName}[${name}]`),
    );
    expect(handlers).toEqual([]);
    expect(selectAll('[style]', tree)).toEqual([]);
    // An embed page sets the scheme its host asks for before the first paint, which only a script in the page can do
    // (tests/build/embeds.test.ts checks that script and its hash).
    const inline = selectAll('script:not([src]):not([type="application/ld+json"])', tree);
    expect(inline).toHaveLength(page.startsWith('embed/') ? 1 : 0);
  });

  // Counted by hand in dist/: the article runs no inline script (its one JSON-LD script is data) and carries one
  // <style>; the ledger shows the embed codes' "<script>" as text in a <pre>; an embed page runs its theme script and
  // carries its theme's <style> and the page's.
  test.each([
    ['index.html', 0, 1],
    ['figures/index.html', 0, 1],
    ['404.html', 0, 1],
    ['share/timeline/index.html', 0, 1],
    ['share/chart-deals/index.html', 0, 1],
    ['embed/chart-deals/index.html', 1, 2],
    ['embed/chart-spending/index.html', 1, 2],
  ])('%s: its CSP meta lists exactly %i script hash(es) and %i style hash(es), its own, and nothing of other pages', (page, scripts, styles) => {
    const csp = metaOf(page);
    expect(hashes(csp, 'script-src')).toHaveLength(scripts);
    expect(hashes(csp, 'style-src')).toHaveLength(styles);
    // Astro writes only these two directives in the meta tag, the hashes after 'self'.
    expect(csp).toMatch(/^script-src 'self'( 'sha256-[\w+/]{43}=')*; style-src 'self'( 'sha256-[\w+/]{43}=')+;$/u);
  });

  test.each([...pages.map((page) => [page, 'dist', distDir] as const), ...pages.map((page) => [page, 'dist-base', BASE_DIST] as const)])(
    '%s in %s: every inline script and style is allowed by the page’s meta and by each CSP the server sends at its path',
    (page, _build, dir) => {
      assertBuilt(dir);
      const own = ownHashes(page, dir);
      expect(own['style-src'].length, `${page}: a page with no <style> would make this test vacuous`).toBeGreaterThan(0);
      const header = hostHeaders(dir, servedAt(page))['Content-Security-Policy'];
      expect(header, `${page}: no CSP header at ${servedAt(page)}`).toBeDefined();
      // Two headers reach a browser joined by a comma: two policies, each of which must allow the element.
      for (const policy of [metaOf(page, dir), ...header!.split(',')]) {
        for (const name of ['script-src', 'style-src'] as const) {
          expect(directive(policy, name), `${page} ${name}: ${policy}`).toEqual(expect.arrayContaining(own[name]));
          // A page's own policy lists no other hash; the 404 page answers at any path, under the union (below).
          if (page !== '404.html') expect(new Set(hashes(policy, name)), `${page} ${name}: ${policy}`).toEqual(new Set(own[name]));
        }
      }
    },
  );

  test.each(pages.filter((page) => page !== '404.html'))(
    '%s: the server sends one CSP at its path, the /* one detached, and it is the meta’s plus the site’s base',
    (page) => {
      const header = hostHeaders(distDir, servedAt(page))['Content-Security-Policy']!;
      expect(header).not.toContain(',');
      const meta = metaOf(page);
      for (const name of ['script-src', 'style-src']) expect(directive(header, name), name).toEqual(directive(meta, name));
      expect(header).toMatch(
        /^default-src 'self'; script-src .*; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors /u,
      );
    },
  );

  // The one /* header carried the union of every page's hashes: 1,214 bytes before each page had its own.
  test('the CSP header the article is served with is at most 300 bytes: the base policy and the article’s one style hash', () => {
    const header = hostHeaders(distDir, '/')['Content-Security-Policy']!;
    expect(Buffer.byteLength(header)).toBeLessThanOrEqual(300);
    // Not vacuously short: the base policy and the article's style hash are there.
    expect(header).toMatch(/^default-src 'self'; script-src 'self'; style-src 'self' 'sha256-[\w+/]{43}='; img-src/u);
  });

  // Astro wrote 792 bytes there: the hashes of every page's elements and of its bundled chunks.
  test("the CSP meta tag in the article is at most 150 bytes: 'self' and the article’s one style hash", () => {
    const html = readFileSync(join(distDir, 'index.html'), 'utf8');
    const [tag] = /<meta http-equiv="content-security-policy"[^>]*>/u.exec(html) ?? [''];
    expect(tag).toMatch(/^<meta http-equiv="content-security-policy" content="script-src 'self'; style-src 'self' 'sha256-/u);
    expect(Buffer.byteLength(tag)).toBeLessThanOrEqual(150);
  });

  test('a path no page answers gets the 404 page under the /* policy, which allows every page’s hashes', () => {
    const header = hostHeaders(distDir, '/no-such-page/')['Content-Security-Policy']!;
    expect(header).not.toContain(',');
    const all = pages.flatMap((page) => Object.values(ownHashes(page)).flat());
    expect(all.length).toBeGreaterThan(pages.length);
    expect([...hashes(header, 'script-src'), ...hashes(header, 'style-src')].sort()).toEqual([...new Set(all)].sort());
  });

  test('_headers is within Cloudflare Pages’ documented limits: at most 100 rules, no line over 2,000 characters', () => {
    const lines = readFileSync(join(distDir, '_headers'), 'utf8').split('\n');
    // /*, /embed/* and one rule for each page but the 404 page.
    expect(headerRules(distDir)).toHaveLength(2 + pages.length - 1);
    expect(headerRules(distDir).length).toBeLessThanOrEqual(100);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(2000);
  });

  test.each(pages)('%s: every script and style hash in the page’s CSP is also in the header at its path, so a host enforces the same policy', (page) => {
    const csp = metaOf(page);
    const host = hostHeaders(distDir, servedAt(page))['Content-Security-Policy']!;
    const listed = ['script-src', 'style-src'].flatMap((name) => hashes(csp, name).map((hash) => [name, hash] as const));
    expect(listed.length, page).toBeGreaterThan(0);
    for (const [name, hash] of listed) expect(directive(host, name), `${page} ${name}`).toContain(hash);
  });

  test('every link to another origin, on every page, opens with rel="noopener"', () => {
    const external = pages.flatMap((page) =>
      selectAll('a[href^="http"]', loadPage(page))
        .filter((a) => !String(a.properties.href).startsWith(LOCAL_ORIGIN))
        .map((a) => ({ where: `${page}: ${String(a.properties.href)}`, rel: (a.properties.rel as string[] | undefined) ?? [] })),
    );
    // The source report is linked from the article and the ledger at least.
    expect(external.length).toBeGreaterThanOrEqual(2);
    expect(external.filter((link) => !link.rel.includes('noopener')).map((link) => link.where)).toEqual([]);
  });

  test('_headers gives every path a CSP, a referrer policy, nosniff and a permissions policy', () => {
    const headers = hostHeaders(distDir);
    expect(headers['Content-Security-Policy']).toMatch(/default-src 'self'.*frame-ancestors 'none'/u);
    expect(headers['Content-Security-Policy']).not.toContain('unsafe-inline');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Permissions-Policy']).toContain('camera=()');
    expect(readFileSync(join(distDir, '_headers'), 'utf8')).toContain('/*');
  });

  test('_headers is written by the build, not kept by hand in public/, so its hashes cannot go stale', () => {
    expect(existsSync(join(root, 'public/_headers'))).toBe(false);
    expect(readFileSync(join(distDir, '_headers'), 'utf8')).toMatch(/^# Written by the build/u);
  });
});
