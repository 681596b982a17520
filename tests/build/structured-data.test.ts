import { readdirSync, readFileSync } from 'node:fs';
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
// The Dataset is described on the ledger, the page its url names and the one that lists every download.
const ledger = readFileSync(join(distDir, 'figures/index.html'), 'utf8');
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
  test('it finds one schema on the article, AnalysisNewsArticle, and one on the ledger, Dataset, and knows both as schema.org types', async () => {
    const result = await validate(article, {});
    expect(result.schemas).toEqual(['AnalysisNewsArticle']);
    expect(result.tests.find((t) => t.test === 'AnalysisNewsArticle[0]')?.groups).toContain('Schema.org');
    const onLedger = await validate(ledger, {});
    expect(onLedger.schemas).toEqual(['Dataset']);
    expect(onLedger.tests.find((t) => t.test === 'Dataset[0]')?.groups).toContain('Schema.org');
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

// The downloads as the build wrote them, named by hand so a file that disappears fails here too.
const dataFiles = readdirSync(join(distDir, 'data')).sort();
const downloads = [
  { file: 'figures.csv', name: 'All figures (CSV)', format: 'text/csv' },
  { file: 'figures.json', name: 'Figures, claims and events (JSON)', format: 'application/json' },
  { file: 'chart-deals.csv', name: 'What the $4 billion is made of (CSV)', format: 'text/csv' },
  { file: 'chart-mi35.csv', name: 'The Mi-35 deal: 24 gunships at $15 million each (CSV)', format: 'text/csv' },
  { file: 'chart-spending.csv', name: 'Military spending over Aliyev’s decade: almost 30 times higher (CSV)', format: 'text/csv' },
];

// structured-data-testing-tool has no Dataset preset: these are Google Dataset Search's required properties (name,
// description) and the recommended ones we can state truly, in its test format; the license we cannot.
const datasetChecks = (): SdttTest[] => [
  { test: 'Dataset[0].name', type: 'jsonld', expect: 'The figures of the Azatutyun report on Russian arms sales to Azerbaijan, checked' },
  {
    test: 'Dataset[0].description',
    type: 'jsonld',
    expect:
      'Every figure the report states, with its words and paragraph, and every figure we derive from them, with its formula (CSV); the same with the report’s other numbers and its dated events (JSON); and the table of each chart (CSV).',
  },
  { test: 'Dataset[0].url', type: 'jsonld', expect: `${root}figures/` },
  { test: 'Dataset[0].inLanguage', type: 'jsonld', expect: 'en' },
  { test: 'Dataset[0].creator.name', type: 'jsonld', expect: SITE_NAME },
  { test: 'Dataset[0].creator.url', type: 'jsonld', expect: root },
  { test: 'Dataset[0].isBasedOn.url', type: 'jsonld', expect: frontmatter.source.url },
  { test: 'Dataset[0].isBasedOn.publisher.name', type: 'jsonld', expect: 'Azatutyun (RFE/RL’s Armenian Service)' },
  ...downloads.flatMap(({ file, name, format }, i) => [
    { test: `Dataset[0].distribution[${i}].contentUrl`, type: 'jsonld' as const, expect: `${root}data/${file}` },
    { test: `Dataset[0].distribution[${i}].encodingFormat`, type: 'jsonld' as const, expect: format },
    { test: `Dataset[0].distribution[${i}].name`, type: 'jsonld' as const, expect: name },
  ]),
  { test: `Dataset[0].distribution[${downloads.length}]`, type: 'jsonld', expect: false },
  { test: 'Dataset[0].license', type: 'jsonld', expect: false },
  { test: 'Dataset[0].author', type: 'jsonld', expect: false },
  { test: 'Dataset[0].datePublished', type: 'jsonld', expect: false },
  { test: 'Dataset[0].temporalCoverage', type: 'jsonld', expect: false },
];

describe('the downloads as a schema.org Dataset, checked by structured-data-testing-tool', () => {
  test('every file the build wrote under /data/ is one of the downloads named here', () => {
    expect(dataFiles).toEqual(downloads.map((d) => d.file).sort());
  });

  test('the Dataset has its name and description, this site as creator, the source report it is based on, and every file as a DataDownload with its format', async () => {
    const result = await validate(ledger, { tests: datasetChecks(), auto: false });
    expect(names(result.failed)).toEqual([]);
    expect(result.passed).toHaveLength(datasetChecks().length);
  });

  test('as the validator reads it, the Dataset lists exactly the files under dist/data, each an absolute URL on this site', async () => {
    const { structuredData } = await validate(ledger, {});
    const [dataset] = structuredData.jsonld.Dataset as { distribution: { contentUrl: string }[] }[];
    expect(dataset!.distribution.map((d) => d.contentUrl).sort()).toEqual(dataFiles.map((file) => `${root}data/${file}`));
  });

  test('the validator does fail a Dataset that loses a file, names another format or invents a license, so the passes above mean something', async () => {
    const lostFile = ledger.replace(/,\{"@type":"DataDownload","name":"Military spending[^}]*\}/u, '');
    expect(lostFile).not.toBe(ledger);
    expect(names((await validate(lostFile, { tests: datasetChecks(), auto: false })).failed)).toEqual([
      'Dataset[0].distribution[4].contentUrl',
      'Dataset[0].distribution[4].encodingFormat',
      'Dataset[0].distribution[4].name',
    ]);
    const otherFormat = ledger.replace('"encodingFormat":"application/json"', '"encodingFormat":"text/plain"');
    expect(names((await validate(otherFormat, { tests: datasetChecks(), auto: false })).failed)).toEqual(['Dataset[0].distribution[1].encodingFormat']);
    const licensed = ledger.replace('"@type":"Dataset",', '"@type":"Dataset","license":"https://creativecommons.org/licenses/by/4.0/",');
    expect(names((await validate(licensed, { tests: datasetChecks(), auto: false })).failed)).toEqual(['Dataset[0].license']);
  });
});
