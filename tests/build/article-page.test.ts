import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import { dedupe } from '../../src/lib/article/dedupe';
import anchors from '../../src/data/published-anchors.json' with { type: 'json' };
import { readArticle, readText } from '../support/article';
import { assertBuilt, loadPage } from '../support/dist';

const { frontmatter } = readArticle();
const expected = dedupe(readText(`content/${frontmatter.source.file}`));
let page: ReturnType<typeof loadPage>;
const ids = () => selectAll('[id]', page).map((el) => String(el.properties.id));
// Paragraph text as a reader sees it, without the pilcrow link the site adds.
const paragraphText = (p: Element) =>
  toString({
    ...p,
    children: p.children.filter((c) => !(c.type === 'element' && c.tagName === 'a' && String(c.properties.className).includes('pilcrow'))),
  }).trim();

beforeAll(() => {
  assertBuilt();
  page = loadPage('index.html');
});

describe('the built article page', () => {
  test('every h2 on the page heads a section a reader can share: an id, a self-link, a copy control and a contents entry, in reading order', () => {
    const headings = selectAll('main h2', page);
    const published = anchors['/'].filter((id) => !/^(p|chart)-/u.test(id));
    expect(headings.map((h) => h.properties.id)).toEqual([
      'key-figures',
      'about-this-text',
      ...published.filter((id) => !['key-figures', 'about-this-text'].includes(id)),
    ]);
    expect(selectAll('nav.toc a', page).map((a) => a.properties.href)).toEqual(headings.map((h) => `#${String(h.properties.id)}`));
    for (const wrap of selectAll('main .heading-wrap', page)) {
      const heading = select('h2[id]', wrap);
      const id = String(heading?.properties.id ?? '');
      expect(id, `a heading without an id: ${toString(wrap).slice(0, 40)}`).not.toBe('');
      expect(select(`a.self-link[href="#${id}"]`, wrap)?.properties.ariaLabel).toBe(`Link to section: ${toString(heading!)}`);
      expect(select(`copy-link[data-fragment="${id}"] button`, wrap), `no copy control for #${id}`).toBeTruthy();
    }
    expect(selectAll('main .heading-wrap', page)).toHaveLength(headings.length);
  });

  test('every section is named by its own heading', () => {
    const sections = selectAll('main section', page);
    expect(sections.length).toBe(selectAll('main h2', page).length);
    for (const section of sections) {
      const [labelledBy] = (section.properties.ariaLabelledBy as string[] | undefined) ?? [];
      expect(select(`.heading-wrap > h2[id="${labelledBy}"]`, section), `section labelled by “${labelledBy}” does not hold that heading`).toBeTruthy();
    }
  });

  test('ids are unique', () => {
    const all = ids();
    expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
  });

  test('every in-page link resolves to an element on the page', () => {
    const present = new Set(ids());
    const fragments = selectAll('a[href^="#"]', page).map((a) => decodeURIComponent(String(a.properties.href).slice(1)));
    expect(fragments.length).toBeGreaterThan(20);
    expect(fragments.filter((f) => !present.has(f))).toEqual([]);
  });

  test('each of the 13 paragraphs appears exactly once, in order, with its stable id and pilcrow', () => {
    const rendered = selectAll('section.article-section p[id^="p-"]', page);
    expect(rendered.map(paragraphText)).toEqual(expected.paragraphs);
    rendered.forEach((p, i) => {
      expect(p.properties.id).toBe(`p-${i + 1}`);
      expect(select(`a.pilcrow[href="#p-${i + 1}"]`, p)).toBeTruthy();
    });
    const text = toString(select('main', page)!);
    for (const paragraph of expected.paragraphs) expect(text.split(paragraph).length - 1).toBe(1);
  });

  test('the page reports the received and removed paragraph counts and credits the source', () => {
    const note = toString(select('[data-dedupe-report]', page)!).replace(/\s+/gu, ' ');
    expect(note).toContain(`${expected.received} paragraphs`);
    expect(note).toContain(`${expected.removed.length} of them were an accidental repeat`);
    expect(note).toContain(`leaving ${expected.paragraphs.length} paragraphs`);
    expect(select(`.source-note a[href="${frontmatter.source.url}"]`, page)).toBeTruthy();
  });

  test('the page has one h1, a skip link to main, and headings in order', () => {
    expect(selectAll('h1', page)).toHaveLength(1);
    expect(select('a.skip-link[href="#main"]', page)).toBeTruthy();
    expect(select('main#main', page)).toBeTruthy();
    const levels = selectAll('h1, h2, h3, h4', page).map((h) => Number(h.tagName[1]));
    levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
  });
});

describe('published anchors', () => {
  const pages = [
    { path: '/' as const, file: 'index.html' },
    { path: '/figures/' as const, file: 'figures/index.html' },
  ];
  const idsOf = (file: string) => selectAll('[id]', loadPage(file)).map((el) => String(el.properties.id));

  test.each(pages)('no id published for $path has disappeared from it', ({ path, file }) => {
    const present = new Set(idsOf(file));
    expect(anchors[path].length).toBeGreaterThan(0);
    expect(anchors[path].filter((id) => !present.has(id))).toEqual([]);
  });

  test.each(pages)('every section, paragraph and chart id on $path is in the published list, so its removal would be caught', ({ path, file }) => {
    const shareable = selectAll('main h2[id], section.article-section p[id^="p-"], figure.chart[id], .anchor-alias[id]', loadPage(file)).map((el) =>
      String(el.properties.id),
    );
    expect(shareable.length).toBeGreaterThan(0);
    const listed = new Set<string>(anchors[path]);
    expect(
      shareable.filter((id) => !listed.has(id)),
      'add these ids to src/data/published-anchors.json',
    ).toEqual([]);
  });
});
