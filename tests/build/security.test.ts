import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { LOCAL_ORIGIN } from '../../src/lib/site/deploy-target';
import { hostHeaders } from '../support/browser';
import { root } from '../support/article';
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

describe('security a static host allows', () => {
  test.each(pages)('%s carries a hash-based CSP with no unsafe-inline', (page) => {
    const csp = String(select('meta[http-equiv="content-security-policy"]', loadPage(page))?.properties.content ?? '');
    expect(csp).toMatch(/script-src 'self' 'sha256-[\w+/]{43}='/u);
    expect(csp).toMatch(/style-src 'self'/u);
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

  test.each(pages)('%s: each inline <style> is allowed by its SHA-256 in the page’s CSP and in _headers', (page) => {
    const tree = loadPage(page);
    const styles = selectAll('style', tree);
    expect(styles.length).toBeGreaterThan(0);
    const meta = directive(String(select('meta[http-equiv="content-security-policy"]', tree)?.properties.content), 'style-src');
    const host = directive(hostHeaders(distDir)['Content-Security-Policy']!, 'style-src');
    for (const style of styles) {
      // Hashed as the browser hashes it: the exact text between the tags, as UTF-8.
      const hash = `'sha256-${createHash('sha256').update(toString(style), 'utf8').digest('base64')}'`;
      expect(meta, `${page}: page CSP`).toContain(hash);
      expect(host, `${page}: _headers`).toContain(hash);
    }
  });

  test.each(pages)('%s: every script and style hash in the page’s CSP is also in _headers, so a host enforces the same policy', (page) => {
    const csp = String(select('meta[http-equiv="content-security-policy"]', loadPage(page))?.properties.content);
    const host = hostHeaders(distDir)['Content-Security-Policy']!;
    for (const name of ['script-src', 'style-src']) {
      const hashes = directive(csp, name).filter((source) => source.startsWith("'sha256-"));
      expect(hashes.length, `${page} ${name}`).toBeGreaterThan(0);
      expect(directive(host, name)).toEqual(expect.arrayContaining(hashes));
    }
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
