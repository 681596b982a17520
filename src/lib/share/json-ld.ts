import type { AnalysisNewsArticleLeaf, ImageObjectLeaf, OrganizationLeaf } from 'schema-dts';

/** An image with its pixel size as numbers, as Google and link-preview tools read it (schema-dts types width and height as text only). */
export type PixelImage = Omit<ImageObjectLeaf, 'width' | 'height'> & { width: number; height: number };

/** The article page's schema.org record: an AnalysisNewsArticle whose image and publisher's logo carry pixel sizes. */
export type ArticleRecord = Omit<AnalysisNewsArticleLeaf, 'image' | 'publisher'> & {
  '@context': 'https://schema.org';
  image: PixelImage;
  publisher: Omit<OrganizationLeaf, 'logo'> & { logo: PixelImage };
};

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
  /** This site's square logo, as the publisher's. */
  logo: { url: string; size: number };
  language: string;
}

/**
 * The article page's schema.org record, typed against schema.org's vocabulary (schema-dts) so `astro check`
 * rejects a property the type does not have. No author and no publication date: we know neither for the source
 * report, and this page records none of its own. The only date is the talks', as the Event's startDate.
 */
export function articleJsonLd(facts: ArticleFacts): ArticleRecord {
  return {
    '@context': 'https://schema.org',
    '@type': 'AnalysisNewsArticle',
    headline: facts.headline,
    description: facts.description,
    url: facts.url,
    mainEntityOfPage: facts.url,
    inLanguage: facts.language,
    image: { '@type': 'ImageObject', url: facts.image.url, width: facts.image.width, height: facts.image.height, caption: facts.image.caption },
    isBasedOn: { '@type': 'NewsArticle', url: facts.sourceUrl, publisher: { '@type': 'Organization', name: facts.sourceName } },
    about: [
      { '@type': 'Event', name: facts.eventName, startDate: facts.eventDate, location: { '@type': 'Place', name: 'Baku, Azerbaijan' } },
      { '@type': 'Thing', name: 'Russian arms sales to Azerbaijan' },
    ],
    publisher: {
      '@type': 'Organization',
      name: facts.siteName,
      url: facts.siteUrl,
      logo: { '@type': 'ImageObject', url: facts.logo.url, width: facts.logo.size, height: facts.logo.size },
    },
  };
}
