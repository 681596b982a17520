import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { structuredDataTest, type SdttResult, type SdttTest } from 'structured-data-testing-tool';
import { Google, SocialMedia } from 'structured-data-testing-tool/presets';
import { describe, expect, test } from 'vitest';
import { SITE_NAME } from '../../src/consts';
import { LOCAL_ORIGIN } from '../../src/lib/site/deploy-target';
import { readArticle } from '../support/article';
import { assertBuilt, distDir } from '../support/dist';

// structured-data-testing-tool reads the page's JSON-LD, microdata, RDFa and meta tags itself, offline when given HTML.
const root = `${LOCAL_ORIGIN}/`;
assertBuilt();
const article = readFileSync(join(distDir, 'index.html'), 'utf8');
const { frontmatter } = readArticle();

/** Runs the validator; a failed check rejects with the full result, which is what these tests want to read. */
async function validate(html: string, options: Parameters<typeof structuredDataTest>[1]): Promise<SdttResult> {
  try {
    return await structuredDataTest(html, options);
  } catch (error) {
    const failed = error as { type?: string; res?: SdttResult };
    if (failed.type === 'VALIDATION_FAILED' && failed.res) return failed.res;
    throw error;
  }
}

const names = (tests: SdttTest[]) => tests.map((t) => t.test).sort();
// A fresh list each run: the tool appends its own checks to the list it is given.
const ours = (): SdttTest[] => [
  { test: 'AnalysisNewsArticle[0].url', type: 'jsonld', expect: root },
  { test: 'AnalysisNewsArticle[0].image.url', type: 'jsonld', expect: `${root}og.png` },
  { test: 'AnalysisNewsArticle[0].publisher.name', type: 'jsonld', expect: SITE_NAME },
  { test: 'AnalysisNewsArticle[0].publisher.logo.url', type: 'jsonld', expect: `${root}icon-512.png` },
  { test: 'AnalysisNewsArticle[0].isBasedOn.url', type: 'jsonld', expect: frontmatter.source.url },
  { test: 'AnalysisNewsArticle[0].author', type: 'jsonld', expect: false },
  { test: 'AnalysisNewsArticle[0].datePublished', type: 'jsonld', expect: false },
  { test: 'AnalysisNewsArticle[0].dateModified', type: 'jsonld', expect: false },
];

describe('the article’s structured data, checked by structured-data-testing-tool', () => {
  test('it finds one schema, AnalysisNewsArticle, and knows it as a schema.org type', async () => {
    const result = await validate(article, {});
    expect(result.schemas).toEqual(['AnalysisNewsArticle']);
    expect(result.tests.find((t) => t.test === 'AnalysisNewsArticle[0]')?.groups).toContain('Schema.org');
  });

  test('Google’s article checks all pass, the publisher’s logo included, except author and datePublished, which we do not know', async () => {
    const result = await validate(article, { presets: [Google] });
    expect(names(result.failed)).toEqual(['AnalysisNewsArticle[0].author', 'AnalysisNewsArticle[0].datePublished']);
    expect(names(result.passed)).toEqual(
      expect.arrayContaining(['AnalysisNewsArticle[0].publisher.logo', 'AnalysisNewsArticle[0].publisher.logo.url', 'AnalysisNewsArticle[0].image']),
    );
  });

  test('the Open Graph and Twitter card checks all pass', async () => {
    const result = await validate(article, { presets: [SocialMedia] });
    expect(result.passed.length).toBeGreaterThanOrEqual(10);
    expect(names(result.failed)).toEqual([]);
  });

  test('our own facts hold: absolute URLs, this site as publisher, the source as what it is based on, and no author or date', async () => {
    const result = await validate(article, { tests: ours(), auto: false });
    expect(names(result.failed)).toEqual([]);
    expect(result.passed).toHaveLength(ours().length);
  });

  test('as the validator reads it, the image and the logo give their width and height as numbers', async () => {
    const { structuredData } = await validate(article, {});
    const [record] = structuredData.jsonld.AnalysisNewsArticle as { image: Record<string, unknown>; publisher: { logo: Record<string, unknown> } }[];
    expect([record!.image.width, record!.image.height]).toEqual([1200, 630]);
    expect([record!.publisher.logo.width, record!.publisher.logo.height]).toEqual([512, 512]);
  });

  test('the validator does fail a page without the logo or with an invented author, so the passes above mean something', async () => {
    const withoutLogo = article.replace(/,"logo":\{[^}]*\}/u, '');
    expect(withoutLogo).not.toBe(article);
    expect(names((await validate(withoutLogo, { presets: [Google] })).failed)).toContain('AnalysisNewsArticle[0].publisher.logo');
    const withAuthor = article.replace('"headline":', '"author":{"@type":"Person","name":"Someone"},"headline":');
    expect(names((await validate(withAuthor, { tests: ours(), auto: false })).failed)).toEqual(['AnalysisNewsArticle[0].author']);
  });
});
