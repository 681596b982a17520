import type { Element, ElementContent, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { assertBuilt, distFiles, loadPage } from '../support/dist';

assertBuilt();
const pages = distFiles().filter((f) => f.endsWith('.html'));
const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

/** Links in running text whose first or last letter touches a letter of the text beside them, as "itsfigures" did. */
function gluedLinks(tree: Root): string[] {
  const glued: string[] = [];
  for (const paragraph of selectAll('p, li, td', tree)) {
    const children: ElementContent[] = paragraph.children;
    children.forEach((child, i) => {
      if (child.type !== 'element' || child.tagName !== 'a') return;
      const text = toString(child);
      const before = children[i - 1];
      const after = children[i + 1];
      if (before?.type === 'text' && WORD_END.test(before.value) && WORD_START.test(text)) glued.push(`${before.value.slice(-12)}|${text}`);
      if (after?.type === 'text' && WORD_START.test(after.value) && WORD_END.test(text)) glued.push(`${text}|${after.value.slice(0, 12)}`);
    });
  }
  return glued;
}

describe('text as a reader sees it', () => {
  test.each(pages)('%s: no link in running text is glued to the word before or after it', (page) => {
    const tree = loadPage(page);
    // Guard against a vacuous pass: every page has links in running text.
    expect(selectAll('p a, li a, td a', tree).length).toBeGreaterThan(0);
    expect(gluedLinks(tree)).toEqual([]);
  });

  test('the glue check reports a link glued to the word before it', () => {
    const tree = loadPage('404.html');
    const sentence = selectAll('p', tree).find((p) => toString(p).includes('figures ledger'))!;
    const at = sentence.children.findIndex((c) => c.type === 'element' && c.tagName === 'a');
    const glued: Element = { ...sentence, children: [{ type: 'text', value: 'one article, its' }, sentence.children[at]!] };
    expect(gluedLinks({ type: 'root', children: [glued] })).toEqual(['article, its|figures ledger']);
  });

  test('the 404 page names the ledger and the data with a space before each link', () => {
    const text = selectAll('main p', loadPage('404.html'))
      .map((p) => toString(p).replace(/\s+/gu, ' '))
      .join(' ');
    expect(text).toContain('the site has one article, its figures ledger and its data.');
  });
});

describe('the ledger page’s tables', () => {
  const tables = selectAll('main table', loadPage('figures/index.html'));

  test('there are three tables: stated figures, derived figures and other numbers', () => {
    expect(tables).toHaveLength(3);
  });

  test.each([0, 1, 2])('table %i has a caption, first inside it, that says what its rows are', (index) => {
    const table = tables[index]!;
    const first = table.children.find((c) => c.type === 'element');
    expect(first?.type === 'element' && first.tagName).toBe('caption');
    expect(toString(first!).trim().length).toBeGreaterThan(20);
  });

  test('no two tables share a caption', () => {
    const captions = tables.map((t) => toString(selectAll('caption', t)[0] ?? t).trim());
    expect(new Set(captions).size).toBe(3);
  });
});
