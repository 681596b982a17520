import { describe, expect, test } from 'vitest';
import { assertBuilt, distDir } from '../support/dist';
import { LOCAL_ORIGIN } from '../../src/lib/site/deploy-target';
import { absoluteUrl, brokenReferences, references } from '../support/links';

// The default build; variants.test.ts runs the same reference check on a build under a base path.
const site = new URL(LOCAL_ORIGIN);
const base = '/';
assertBuilt();
const refs = references(distDir);
const absolute = (ref: { page: string; url: string }) => absoluteUrl(ref, new URL(base, site).href);

describe('links and assets in every built page', () => {
  test('every page is checked: the article, the ledger, the 404 page, every share page and every embed page', () => {
    const pages = new Set(refs.map((r) => r.page));
    for (const page of [
      'index.html',
      'figures/index.html',
      '404.html',
      'share/alarm-in-armenia/index.html',
      'share/chart-known/index.html',
      'embed/chart-mi35/index.html',
    ])
      expect(pages).toContain(page);
    expect([...pages].filter((page) => !/^(index|404|figures\/index|(share|embed)\/[\w-]+\/index)\.html$/u.test(page))).toEqual([]);
  });

  test('every internal link, asset and fragment resolves to a built file and an element', () => {
    expect(brokenReferences(distDir, site.href, base)).toEqual([]);
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
