import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { LOCAL_ORIGIN } from '../../src/lib/site/deploy-target';
import { assertBuilt, distDir, loadPage } from '../support/dist';
import { CHARTS_BY_HAND } from '../support/figures-by-hand';
import { countColour, decodePng } from '../support/pixels';
import { DESCRIPTION_LIMIT, SHARE_PAGES_BY_HAND } from '../support/share-pages-by-hand';

assertBuilt();
const root = `${LOCAL_ORIGIN}/`;
const article = loadPage('index.html');
const meta = (tree: ReturnType<typeof loadPage>, key: string) => String(select(`meta[property="${key}"], meta[name="${key}"]`, tree)?.properties.content ?? '');
const text = (tree: Parameters<typeof toString>[0] | undefined) => (tree ? toString(tree).replace(/\s+/gu, ' ').trim() : '');

// What each share page must say is written by hand (tests/support/share-pages-by-hand.ts), never read from the build.
const parts = SHARE_PAGES_BY_HAND;
const live = parts.filter((part) => part.id === part.live);
const charts = live.filter((part) => part.kind === 'chart');

// A description is the part's words whole or, when they run past the limit, as many whole words as fit with "…".
function expectCutFrom(description: string, words: string): void {
  if (words.length <= DESCRIPTION_LIMIT) {
    expect(description).toBe(words);
    return;
  }
  expect(description.endsWith('…'), description).toBe(true);
  expect(description.length).toBeLessThanOrEqual(DESCRIPTION_LIMIT);
  const kept = description.slice(0, -1);
  expect(words.startsWith(`${kept} `), `${description} is not the start of “${words}” cut at a word`).toBe(true);
  const next = words.slice(kept.length + 1).split(' ')[0];
  expect(`${kept} ${next}…`.length, `“${next}” would have fitted`).toBeGreaterThan(DESCRIPTION_LIMIT);
}

describe('share pages', () => {
  test('there is one for every section, chart and old id on the article, and no other', () => {
    expect(parts.filter((part) => part.id !== part.live).map((a) => [a.id, a.live])).toEqual([['chart-known', 'chart-deals']]);
    const built = readdirSync(join(distDir, 'share'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(built.map((entry) => entry.name).sort()).toEqual(parts.map((part) => part.id).sort());
  });

  test.each(parts)('/share/$id/ carries its $kind’s own card, is kept out of search and sends readers on to #$id at once', (part) => {
    const page = loadPage(`share/${part.id}/index.html`);
    const url = `${root}share/${part.id}/`;
    expect(text(select('title', page))).toBe(`${part.title} · Arms to Baku, checked`);
    expect(meta(page, 'og:title')).toBe(part.title);
    // The description is the part's own words: a section's first sentence, a chart's takeaway, shortened at a word if need be.
    const description = meta(page, 'description');
    expectCutFrom(description, part.words);
    expect(meta(page, 'og:description')).toBe(description);
    expect(select('link[rel="canonical"]', page)?.properties.href).toBe(url);
    expect(meta(page, 'og:url')).toBe(url);
    expect(meta(page, 'robots')).toBe('noindex');
    // An old id shows its live part's card: one image a part.
    expect(meta(page, 'og:image')).toBe(`${root}share/${part.live}.png`);
    expect(meta(page, 'twitter:image')).toBe(`${root}share/${part.live}.png`);
    expect([meta(page, 'og:image:width'), meta(page, 'og:image:height')]).toEqual(['1200', '630']);
    // The card's alt text names the part: a section's starts with its heading, a chart's holds its title.
    if (part.kind === 'chart') expect(meta(page, 'og:image:alt')).toContain(part.title);
    else expect(meta(page, 'og:image:alt').startsWith(`${part.title}. `), meta(page, 'og:image:alt')).toBe(true);
    expect(meta(page, 'twitter:card')).toBe('summary_large_image');
    // Without JavaScript, a refresh at once, and a link for anyone it does not move.
    expect(select('meta[http-equiv="refresh"]', page)?.properties.content).toBe(`0; url=/#${part.id}`);
    expect(select(`main a[href="/#${part.id}"]`, page)).toBeTruthy();
    expect(selectAll('script[src]', page)).toEqual([]);
  });
});

describe('share cards', () => {
  const cards = new Map(live.map((part) => [part.id, readFileSync(join(distDir, `share/${part.id}.png`))]));

  test.each(live)('the card of $id is a 1200 × 630 PNG in the card’s frame, with its words drawn', ({ id }) => {
    const image = decodePng(cards.get(id)!);
    expect([image.width, image.height]).toEqual([1200, 630]);
    // The accent bar over the dark ground, and white words on it.
    expect(image.at(600, 4).slice(0, 3)).toEqual([0xe6, 0x9f, 0x00]);
    expect(image.at(20, 300).slice(0, 3)).toEqual([0x15, 0x17, 0x1a]);
    expect(countColour(image, '#ffffff', undefined, 8)).toBeGreaterThan(2000);
  });

  test('every part has a card of its own: no two are the same image', () => {
    const digests = [...cards.values()].map((png) => createHash('sha256').update(png).digest('hex'));
    expect(new Set(digests).size).toBe(live.length);
  });

  test.each(charts)('the card of $id draws the chart itself, each kind of part in the dark scheme’s colour', ({ id }) => {
    const image = decodePng(cards.get(id)!);
    // Below the title and above the footer: the site's name above is drawn in the accent colour too.
    const plot = { x: 0, y: 150, width: 1200, height: 395 };
    const colours = [...new Set(CHARTS_BY_HAND[id]!.parts.map((part) => (part.hatched ? '#e69f00' : '#56b4e9')))];
    expect(colours.length).toBeGreaterThan(0);
    for (const colour of colours) expect(countColour(image, colour, plot), colour).toBeGreaterThan(300);
  });
});

describe('the article’s copy controls', () => {
  test('every section and chart offers its share page, which exists', () => {
    const controls = selectAll('main copy-link[data-fragment]', article);
    expect(controls.map((control) => String(control.properties.dataFragment)).sort()).toEqual(live.map((part) => part.id).sort());
    for (const control of controls) {
      const id = String(control.properties.dataFragment);
      expect(control.properties.dataShare, id).toBe(`/share/${id}/`);
      expect(existsSync(join(distDir, `share/${id}/index.html`)), id).toBe(true);
    }
  });
});
