import { describe, expect, test } from 'vitest';
import { type DatasetFacts, datasetJsonLd } from '../../../src/lib/share/dataset-json-ld';

const facts = (edit: Partial<DatasetFacts> = {}): DatasetFacts => ({
  name: 'The figures of the report, checked',
  description: 'Every figure the report states and every figure derived from them, as CSV and JSON.',
  url: 'https://example.org/arms/figures/',
  language: 'en',
  creator: { name: 'Arms to Baku, checked', url: 'https://example.org/arms/' },
  source: { name: 'Azatutyun (RFE/RL’s Armenian Service)', url: 'https://azatutyun.am/a/25075315.html' },
  downloads: [
    { name: 'All figures (CSV)', url: 'https://example.org/arms/data/figures.csv' },
    { name: 'Figures, claims and events (JSON)', url: 'https://example.org/arms/data/figures.json' },
  ],
  ...edit,
});

describe('datasetJsonLd', () => {
  test('describes the downloads as one Dataset made by this site from the source report, each file a DataDownload with its format', () => {
    expect(datasetJsonLd(facts())).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: 'The figures of the report, checked',
      description: 'Every figure the report states and every figure derived from them, as CSV and JSON.',
      url: 'https://example.org/arms/figures/',
      inLanguage: 'en',
      isAccessibleForFree: true,
      creator: { '@type': 'Organization', name: 'Arms to Baku, checked', url: 'https://example.org/arms/' },
      isBasedOn: {
        '@type': 'NewsArticle',
        url: 'https://azatutyun.am/a/25075315.html',
        publisher: { '@type': 'Organization', name: 'Azatutyun (RFE/RL’s Armenian Service)' },
      },
      distribution: [
        { '@type': 'DataDownload', name: 'All figures (CSV)', contentUrl: 'https://example.org/arms/data/figures.csv', encodingFormat: 'text/csv' },
        {
          '@type': 'DataDownload',
          name: 'Figures, claims and events (JSON)',
          contentUrl: 'https://example.org/arms/data/figures.json',
          encodingFormat: 'application/json',
        },
      ],
    });
  });

  test('claims no license, which the site does not state, and no author or date, which nobody gave us', () => {
    const keys = Object.keys(datasetJsonLd(facts()));
    for (const absent of ['license', 'author', 'datePublished', 'dateCreated', 'dateModified', 'temporalCoverage']) expect(keys).not.toContain(absent);
  });

  test.each([
    ['an upper-case extension', 'https://example.org/data/FIGURES.CSV', 'text/csv'],
    ['a query after the extension', 'https://example.org/data/figures.json?v=2', 'application/json'],
  ])('reads the format from the path’s extension, with %s', (_, url, format) => {
    expect(datasetJsonLd(facts({ downloads: [{ name: 'f', url }] })).distribution[0]?.encodingFormat).toBe(format);
  });

  test.each([
    [
      'a file of an unknown format',
      { downloads: [{ name: 'x', url: 'https://example.org/data/figures.xlsx' }] },
      'Dataset download "https://example.org/data/figures.xlsx": no known format for its extension "xlsx" (known: csv, json)',
    ],
    [
      'a file without an extension',
      { downloads: [{ name: 'x', url: 'https://example.org/data/figures' }] },
      'Dataset download "https://example.org/data/figures": no known format for its extension "" (known: csv, json)',
    ],
    [
      'a file in a folder named like a format',
      { downloads: [{ name: 'x', url: 'https://example.org/data.csv/figures' }] },
      'Dataset download "https://example.org/data.csv/figures": no known format for its extension ""',
    ],
    [
      'an extension that names a property of every object',
      { downloads: [{ name: 'x', url: 'https://example.org/figures.constructor' }] },
      'no known format for its extension',
    ],
    ['no file at all', { downloads: [] }, 'Dataset "The figures of the report, checked": no file to download'],
    ['a description under 50 characters', { description: 'x'.repeat(49) }, 'its description has 49 characters; Google reads 50 to 5,000'],
    ['a description over 5,000 characters', { description: 'x'.repeat(5001) }, 'its description has 5001 characters; Google reads 50 to 5,000'],
    ['a description padded to 50 with spaces', { description: ` ${'x'.repeat(48)} ` }, 'its description has 48 characters'],
  ])('refuses %s, naming it', (_, edit, message) => {
    expect(() => datasetJsonLd(facts(edit))).toThrow(message);
  });

  test('trims the description it is given', () => {
    expect(datasetJsonLd(facts({ description: `  ${'x'.repeat(50)}\n` })).description).toBe('x'.repeat(50));
  });

  test('takes a description of exactly 50 and of exactly 5,000 characters', () => {
    expect(datasetJsonLd(facts({ description: 'x'.repeat(50) })).description).toHaveLength(50);
    expect(datasetJsonLd(facts({ description: 'x'.repeat(5000) })).description).toHaveLength(5000);
  });
});
