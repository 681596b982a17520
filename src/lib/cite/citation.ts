import { bibtexEntry, bibtexText, bibtexUrl, bibtexUrlCommand } from './bibtex';

/** The source report as the article's frontmatter names it; what the source does not give is absent, never blank. */
export interface CitedSource {
  outlet: string;
  publisher?: string | undefined;
  url?: string | undefined;
}

/** What every citation of this site is made from: our analysis, where it is, and the report it is based on. */
export interface CitedWork {
  /** The site's name (SITE_NAME), which publishes the analysis: no person is its author. */
  site: string;
  /** The analysis's own headline. */
  title: string;
  /** The article's absolute URL. */
  url: string;
  source: CitedSource;
}

/** A chart of the analysis, by its published id and its title. */
export interface CitedChart {
  id: string;
  title: string;
}

/** One citation in the two forms the page offers: a sentence to paste, and a BibTeX entry under a stable key. */
export interface Citation {
  key: string;
  text: string;
  bibtex: string;
}

// A citation names no author and gives no date: the source's byline and publication date never reached us, and this
// site has neither. The one date we know, the talks' 13 August 2013, is when the events happened, not when anything
// was published, so no date field carries it; and "n.d." is left out too, as no style we follow asks for it and it
// would say the report is undated, which we do not know.

const given = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value.trim());

function required(value: string, what: string, of: string): string {
  const text = given(value);
  if (text === undefined) throw new Error(`citation of ${of}: ${what} is empty`);
  return text;
}

function absoluteUrl(value: string, what: string, of: string): string {
  try {
    return new URL(required(value, what, of)).href;
  } catch (error) {
    if (error instanceof TypeError) throw new Error(`citation of ${of}: ${what} "${value}" is not an absolute URL`);
    throw error;
  }
}

/** The work and its source with every field checked: blank optional fields dropped, required ones present, URLs absolute. */
function checkedWork(work: CitedWork) {
  const of = 'the analysis';
  const sourceUrl = given(work.source.url);
  return {
    site: required(work.site, 'the site name', of),
    title: required(work.title, 'the title', of),
    url: absoluteUrl(work.url, 'the URL', of),
    source: {
      outlet: required(work.source.outlet, 'the source outlet', of),
      publisher: given(work.source.publisher),
      url: sourceUrl === undefined ? undefined : absoluteUrl(sourceUrl, 'the source URL', of),
    },
  };
}

type Checked = ReturnType<typeof checkedWork>;

// Inside our quotation marks a title's own double quotes become single ones, as English style nests them.
const nested = (title: string) => title.replace(/“/gu, '‘').replace(/”/gu, '’');

/** A title in quotation marks, closed by a full stop inside them unless it already ends in a stop, question or exclamation. */
const quotedSentence = (title: string) => `“${nested(title)}${/[.?!…]$/u.test(title) ? '' : '.'}”`;

/** The source as its name is cited: the outlet, and its publisher in brackets where one is given. */
export const sourceName = ({ outlet, publisher }: Pick<Checked['source'], 'outlet' | 'publisher'>) =>
  publisher === undefined ? outlet : `${outlet} (${publisher})`;

const sourceSentence = (source: Checked['source']) => `Source report: ${sourceName(source)}${source.url === undefined ? '' : `, ${source.url}`}.`;

const sourceNote = (source: Checked['source']) =>
  `Source report: ${bibtexText(sourceName(source))}${source.url === undefined ? '' : `, ${bibtexUrlCommand(source.url)}`}`;

/** The BibTeX key of the site, and of a part of it: the site's name in lower-case ASCII words joined by hyphens, then the part's id. */
export function citationKey(site: string, part?: string): string {
  const words = site
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim();
  if (words === '') throw new Error(`citation key: the site name "${site}" has no letter or digit to make a key from`);
  return [words.replace(/ /gu, '-'), part].filter((piece) => piece !== undefined).join('-');
}

// The title is braced twice so styles that lower-case titles keep ours as written; the organisation too, so a name
// with "and" in it stays one organisation in Biber's lists.
const protectedText = (text: string) => `{${bibtexText(text)}}`;

/** The citation of the analysis as a whole: its title, this site, its URL and the source report. */
export function analysisCitation(work: CitedWork): Citation {
  const checked = checkedWork(work);
  const key = citationKey(checked.site);
  return {
    key,
    text: `${quotedSentence(checked.title)} ${checked.site}. ${checked.url}. ${sourceSentence(checked.source)}`,
    bibtex: bibtexEntry('misc', key, {
      title: protectedText(checked.title),
      organization: protectedText(checked.site),
      url: bibtexUrl(checked.url),
      note: sourceNote(checked.source),
    }),
  };
}

/** The citation of one chart: its title, the analysis it is in, this site, the chart's own URL and the source report. */
export function chartCitation(work: CitedWork, chart: CitedChart): Citation {
  const checked = checkedWork(work);
  const of = `chart "${chart.id}"`;
  const id = required(chart.id, 'the chart id', of);
  const title = required(chart.title, 'the chart title', of);
  const url = new URL(`#${encodeURIComponent(id)}`, checked.url).href;
  const key = citationKey(checked.site, id);
  return {
    key,
    text: `${quotedSentence(title)} Chart in ${quotedSentence(checked.title)} ${checked.site}. ${url}. ${sourceSentence(checked.source)}`,
    bibtex: bibtexEntry('misc', key, {
      title: protectedText(title),
      howpublished: `Chart in “${bibtexText(nested(checked.title))}”`,
      organization: protectedText(checked.site),
      url: bibtexUrl(url),
      note: sourceNote(checked.source),
    }),
  };
}
