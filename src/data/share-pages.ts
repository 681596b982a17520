import { ABOUT_SECTION, KEY_FIGURES_SECTION, SITE_NAME, TIMELINE_SECTION } from '../consts';
import { type ShareSummary, shareSummaries as summarise } from '../lib/share/share-summaries';
import { shareTargets } from '../lib/share/share-targets';
import { isParagraphId } from '../lib/site/routes';
import type { Article } from './article';
import published from './published-anchors.json' with { type: 'json' };

// Only the connection to the checked article lives here; what each card says is in src/lib/share/share-summaries.ts.

/** A share page: the id it is published under (its address and the deep link it sends readers to) and its part's summary. */
export interface SharePage {
  id: string;
  summary: ShareSummary;
}

/** The summary of every shareable part, sections in reading order and then charts, keyed by its live id. */
export function shareSummaries(article: Article): ReadonlyMap<string, ShareSummary> {
  return summarise({
    siteName: SITE_NAME,
    headline: article.headline,
    source: article.source,
    headingAliases: article.headingAliases,
    report: article.report,
    eventDates: article.ledger.events.map((event) => event.date),
    contents: article.contents,
    charts: article.charts,
    sections: article.sections,
    own: { keyFigures: KEY_FIGURES_SECTION.id, about: ABOUT_SECTION.id, timeline: TIMELINE_SECTION.id },
  });
}

/**
 * Every share page, from the published anchors (src/data/published-anchors.json), the same list the deep links are
 * held to: the build stops here, naming the id, if a published section or chart is gone or a new one is unlisted.
 */
export function sharePages(article: Article): SharePage[] {
  const summaries = shareSummaries(article);
  return shareTargets(
    published['/'],
    [...summaries.values()].map((summary) => summary.part),
    isParagraphId,
  ).map(({ id, part }) => ({ id, summary: summaries.get(part.id)! }));
}
