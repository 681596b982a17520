import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, test } from 'vitest';
import { analysisCitation, chartCitation, citationKey, type CitedWork } from '../../../src/lib/cite/citation';

// Fixtures are made inside each test (a function, not a module-level object), so mutation testing can tell which test reaches what.
const work = (edit: Partial<CitedWork> = {}, source: Partial<CitedWork['source']> = {}): CitedWork => ({
  site: 'Arms to Baku, checked',
  title: 'Russia’s arms trade with Azerbaijan, figure by figure',
  url: 'https://example.org/arms/',
  ...edit,
  source: { outlet: 'Azatutyun', publisher: 'RFE/RL’s Armenian Service', url: 'https://azatutyun.am/a/25075315.html', ...source },
});
const mi35 = () => ({ id: 'chart-mi35', title: 'The Mi-35 deal: 24 gunships at $15 million each' });

/** The one entry a BibTeX text holds, as a real BibTeX parser reads it. */
function parsed(bibtex: string) {
  const library = parse(bibtex);
  expect(library.errors).toEqual([]);
  expect(library.entries).toHaveLength(1);
  return library.entries[0]!;
}

describe('analysisCitation', () => {
  test('names our analysis, this site, its URL and the source report, in a sentence and in BibTeX', () => {
    expect(analysisCitation(work())).toEqual({
      key: 'arms-to-baku-checked',
      text: '“Russia’s arms trade with Azerbaijan, figure by figure.” Arms to Baku, checked. https://example.org/arms/. Source report: Azatutyun (RFE/RL’s Armenian Service), https://azatutyun.am/a/25075315.html.',
      bibtex: [
        '@misc{arms-to-baku-checked,',
        '  title = {{Russia’s arms trade with Azerbaijan, figure by figure}},',
        '  organization = {{Arms to Baku, checked}},',
        '  url = {https://example.org/arms/},',
        '  note = {Source report: Azatutyun (RFE/RL’s Armenian Service), \\url{https://azatutyun.am/a/25075315.html}}',
        '}',
      ].join('\n'),
    });
  });

  test('its BibTeX reads back through a BibTeX parser with exactly those fields: no author, no year, no date of any kind', () => {
    const entry = parsed(analysisCitation(work()).bibtex);
    expect(entry.type).toBe('misc');
    expect(entry.key).toBe('arms-to-baku-checked');
    expect(Object.keys(entry.fields).sort()).toEqual(['note', 'organization', 'title', 'url']);
    expect(entry.fields).toMatchObject({
      title: 'Russia’s arms trade with Azerbaijan, figure by figure',
      organization: ['Arms to Baku, checked'],
      url: 'https://example.org/arms/',
    });
  });
});

describe('chartCitation', () => {
  test('names the chart, the analysis it is in, this site, the chart’s own URL and the source report', () => {
    expect(chartCitation(work(), mi35())).toEqual({
      key: 'arms-to-baku-checked-chart-mi35',
      text: '“The Mi-35 deal: 24 gunships at $15 million each.” Chart in “Russia’s arms trade with Azerbaijan, figure by figure.” Arms to Baku, checked. https://example.org/arms/#chart-mi35. Source report: Azatutyun (RFE/RL’s Armenian Service), https://azatutyun.am/a/25075315.html.',
      bibtex: [
        '@misc{arms-to-baku-checked-chart-mi35,',
        '  title = {{The Mi-35 deal: 24 gunships at \\$15 million each}},',
        '  howpublished = {Chart in “Russia’s arms trade with Azerbaijan, figure by figure”},',
        '  organization = {{Arms to Baku, checked}},',
        '  url = {https://example.org/arms/#chart-mi35},',
        '  note = {Source report: Azatutyun (RFE/RL’s Armenian Service), \\url{https://azatutyun.am/a/25075315.html}}',
        '}',
      ].join('\n'),
    });
  });

  test('its BibTeX reads back through a BibTeX parser: the title with its dollar sign, the chart’s URL, and no author or date', () => {
    const entry = parsed(chartCitation(work(), mi35()).bibtex);
    expect(Object.keys(entry.fields).sort()).toEqual(['howpublished', 'note', 'organization', 'title', 'url']);
    expect(entry.fields).toMatchObject({
      title: 'The Mi-35 deal: 24 gunships at $15 million each',
      howpublished: 'Chart in “Russia’s arms trade with Azerbaijan, figure by figure”',
      url: 'https://example.org/arms/#chart-mi35',
    });
  });

  test('replaces any fragment of the article’s URL with the chart’s id', () => {
    expect(chartCitation(work({ url: 'https://example.org/#key-figures' }), mi35()).text).toContain(' https://example.org/#chart-mi35. ');
  });

  test.each([
    ['an ampersand', 'Tanks & gunships', 'Tanks \\& gunships'],
    ['a percent sign', '50% delivered', '50\\% delivered'],
    ['an underscore', 'chart_mi35', 'chart\\_mi35'],
    ['braces', 'A {braced} word', 'A \\textbraceleft{}braced\\textbraceright{} word'],
    ['a hash', 'The #1 buyer', 'The \\#1 buyer'],
    ['a backslash', 'Either\\or', 'Either\\textbackslash{}or'],
  ])('escapes %s in a chart’s title, and a BibTeX parser reads the title back unchanged', (_, title, escaped) => {
    const { bibtex, text } = chartCitation(work(), { id: 'chart-x', title });
    expect(bibtex).toContain(`  title = {{${escaped}}},\n`);
    expect(parsed(bibtex).fields.title).toBe(title);
    expect(text.startsWith(`“${title}.” `)).toBe(true);
  });

  test('escapes the analysis’s title where a chart’s BibTeX names it, and the site’s name in the organisation', () => {
    const { bibtex } = chartCitation(work({ title: 'Arms & money', site: 'Checks & balances' }), mi35());
    expect(bibtex).toContain('  howpublished = {Chart in “Arms \\& money”},\n');
    expect(bibtex).toContain('  organization = {{Checks \\& balances}},\n');
    expect(parsed(bibtex).fields).toMatchObject({ howpublished: 'Chart in “Arms & money”', organization: ['Checks & balances'] });
  });
});

describe('a field the source does not give is left out, never filled in', () => {
  test.each([
    [
      'a source without a URL gives no URL in the sentence and no \\url in the note',
      { url: undefined },
      'Source report: Azatutyun (RFE/RL’s Armenian Service).',
      '  note = {Source report: Azatutyun (RFE/RL’s Armenian Service)}\n',
    ],
    [
      'a source URL that is an empty string counts as not given',
      { url: '' },
      'Source report: Azatutyun (RFE/RL’s Armenian Service).',
      '  note = {Source report: Azatutyun (RFE/RL’s Armenian Service)}\n',
    ],
    [
      'a source without a publisher is named by its outlet alone',
      { publisher: undefined },
      'Source report: Azatutyun, https://azatutyun.am/a/25075315.html.',
      '  note = {Source report: Azatutyun, \\url{https://azatutyun.am/a/25075315.html}}\n',
    ],
    [
      'a blank publisher and no URL leave the outlet alone',
      { publisher: '  ', url: undefined },
      'Source report: Azatutyun.',
      '  note = {Source report: Azatutyun}\n',
    ],
  ])('%s', (_, source, sentence, note) => {
    for (const citation of [analysisCitation(work({}, source)), chartCitation(work({}, source), mi35())]) {
      expect(citation.text.endsWith(` ${sentence}`)).toBe(true);
      expect(citation.bibtex).toContain(note);
      expect(citation.bibtex).not.toMatch(/= \{\s*\}|\(\)|, \}|\\url\{\}/u);
    }
  });

  test('the only URL a citation without a source URL gives is our own', () => {
    const entry = parsed(chartCitation(work({}, { url: undefined }), mi35()).bibtex);
    expect(entry.fields.url).toBe('https://example.org/arms/#chart-mi35');
    expect(entry.fields.note).toBe('Source report: Azatutyun (RFE/RL’s Armenian Service)');
  });
});

describe('the sentence of a citation', () => {
  test.each([
    ['closes a title with a full stop inside the quotation marks', 'The deal', '“The deal.”'],
    ['adds no full stop after a question mark', 'Who sold what?', '“Who sold what?”'],
    ['adds no full stop after an exclamation mark', 'Sold!', '“Sold!”'],
    ['adds no second full stop', 'The end.', '“The end.”'],
    ['still closes with a full stop a title with a question inside it', 'Who sold what? The ledger', '“Who sold what? The ledger.”'],
    ['turns a title’s own double quotes into single ones inside ours', 'The “Smerch” systems', '“The ‘Smerch’ systems.”'],
    ['trims spaces around a title', '  The deal  ', '“The deal.”'],
  ])('%s', (_, title, quoted) => {
    expect(chartCitation(work(), { id: 'chart-x', title }).text.startsWith(`${quoted} Chart in `)).toBe(true);
  });
});

describe('bad input is refused, naming what is at fault', () => {
  test.each([
    ['an empty site name', () => analysisCitation(work({ site: ' ' })), 'citation of the analysis: the site name is empty'],
    ['an empty title', () => analysisCitation(work({ title: '' })), 'citation of the analysis: the title is empty'],
    ['an empty source outlet', () => analysisCitation(work({}, { outlet: '' })), 'citation of the analysis: the source outlet is empty'],
    ['a relative article URL', () => analysisCitation(work({ url: '/arms/' })), 'citation of the analysis: the URL "/arms/" is not an absolute URL'],
    ['an empty article URL', () => analysisCitation(work({ url: '' })), 'citation of the analysis: the URL is empty'],
    [
      'a relative source URL',
      () => analysisCitation(work({}, { url: 'a/25075315.html' })),
      'citation of the analysis: the source URL "a/25075315.html" is not an absolute URL',
    ],
    ['a chart without a title', () => chartCitation(work(), { id: 'chart-mi35', title: '' }), 'citation of chart "chart-mi35": the chart title is empty'],
    ['a chart without an id', () => chartCitation(work(), { id: '', title: 'T' }), 'citation of chart "": the chart id is empty'],
  ])('%s', (_, cite, message) => {
    expect(cite).toThrow(message);
  });
});

describe('citationKey', () => {
  test.each([
    ['the site’s name in lower-case words joined by hyphens', 'Arms to Baku, checked', undefined, 'arms-to-baku-checked'],
    ['then the part’s id', 'Arms to Baku, checked', 'chart-mi35', 'arms-to-baku-checked-chart-mi35'],
    ['accents dropped, runs of other characters one hyphen, none at the ends', ' Ça & Ünïcode — 2013! ', undefined, 'ca-unicode-2013'],
  ])('is %s', (_, site, part, key) => {
    expect(citationKey(site, part)).toBe(key);
  });

  test('refuses a site name with no letter or digit, naming it', () => {
    expect(() => citationKey('—')).toThrow('citation key: the site name "—" has no letter or digit to make a key from');
  });
});
