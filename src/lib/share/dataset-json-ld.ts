import type { DataDownloadLeaf, DatasetLeaf } from 'schema-dts';

/** The downloads' schema.org record: a Dataset whose every file is a DataDownload. */
export type DatasetRecord = Omit<DatasetLeaf, 'distribution'> & { '@context': 'https://schema.org'; distribution: DataDownloadLeaf[] };

/** One file to download: its name for people and its absolute URL, whose extension gives its format. */
export interface Download {
  name: string;
  url: string;
}

/** What the Dataset record is made from. */
export interface DatasetFacts {
  name: string;
  /** Google Dataset Search reads 50 to 5,000 characters. */
  description: string;
  /** The page that describes the data and lists its files. */
  url: string;
  language: string;
  /** This site, which made the files from the report. */
  creator: { name: string; url: string };
  /** The source report the figures come from. */
  source: { name: string; url: string };
  downloads: readonly Download[];
}

// The formats the site serves under /data/, as their routes send them (src/pages/data/).
// A Map, so an extension such as ".constructor" finds nothing rather than a property of every object.
const FORMATS: ReadonlyMap<string, string> = new Map([
  ['csv', 'text/csv'],
  ['json', 'application/json'],
]);

function encodingFormat(url: string): string {
  const extension = /\.([a-z0-9]+)$/iu.exec(new URL(url).pathname)?.[1] ?? '';
  const format = FORMATS.get(extension.toLowerCase());
  if (format === undefined)
    throw new Error(`Dataset download "${url}": no known format for its extension "${extension}" (known: ${[...FORMATS.keys()].join(', ')})`);
  return format;
}

/**
 * The CSV and JSON downloads as one schema.org Dataset (what Google Dataset Search reads), created by this site and
 * based on the source report. No license, as the site states none; no author, and no date of publication, creation
 * or coverage, which we do not know (the talks' date is an event in the data, not a date of the data).
 */
export function datasetJsonLd(facts: DatasetFacts): DatasetRecord {
  const length = facts.description.trim().length;
  if (length < 50 || length > 5000) throw new Error(`Dataset "${facts.name}": its description has ${length} characters; Google reads 50 to 5,000`);
  if (facts.downloads.length === 0) throw new Error(`Dataset "${facts.name}": no file to download`);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: facts.name,
    description: facts.description.trim(),
    url: facts.url,
    inLanguage: facts.language,
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: facts.creator.name, url: facts.creator.url },
    isBasedOn: { '@type': 'NewsArticle', url: facts.source.url, publisher: { '@type': 'Organization', name: facts.source.name } },
    distribution: facts.downloads.map((download) => ({
      '@type': 'DataDownload',
      name: download.name,
      contentUrl: download.url,
      encodingFormat: encodingFormat(download.url),
    })),
  };
}
