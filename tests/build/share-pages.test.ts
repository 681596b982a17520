import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { LOCAL_ORIGIN } from '../../src/lib/site/deploy-target';
import { assertBuilt, distDir, loadPage } from '../support/dist';
import { countColour, decodePng } from '../support/pixels';

assertBuilt();
const root = `${LOCAL_ORIGIN}/`;
const article = loadPage('index.html');
const meta = (tree: ReturnType<typeof loadPage>, key: string) => String(select(`meta[property="${key}"], meta[name="${key}"]`, tree)?.properties.content ?? '');
const text = (tree: Parameters<typeof toString>[0] | undefined) => (tree ? toString(tree).replace(/\s+/gu, ' ').trim() : '');

// What the built article offers to share, read from the article page itself: each section's heading and first
// paragraph, each chart's title and takeaway, and the old ids kept beside them.
const sections = selectAll('main h2[id]', article).map((h2) => {
  const id = String(h2.properties.id);
  // The article's own sections are summed up in the source's words; ours (key figures, about, timeline) in their own.
  const section = select(`section.article-section:has(h2[id="${id}"])`, article);
  return { id, live: id, title: text(h2), kind: 'section', words: text(select('p', section ?? { type: 'root', children: [] })) };
});
const charts = selectAll('figure.chart', article).map((figure) => {
  const id = String(figure.properties.id);
  return { id, live: id, title: text(select('.chart-title', figure)), kind: 'chart', words: text(select('.takeaway', figure)) };
});
const aliases = [...sections, ...charts].flatMap((part) => {
  const holder = part.kind === 'chart' ? select(`figure.chart[id="${part.id}"]`, article) : select(`.heading-wrap:has(> h2[id="${part.id}"])`, article);
  return selectAll('.anchor-alias[id]', holder!).map((span) => ({ ...part, id: String(span.properties.id) }));
});
const parts = [...sections, ...charts, ...aliases];

describe('share pages', () => {
  test('there is one for every section, chart and old id on the article, and no other', () => {
    expect(sections.length).toBeGreaterThanOrEqual(11);
    expect(charts.length).toBeGreaterThanOrEqual(3);
    expect(aliases.map((a) => [a.id, a.live])).toEqual([['chart-known', 'chart-deals']]);
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
    expect(description.length).toBeGreaterThanOrEqual(50);
    expect(description.length).toBeLessThanOrEqual(160);
    if (part.words) expect(part.words.startsWith(description.replace(/…$/u, '')), description).toBe(true);
    else expect(meta(page, 'og:image:alt')).toContain(description.replace(/…$/u, ''));
    expect(meta(page, 'og:description')).toBe(description);
    expect(select('link[rel="canonical"]', page)?.properties.href).toBe(url);
    expect(meta(page, 'og:url')).toBe(url);
    expect(meta(page, 'robots')).toBe('noindex');
    // An old id shows its live part's card: one image a part.
    expect(meta(page, 'og:image')).toBe(`${root}share/${part.live}.png`);
    expect(meta(page, 'twitter:image')).toBe(`${root}share/${part.live}.png`);
    expect([meta(page, 'og:image:width'), meta(page, 'og:image:height')]).toEqual(['1200', '630']);
    expect(meta(page, 'og:image:alt')).toContain(part.kind === 'chart' ? part.title.slice(0, 20) : part.title);
    expect(meta(page, 'twitter:card')).toBe('summary_large_image');
    // Without JavaScript, a refresh at once, and a link for anyone it does not move.
    expect(select('meta[http-equiv="refresh"]', page)?.properties.content).toBe(`0; url=/#${part.id}`);
    expect(select(`main a[href="/#${part.id}"]`, page)).toBeTruthy();
    expect(selectAll('script[src]', page)).toEqual([]);
  });
});

describe('share cards', () => {
  const live = [...sections, ...charts];
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
    const spec = JSON.parse(String(select(`figure.chart#${id} canvas`, article)?.properties.dataChart)) as { derived: boolean[] };
    // Below the title and above the footer: the site's name above is drawn in the accent colour too.
    const plot = { x: 0, y: 150, width: 1200, height: 395 };
    const colours = [...new Set(spec.derived.map((derived) => (derived ? '#e69f00' : '#56b4e9')))];
    expect(colours.length).toBeGreaterThan(0);
    for (const colour of colours) expect(countColour(image, colour, plot), colour).toBeGreaterThan(300);
  });
});

describe('the article’s copy controls', () => {
  test('every section and chart offers its share page, which exists', () => {
    const controls = selectAll('main copy-link[data-fragment]', article);
    expect(controls.length).toBe(sections.length + charts.length);
    for (const control of controls) {
      const id = String(control.properties.dataFragment);
      expect(control.properties.dataShare, id).toBe(`/share/${id}/`);
      expect(existsSync(join(distDir, `share/${id}/index.html`)), id).toBe(true);
    }
  });
});
