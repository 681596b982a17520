/** What the page's `citation_*` tags say: only what we know of our analysis. */
export interface CitationMetaFacts {
  title: string;
  /** This site, which publishes the analysis. */
  publisher?: string | undefined;
  /** The article's absolute URL. */
  url?: string | undefined;
  /** The page's language (BCP 47). */
  language?: string | undefined;
}

/** One `<meta name content>` tag. */
export interface MetaTag {
  name: string;
  content: string;
}

/**
 * The Highwire Press `citation_*` tags that Google Scholar and Zotero read, in the names Zotero's Embedded Metadata
 * translator maps (citation_public_url is its field for the page's URL). There is no citation_author and no
 * citation_publication_date, citation_date, citation_online_date or citation_year: no person wrote this analysis
 * and we give it no date, and the source's byline and date are unknown. A date of the events (13 August 2013) is
 * no publication date. Google Scholar asks for both to index a page: better unindexed there than misdated. A fact
 * not given is left out, never written empty.
 */
export function citationMeta(facts: CitationMetaFacts): MetaTag[] {
  const title = facts.title.trim();
  if (title === '') throw new Error('citation_title: the title is empty');
  const tags: [string, string | undefined][] = [
    ['citation_title', title],
    ['citation_publisher', facts.publisher],
    ['citation_public_url', facts.url],
    ['citation_language', facts.language],
  ];
  return tags.flatMap(([name, content]) => (content === undefined || content.trim() === '' ? [] : [{ name, content: content.trim() }]));
}
