import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, test } from 'vitest';
import { dedupe } from '../../src/lib/article/dedupe';
import { readArticle, readText } from '../support/article';
import { assertBuilt, distDir } from '../support/dist';

const { frontmatter, body } = readArticle();
const paragraphs = dedupe(readText(`content/${frontmatter.source.file}`)).paragraphs;
// Our section headings, in the order article.md gives them.
const headings = [...body.matchAll(/^## (.+)$/gmu)].map((match) => match[1]!.trim());

// What Firefox's Reader View shows: Readability (the same library, from npm) run on the built page as served.
let extract: { title: string; content: Document; text: string };

beforeAll(() => {
  assertBuilt();
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const result = new Readability(new JSDOM(html, { url: 'https://example.org/' }).window.document).parse();
  if (!result?.content || !result.textContent) throw new Error('Readability found no article on the built page');
  extract = { title: result.title ?? '', content: new JSDOM(result.content).window.document, text: result.textContent };
});

const squash = (text: string) => text.replace(/\s+/gu, ' ').trim();

describe('the article in a reader mode', () => {
  test('keeps our headline as its title', () => {
    expect(extract.title).toBe(frontmatter.headline);
  });

  test('keeps every section heading of the article as a heading, in order', () => {
    const seen = [...extract.content.querySelectorAll('h2')].map((h) => squash(h.textContent ?? ''));
    expect(headings.length).toBeGreaterThanOrEqual(6);
    expect(seen.filter((h) => headings.includes(h))).toEqual(headings);
  });

  test('keeps all 13 paragraphs word for word and in order, with nothing glued to them', () => {
    const seen = [...extract.content.querySelectorAll('p')].map((p) => squash(p.textContent ?? ''));
    expect(seen.filter((p) => paragraphs.includes(p))).toEqual(paragraphs);
    expect(paragraphs).toHaveLength(13);
  });

  test('names Azatutyun (RFE/RL’s Armenian Service) as the source, with a link to the report', () => {
    const credit = [...extract.content.querySelectorAll('p')].find((p) => p.querySelector(`a[href="${frontmatter.source.url}"]`));
    expect(squash(credit?.textContent ?? '')).toContain(`${frontmatter.source.outlet} (${frontmatter.source.publisher})`);
  });

  test('brings little else: what is not the headline, a heading, a paragraph or the credit is at most 15 % of the paragraphs’ length', () => {
    const wanted = [...paragraphs, ...headings];
    const credit = [...extract.content.querySelectorAll('p')].find((p) => p.querySelector(`a[href="${frontmatter.source.url}"]`));
    let rest = squash(extract.text);
    for (const text of [...wanted, squash(credit?.textContent ?? '')]) rest = rest.replace(text, '');
    const restLength = rest.replace(/\s+/gu, '').length;
    const paragraphsLength = paragraphs.join('').replace(/\s+/gu, '').length;
    expect(restLength).toBeLessThanOrEqual(0.15 * paragraphsLength);
  });

  test('carries no control labels or share marks: no pilcrows, no “Link to” or “Copy link” words, no chart tables', () => {
    expect(extract.text).not.toMatch(/¶\s*$|¶ |Link to (section|chart|paragraph)|Copy link|Data, workings and source/mu);
    expect(extract.content.querySelectorAll('table, canvas, button')).toHaveLength(0);
  });
});
