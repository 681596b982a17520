import { describe, expect, test } from 'vitest';
import { type ArticleFacts, articleJsonLd } from '../../../src/lib/share/json-ld';

const facts: ArticleFacts = {
  headline: 'Arms to Baku',
  description: 'What Russia sold Azerbaijan, figure by figure.',
  url: 'https://example.org/arms/',
  image: { url: 'https://example.org/arms/og.png', width: 1200, height: 630, caption: 'The deals in dollars' },
  sourceUrl: 'https://azatutyun.am/a/25075315.html',
  sourceName: 'Azatutyun',
  eventName: 'Putin and Aliyev hold talks in Baku',
  eventDate: '2013-08-13',
  siteName: 'Arms to Baku, checked',
  siteUrl: 'https://example.org/arms/',
  logo: { url: 'https://example.org/arms/icon-512.png', size: 512 },
  language: 'en',
};

describe('articleJsonLd', () => {
  test('describes the page as an analysis of the source report, about the talks, published by this site under its square logo, with pixel sizes as numbers', () => {
    expect(articleJsonLd(facts)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'AnalysisNewsArticle',
      headline: 'Arms to Baku',
      description: 'What Russia sold Azerbaijan, figure by figure.',
      url: 'https://example.org/arms/',
      mainEntityOfPage: 'https://example.org/arms/',
      inLanguage: 'en',
      image: { '@type': 'ImageObject', url: 'https://example.org/arms/og.png', width: 1200, height: 630, caption: 'The deals in dollars' },
      isBasedOn: { '@type': 'NewsArticle', url: 'https://azatutyun.am/a/25075315.html', publisher: { '@type': 'Organization', name: 'Azatutyun' } },
      about: [
        { '@type': 'Event', name: 'Putin and Aliyev hold talks in Baku', startDate: '2013-08-13', location: { '@type': 'Place', name: 'Baku, Azerbaijan' } },
        { '@type': 'Thing', name: 'Russian arms sales to Azerbaijan' },
      ],
      publisher: {
        '@type': 'Organization',
        name: 'Arms to Baku, checked',
        url: 'https://example.org/arms/',
        logo: { '@type': 'ImageObject', url: 'https://example.org/arms/icon-512.png', width: 512, height: 512 },
      },
    });
  });

  test('claims no author and no publication date, which the source did not give', () => {
    expect(Object.keys(articleJsonLd(facts))).not.toContain('author');
    expect(Object.keys(articleJsonLd(facts))).not.toContain('datePublished');
  });
});
