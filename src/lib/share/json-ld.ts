import type { AnalysisNewsArticle, WithContext } from 'schema-dts';

/** What the structured data is made from. */
export interface ArticleFacts {
  headline: string;
  description: string;
  url: string;
  image: { url: string; width: number; height: number; caption: string };
  sourceUrl: string;
  sourceName: string;
  eventName: string;
  eventDate: string;
  siteName: string;
  siteUrl: string;
  language: string;
}

/**
 * The article page's schema.org record, typed against schema.org's vocabulary (schema-dts) so `astro check`
 * rejects a property the type does not have. No author or publication date: the source gave none.
 */
export function articleJsonLd(facts: ArticleFacts): WithContext<AnalysisNewsArticle> {
  return {
    '@context': 'https://schema.org',
    '@type': 'AnalysisNewsArticle',
    headline: facts.headline,
    description: facts.description,
    url: facts.url,
    mainEntityOfPage: facts.url,
    inLanguage: facts.language,
    image: { '@type': 'ImageObject', url: facts.image.url, width: `${facts.image.width}`, height: `${facts.image.height}`, caption: facts.image.caption },
    isBasedOn: { '@type': 'NewsArticle', url: facts.sourceUrl, publisher: { '@type': 'Organization', name: facts.sourceName } },
    about: [
      { '@type': 'Event', name: facts.eventName, startDate: facts.eventDate, location: { '@type': 'Place', name: 'Baku, Azerbaijan' } },
      { '@type': 'Thing', name: 'Russian arms sales to Azerbaijan' },
    ],
    publisher: { '@type': 'Organization', name: facts.siteName, url: facts.siteUrl },
  };
}
