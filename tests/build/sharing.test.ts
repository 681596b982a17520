import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { LOCAL_ORIGIN } from '../../src/lib/site/deploy-target';
import { readArticle } from '../support/article';
import { assertBuilt, distDir, loadPage } from '../support/dist';
import { countColour, decodePng } from '../support/pixels';

const site = LOCAL_ORIGIN;
const base = '/';
const root = `${site}${base}`;
assertBuilt();
const meta = (tree: ReturnType<typeof loadPage>, key: string) => String(select(`meta[property="${key}"], meta[name="${key}"]`, tree)?.properties.content ?? '');

describe.each([
  { page: 'index.html', url: root },
  { page: 'figures/index.html', url: `${root}figures/` },
])('$page shares well', ({ page, url }) => {
  const tree = loadPage(page);

  test('it has a title, a 50 to 160 character description and an absolute canonical URL', () => {
    expect(toString(select('title', tree)!).length).toBeGreaterThan(10);
    const description = meta(tree, 'description');
    expect(description.length).toBeGreaterThanOrEqual(50);
    expect(description.length).toBeLessThanOrEqual(160);
    expect(select('link[rel="canonical"]', tree)?.properties.href).toBe(url);
  });

  test('it has Open Graph and Twitter card tags with the 1200 × 630 share image', () => {
    expect(meta(tree, 'og:type')).toBe('article');
    expect(meta(tree, 'og:title')).not.toBe('');
    expect(meta(tree, 'og:description')).toBe(meta(tree, 'description'));
    expect(meta(tree, 'og:url')).toBe(url);
    expect(meta(tree, 'og:image')).toBe(`${root}og.png`);
    expect([meta(tree, 'og:image:width'), meta(tree, 'og:image:height')]).toEqual(['1200', '630']);
    expect(meta(tree, 'og:image:alt').length).toBeGreaterThan(20);
    expect(meta(tree, 'twitter:card')).toBe('summary_large_image');
  });
});

describe('the share image', () => {
  const png = readFileSync(join(distDir, 'og.png'));

  test('is a 1200 × 630 PNG', () => {
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  test('nothing runs into its margins: below the accent rule, the 64 px at each side are its dark background alone', () => {
    const image = decodePng(png);
    for (const x0 of [0, 1200 - 64]) {
      const box = { x: x0, y: 12, width: 64, height: 630 - 12 };
      expect(countColour(image, '#15171a', box, 0), `margin at x ${x0}`).toBe(box.width * box.height);
    }
  });

  test('its alt text states the headline figure as the article words it', () => {
    // “is measured at $4 billion”, paragraph 2: written out here rather than formatted by the code under test.
    expect(meta(loadPage('index.html'), 'og:image:alt')).toContain('$4 billion, Russian–Azerbaijani military-technical cooperation');
  });
});

describe('structured data', () => {
  /** A page's JSON-LD records, each script's parsed, in the page's order. */
  const records = (page: string) => selectAll('script[type="application/ld+json"]', loadPage(page)).map((script) => JSON.parse(toString(script)) as unknown);
  const types = (page: string) => records(page).map((record) => (record as { '@type': string })['@type']);

  test('the article page has one record, the AnalysisNewsArticle; the Dataset of the downloads is on the ledger, which lists them', () => {
    expect(types('index.html')).toEqual(['AnalysisNewsArticle']);
    expect(types('figures/index.html')).toEqual(['Dataset']);
  });

  test('the article page has one AnalysisNewsArticle based on the source and published by this site', () => {
    const data = records('index.html')[0] as Record<string, unknown> & {
      isBasedOn: { url: string };
      about: { '@type': string }[];
      publisher: { name: string };
    };
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('AnalysisNewsArticle');
    expect(data.isBasedOn.url).toBe(readArticle().frontmatter.source.url);
    expect(data.about.map((a) => a['@type'])).toContain('Event');
    expect(data.publisher.name).not.toBe('');
    expect(data).not.toHaveProperty('author');
    expect(data).not.toHaveProperty('datePublished');
  });
});

describe('crawling', () => {
  test('robots.txt names the sitemap, which lists the article and the ledger but not the 404 page', () => {
    expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${root}sitemap-index.xml`);
    const urls = [...readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1]);
    expect(urls).toEqual([root, `${root}figures/`]);
  });

  test('the 404 page links back to every section of the article and is kept out of search', () => {
    const tree = loadPage('404.html');
    expect(meta(tree, 'robots')).toBe('noindex');
    const sections = selectAll('section.article-section h2[id]', loadPage('index.html')).map((h2) => String(h2.properties.id));
    expect(sections.length).toBeGreaterThanOrEqual(6);
    expect(sections.filter((id) => !select(`a[href="${base}#${id}"]`, tree))).toEqual([]);
  });
});
