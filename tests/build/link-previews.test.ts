import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import metascraper from 'metascraper';
import metascraperAuthor from 'metascraper-author';
import metascraperDate from 'metascraper-date';
import metascraperLogo from 'metascraper-logo';
import ogs from 'open-graph-scraper';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { LOCAL_ORIGIN } from '../../src/lib/site/deploy-target';
import { readArticle } from '../support/article';
import { assertBuilt, distDir, loadPage } from '../support/dist';

// Two of the libraries link-preview services run, fed the built HTML as they would fetch it (nothing goes on the network).
const root = `${LOCAL_ORIGIN}/`;
const scrape = metascraper([metascraperDate({ datePublished: true, dateModified: true }), metascraperAuthor(), metascraperLogo()]);
assertBuilt();
const html = (page: string) => readFileSync(join(distDir, page), 'utf8');
const talks = readArticle().frontmatter.event.date.toISOString().slice(0, 10);
const DATE_FIELD = /date|time/iu;

async function previews(markup: string) {
  const [meta, og] = await Promise.all([scrape({ html: markup, url: root }), ogs({ html: markup })]);
  if (og.error) throw new Error('open-graph-scraper failed on the page');
  return { meta, og: og.result as Record<string, unknown> & typeof og.result };
}

describe.each([
  { page: 'index.html', url: root },
  { page: 'figures/index.html', url: `${root}figures/` },
])('$page as a link preview sees it', ({ page, url }) => {
  test('metascraper finds no publication or modification date and no author', async () => {
    const { meta } = await previews(html(page));
    expect([meta.date, meta.datePublished, meta.dateModified]).toEqual([null, null, null]);
    expect(meta.author).toBeNull();
  });

  test('open-graph-scraper finds no date of any kind', async () => {
    const { og } = await previews(html(page));
    expect(Object.keys(og).filter((key) => DATE_FIELD.test(key))).toEqual([]);
  });

  test('the card has an absolute 1200 × 630 image, the page’s own URL and a raster favicon', async () => {
    const { og } = await previews(html(page));
    expect(og.ogUrl).toBe(url);
    expect(og.ogImage?.map((image) => [image.url, image.width, image.height])).toEqual([[`${root}og.png`, '1200', '630']]);
    expect(og.favicon).toBe('/favicon.ico');
  });
});

describe('the article’s logo and its one date', () => {
  test('metascraper finds the publisher’s logo, the built square icon, as an absolute URL', async () => {
    const { meta } = await previews(html('index.html'));
    expect(meta.logo).toBe(`${root}icon-512.png`);
  });

  test('the talks’ date is still on the page, as the event’s: in the event line and as the Event’s startDate', () => {
    const tree = loadPage('index.html');
    expect(toString(select('.story-header .event', tree)!)).toContain('13 August 2013');
    const data = JSON.parse(toString(select('script[type="application/ld+json"]', tree)!)) as { about: { '@type': string; startDate?: string }[] };
    expect(data.about.filter((thing) => thing['@type'] === 'Event').map((event) => event.startDate)).toEqual([talks]);
  });

  test('no element of the page holds a machine-readable date', () => {
    expect(selectAll('time, [datetime], [itemprop]', loadPage('index.html'))).toEqual([]);
  });

  test('both tools would take a <time datetime> in the event line for the page’s date, so the checks above can fail', async () => {
    const withTime = html('index.html').replace(/(<p class="event"[^>]*>The event: )/u, `$1<time datetime="${talks}">13 August 2013</time> `);
    expect(withTime).not.toBe(html('index.html'));
    const { meta, og } = await previews(withTime);
    expect(meta.date).toBe(`${talks}T00:00:00.000Z`);
    expect(og.ogDate).toBe(talks);
  });
});
