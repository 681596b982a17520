import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { LOCAL_ORIGIN } from '../../src/lib/site/deploy-target';
import { hostHeaders } from '../support/browser';
import { assertBuilt, distDir, distFiles, loadPage } from '../support/dist';

assertBuilt();
const pages = distFiles().filter((f) => f.endsWith('.html'));

describe('security a static host allows', () => {
  test.each(pages)('%s carries a hash-based CSP with no unsafe-inline', (page) => {
    const csp = String(select('meta[http-equiv="content-security-policy"]', loadPage(page))?.properties.content ?? '');
    expect(csp).toMatch(/script-src 'self'/u);
    expect(csp).toMatch(/style-src 'self'/u);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });

  test.each(pages)('%s has no inline event handler and no inline script or style to execute', (page) => {
    const tree = loadPage(page);
    const handlers = selectAll('*', tree).flatMap((el) =>
      Object.keys(el.properties)
        .filter((name) => /^on[A-Z]/u.test(name))
        .map((name) => `${el.tagName}[${name}]`),
    );
    expect(handlers).toEqual([]);
    expect(selectAll('script:not([src]):not([type="application/ld+json"]), style, [style]', tree)).toEqual([]);
  });

  test.each(pages)('%s opens every link to another origin with rel="noopener"', (page) => {
    const external = selectAll('a[href^="http"]', loadPage(page)).filter((a) => !String(a.properties.href).startsWith(LOCAL_ORIGIN));
    for (const a of external) expect((a.properties.rel as string[] | undefined) ?? [], String(a.properties.href)).toContain('noopener');
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
});
