import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@retorquere/bibtex-parser';
import type { Root } from 'hast';
import { beforeAll, describe, expect, test } from 'vitest';
import { LOCAL_ORIGIN } from '../../src/lib/site/deploy-target';
import { assertBuilt, distDir, loadPage } from '../support/dist';
import { select, selectAll, toString } from '../support/hast';

// Everything expected here is written out by hand from the article's frontmatter and the charts' titles as a reader
// sees them; nothing is read from the code that builds the page.
const root = `${LOCAL_ORIGIN}/`;
const headline = 'Russia’s arms trade with Azerbaijan, figure by figure';
const sourceSentence = 'Source report: Azatutyun (RFE/RL’s Armenian Service), https://azatutyun.am/a/25075315.html.';
const sourceNote = '  note = {Source report: Azatutyun (RFE/RL’s Armenian Service), \\url{https://azatutyun.am/a/25075315.html}}';
const charts = [
  { id: 'chart-deals', title: 'What the $4 billion is made of' },
  { id: 'chart-mi35', title: 'The Mi-35 deal: 24 gunships at $15 million each' },
  { id: 'chart-spending', title: 'Military spending over Aliyev’s decade: almost 30 times higher' },
];

let page: Root;
let html: string;

beforeAll(() => {
  assertBuilt();
  page = loadPage('index.html');
  html = readFileSync(join(distDir, 'index.html'), 'utf8');
});

const text = (selector: string, scope: Root | ReturnType<typeof select> = page) => {
  const found = scope ? select(selector, scope) : undefined;
  if (!found) throw new Error(`nothing on the page matches "${selector}"`);
  return toString(found);
};

describe('the citation_* tags that Google Scholar and Zotero read', () => {
  test('the head gives the headline, this site as publisher, the article’s URL and its language, and no other citation tag', () => {
    const tags = selectAll('meta[name^="citation_"]', page).map((meta) => [meta.properties.name, meta.properties.content]);
    expect(tags).toEqual([
      ['citation_title', headline],
      ['citation_publisher', 'Arms to Baku, checked'],
      ['citation_public_url', root],
      ['citation_language', 'en'],
    ]);
    expect(selectAll('head meta[name^="citation_"]', page)).toHaveLength(4);
  });

  test('no tag names an author or gives a date: the source’s byline and date are unknown, and the talks’ date is no publication date', () => {
    const names = selectAll('meta[name]', page).map((meta) => String(meta.properties.name));
    expect(names.filter((name) => /^citation_(author|authors|date|publication_date|online_date|cover_date|year)$/u.test(name))).toEqual([]);
    expect(selectAll('meta[name="author"], meta[property="article:author"], meta[property="article:published_time"]', page)).toEqual([]);
  });

  test('nothing on the page has the class “byline” or “vcard”, from which Zotero guesses an author when no tag names one', () => {
    expect(selectAll('.byline, .vcard', page)).toEqual([]);
  });
});

describe('“Cite this”: the analysis, in the note on where the text comes from', () => {
  test('the note holds the analysis’s citation as a sentence, folded under “Cite this analysis”', () => {
    const block = select('#about-this-text ~ * details.cite-this, .source-note details.cite-this', page);
    expect(block).toBeTruthy();
    expect(text('summary', block)).toBe('Cite this analysis');
    expect(text('#cite-analysis-text')).toBe(`“${headline}.” Arms to Baku, checked. ${root}. ${sourceSentence}`);
  });

  test('and as BibTeX, once, in a <pre>', () => {
    expect(select('pre#cite-analysis-bibtex', page)).toBeTruthy();
    expect(text('#cite-analysis-bibtex')).toBe(
      ['@misc{arms-to-baku-checked,', `  title = {{${headline}}},`, '  organization = {{Arms to Baku, checked}},', `  url = {${root}},`, sourceNote, '}'].join(
        '\n',
      ),
    );
  });
});

describe('“Cite this”: each chart, in its evidence panel', () => {
  test.each(charts)('$id: its panel cites it by its title and its own URL, as a sentence and as BibTeX', ({ id, title }) => {
    const panel = select(`figure.chart#${id} details.chart-details`, page);
    expect(panel, `the evidence panel of ${id}`).toBeTruthy();
    expect(selectAll('.cite-this', panel!)).toHaveLength(1);
    expect(text('.cite-label', panel)).toBe('Cite this chart');
    expect(text(`#cite-${id}-text`, panel)).toBe(`“${title}.” Chart in “${headline}.” Arms to Baku, checked. ${root}#${id}. ${sourceSentence}`);
    const bibtex = text(`pre#cite-${id}-bibtex`, panel);
    expect(bibtex).toContain(`@misc{arms-to-baku-checked-${id},\n`);
    expect(bibtex).toContain(`  url = {${root}#${id}},\n`);
  });

  test('chart-mi35: its BibTeX, written out whole, with the dollar sign escaped', () => {
    expect(text('#cite-chart-mi35-bibtex')).toBe(
      [
        '@misc{arms-to-baku-checked-chart-mi35,',
        '  title = {{The Mi-35 deal: 24 gunships at \\$15 million each}},',
        `  howpublished = {Chart in “${headline}”},`,
        '  organization = {{Arms to Baku, checked}},',
        `  url = {${root}#chart-mi35},`,
        sourceNote,
        '}',
      ].join('\n'),
    );
  });
});

describe('“Cite this”: lean, copyable, and real BibTeX', () => {
  const blocks = ['cite-analysis', ...charts.map(({ id }) => `cite-${id}`)];

  test.each(blocks)('%s: its two copy buttons copy the sentence and the BibTeX shown, which the page carries once each', (block) => {
    const sources = selectAll(`copy-link[data-text-from^="${block}-"]`, page).map((el) => String(el.properties.dataTextFrom));
    expect(sources).toEqual([`${block}-text`, `${block}-bibtex`]);
    for (const id of sources) expect(selectAll(`[id="${id}"]`, page)).toHaveLength(1);
    const key = text(`#${block}-bibtex`).split('\n')[0]!;
    expect(html.split(key)).toHaveLength(2);
    expect(selectAll(`copy-link[data-text-from^="${block}-"] button[hidden]`, page)).toHaveLength(2);
  });

  test('every copy button that copies a citation names what it copies, for a screen reader too', () => {
    const names = selectAll('.cite-this copy-link button', page).map((button) => toString(button));
    expect(names).toEqual([
      'Copy citation for this analysis',
      'Copy BibTeX for this analysis',
      ...charts.flatMap(({ title }) => [`Copy citation for the chart “${title}”`, `Copy BibTeX for the chart “${title}”`]),
    ]);
  });

  test('every BibTeX entry on the page reads through a BibTeX parser: four entries, four keys, and no author or date field', () => {
    const bibtex = selectAll('pre[id$="-bibtex"]', page)
      .map((pre) => toString(pre))
      .join('\n\n');
    const library = parse(bibtex);
    expect(library.errors).toEqual([]);
    expect(library.entries.map((entry) => entry.key)).toEqual(['arms-to-baku-checked', ...charts.map(({ id }) => `arms-to-baku-checked-${id}`)]);
    expect(library.entries.map((entry) => entry.fields.title)).toEqual([headline, ...charts.map(({ title }) => title)]);
    for (const entry of library.entries) {
      expect(Object.keys(entry.fields).filter((field) => /author|editor|year|date|month/u.test(field))).toEqual([]);
    }
  });
});
