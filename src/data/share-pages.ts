import { ABOUT_SECTION, KEY_FIGURES_SECTION, SITE_NAME, TIMELINE_SECTION } from '../consts';
import type { ChartModel } from '../lib/figures/chart-model';
import { sentenceAt } from '../lib/figures/sentences';
import type { CardFrame, ChartCard, SectionCard } from '../lib/share/card-layout';
import { sectionParagraphs } from '../lib/share/section-leads';
import { type Shareable, shareTargets } from '../lib/share/share-targets';
import { clipText } from '../lib/share/text-fit';
import { formatDate } from '../lib/site/dates';
import { plural } from '../lib/site/plural';
import { isParagraphId } from '../lib/site/routes';
import { article } from './article';
import published from './published-anchors.json' with { type: 'json' };

/** What a share page says about its part: the words of its title, description and card, and its card's alt text. */
export interface ShareSummary {
  part: Shareable;
  description: string;
  alt: string;
  card: { kind: 'section'; content: SectionCard } | { kind: 'chart'; content: ChartCard };
}

/** A share page: the id it is published under (its address and the deep link it sends readers to) and its part's summary. */
export interface SharePage {
  id: string;
  summary: ShareSummary;
}

// Link previews cut descriptions at about 160 characters and image alt text at 420.
const DESCRIPTION = 160;
const ALT = 420;

const { data, report, ledger, charts, contents, html } = article;
const places = sectionParagraphs(html);
const frame = (kicker: string): CardFrame => ({
  siteName: SITE_NAME,
  kicker,
  footer: `Source: ${data.source.outlet} (${data.source.publisher}) · From “${data.headline}”`,
});

const keyFigure = (chart: ChartModel) => ({
  display: chart.key.display,
  label: `${chart.key.label}${chart.key.figure.kind === 'derived' ? ' (derived)' : ''}`,
});

const aliasesOf = (id: string) =>
  Object.entries(data.headingAliases)
    .filter(([, target]) => target === id)
    .map(([old]) => old);

// Our own sections have no paragraph of the source: their cards say what they hold, from the same data they show.
function ownLead(id: string): string | undefined {
  if (id === ABOUT_SECTION.id) {
    return `The report by ${data.source.outlet} (${data.source.publisher}), word for word: ${plural(report.received, 'paragraph')} received, ${plural(report.removed.length, 'accidental repeat')} removed, ${plural(report.paragraphs.length, 'paragraph')} kept in order.`;
  }
  if (id === TIMELINE_SECTION.id) {
    const dates = ledger.events.map((event) => event.date).sort();
    return `${plural(dates.length, 'dated event')} in the report, from ${formatDate(dates[0] ?? '')} to ${formatDate(dates.at(-1) ?? '')}, each with the paragraph that dates it.`;
  }
  return undefined;
}

function sectionSummary(section: { id: string; title: string }): ShareSummary {
  const part: Shareable = { id: section.id, kind: 'section', title: section.title, aliases: aliasesOf(section.id) };
  if (section.id === KEY_FIGURES_SECTION.id) {
    const figures = charts.map(keyFigure);
    const list = figures.map((figure) => `${figure.display}: ${figure.label}`).join('; ');
    return {
      part,
      description: clipText(list, DESCRIPTION),
      alt: clipText(`${section.title}. ${list}.`, ALT),
      card: { kind: 'section', content: { ...frame('Section'), title: section.title, figures } },
    };
  }
  const own = ownLead(section.id);
  const place = places.find((entry) => entry.id === section.id);
  if (!own && !place) throw new Error(`share pages: the section "${section.id}" has no paragraph to sum it up`);
  // An article section is summed up by its first sentence, in the source's words, and by the key figure of any chart in it.
  const lead = own ?? sentenceAt(place?.lead ?? '', 0);
  const figures = charts
    .filter((chart) => place?.paragraphs.includes(chart.anchor.paragraph))
    .map(keyFigure)
    .slice(0, 1);
  const content: SectionCard = { ...frame('Section'), title: section.title, lead: { text: lead, quoted: !own }, figures };
  const figureWords = figures.map((figure) => ` ${figure.display}: ${figure.label}.`).join('');
  return {
    part,
    description: clipText(lead, DESCRIPTION),
    alt: clipText(`${section.title}. ${own ? lead : `“${lead}”`}${figureWords}`, ALT),
    card: { kind: 'section', content },
  };
}

function chartSummary(chart: ChartModel): ShareSummary {
  const part: Shareable = { id: chart.id, kind: 'chart', title: chart.title, aliases: chart.aliases };
  return {
    part,
    description: clipText(chart.takeaway, DESCRIPTION),
    alt: clipText(chart.description, ALT),
    card: { kind: 'chart', content: { ...frame('Chart'), title: chart.title, spec: chart.spec } },
  };
}

/** The summary of every shareable part, sections in reading order and then charts, keyed by its live id. */
export const shareSummaries: ReadonlyMap<string, ShareSummary> = new Map(
  [...contents.map(sectionSummary), ...charts.map(chartSummary)].map((s) => [s.part.id, s]),
);

/**
 * Every share page, from the published anchors (src/data/published-anchors.json), the same list the deep links are
 * held to: the build stops here, naming the id, if a published section or chart is gone or a new one is unlisted.
 */
export const sharePages: readonly SharePage[] = shareTargets(
  published['/'],
  [...shareSummaries.values()].map((summary) => summary.part),
  isParagraphId,
).map(({ id, part }) => ({ id, summary: shareSummaries.get(part.id)! }));
