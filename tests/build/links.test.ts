import { describe, expect, test } from 'vitest';
import { assertBuilt, distDir } from '../support/dist';
import { fileFor, hasId, references } from '../support/links';

// The base-path build test runs these same checks with its own site and base.
const site = new URL(process.env.EXPECT_SITE ?? 'http://localhost:4321');
const base = (process.env.EXPECT_BASE ?? '/').replace(/\/?$/u, '/');
assertBuilt();
const refs = references(distDir);
const absolute = (ref: { page: string; url: string }) =>
  new URL(ref.url, new URL(ref.page.replace(/(^|\/)(index\.html|404\.html)$/u, '$1'), new URL(base, site)));

describe('links and assets in every built page', () => {
  test('every page is checked', () => {
    expect(new Set(refs.map((r) => r.page))).toEqual(new Set(['index.html', 'figures/index.html', '404.html']));
  });

  test('every internal link, asset and fragment resolves to a built file and an element', () => {
    const broken: string[] = [];
    for (const ref of refs) {
      const url = absolute(ref);
      if (url.origin !== site.origin) continue;
      const file = fileFor(distDir, base, url.pathname);
      if (!file) broken.push(`${ref.page}: "${ref.url}" has no file`);
      else if (url.hash && file.endsWith('.html') && !hasId(distDir, file, decodeURIComponent(url.hash.slice(1))))
        broken.push(`${ref.page}: "${ref.url}" has no element #${url.hash.slice(1)}`);
    }
    expect(broken).toEqual([]);
  });

  test('no page loads anything from another origin', () => {
    expect(refs.filter((r) => r.kind === 'load' && absolute(r).origin !== site.origin)).toEqual([]);
  });

  test('canonical, og:url and og:image are absolute addresses on the site, under its base', () => {
    const own = refs.filter((r) => /^https?:/u.test(r.url) && absolute(r).origin === site.origin);
    expect(own.length).toBeGreaterThanOrEqual(9);
    for (const ref of own) expect(ref.url.startsWith(new URL(base, site).href), ref.url).toBe(true);
  });
});
