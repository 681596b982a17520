import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import { dedupe } from '../../src/lib/article/dedupe';
import anchors from './published-anchors.json' with { type: 'json' };
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
  test('every section has an id, a self-link to it, a copy button and an entry in the table of contents', () => {
    const sections = selectAll('section.article-section', page);
    expect(sections.length).toBeGreaterThanOrEqual(6);
    for (const section of sections) {
      const heading = select('h2[id]', section);
      const id = String(heading?.properties.id ?? '');
      expect(id, `section ${toString(section).slice(0, 40)} has no heading id`).not.toBe('');
      expect(section.properties.ariaLabelledBy).toEqual([id]);
      const selfLink = select(`a.self-link[href="#${id}"]`, section);
      expect(toString(selfLink!)).toContain(`Link to section: ${toString(heading!)}`);
      expect(select(`copy-link[data-fragment="${id}"] button`, section)).toBeTruthy();
      expect(select(`nav.toc a[href="#${id}"]`, page), `no table-of-contents entry for #${id}`).toBeTruthy();
    }
    expect(selectAll('nav.toc a', page)).toHaveLength(sections.length);
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
  test('no published id has disappeared from the page', () => {
    const present = new Set(ids());
    expect(anchors['/'].filter((id) => !present.has(id))).toEqual([]);
  });

  test('every section, paragraph and chart id on the page is in the published list, so its removal would be caught', () => {
    const shareable = selectAll('section.article-section h2[id], section.article-section p[id^="p-"], figure.chart[id], .anchor-alias[id]', page).map((el) =>
      String(el.properties.id),
    );
    const listed = new Set<string>(anchors['/']);
    expect(
      shareable.filter((id) => !listed.has(id)),
      'add these ids to tests/build/published-anchors.json',
    ).toEqual([]);
  });
});
