import { sourceName } from '../cite/citation';
import type { ChartModel } from '../figures/chart-model';
import { formatDate } from '../site/dates';
import { plural } from '../site/plural';
import type { CardFrame, ChartCard, SectionCard } from './card-layout';
import type { Shareable } from './share-targets';
import { clipText } from './text-fit';

/** What a share page says about its part: the words of its title, description and card, and its card's alt text. */
export interface ShareSummary {
  part: Shareable;
  description: string;
  alt: string;
  card: { kind: 'section'; content: SectionCard } | { kind: 'chart'; content: ChartCard };
}

/** A section of the page as its contents list it. */
interface Section {
  id: string;
  title: string;
}

/** Everything the share pages are summed up from: the checked article and the page's own sections. */
export interface ShareSummaryInput {
  siteName: string;
  headline: string;
  source: { outlet: string; publisher: string };
  /** Old heading ids and the ids they now point to (the article's frontmatter). */
  headingAliases: Readonly<Record<string, string>>;
  /** The dedupe report's counts, as the page's About section states them. */
  report: { received: number; removed: readonly unknown[]; paragraphs: readonly unknown[] };
  /** The ISO dates of the ledger's events, in any order. */
  eventDates: readonly string[];
  /** Every shareable section in reading order, ours and the article's. */
  contents: readonly Section[];
  charts: readonly ChartModel[];
  /** The article's own sections: each paragraph's position and first sentence, as the page shows them. */
  sections: readonly { id: string; paragraphs: readonly { number: number; lead: string }[] }[];
  /** The ids of the page's own sections, which hold no paragraph of the source. */
  own: { keyFigures: string; about: string; timeline: string };
}

// Link previews cut descriptions at about 160 characters and image alt text at 420.
const DESCRIPTION = 160;
const ALT = 420;

const keyFigure = (chart: ChartModel) => ({
  display: chart.key.display,
  label: `${chart.key.label}${chart.key.figure.kind === 'derived' ? ' (derived)' : ''}`,
});

/** The summary of every shareable part, sections in reading order and then charts, keyed by its live id. */
export function shareSummaries(input: ShareSummaryInput): Map<string, ShareSummary> {
  const { source, own, charts } = input;
  const frame = (kicker: string): CardFrame => ({
    siteName: input.siteName,
    kicker,
    footer: `Source: ${sourceName(source)} · From “${input.headline}”`,
  });
  const aliasesOf = (id: string) =>
    Object.entries(input.headingAliases)
      .filter(([, target]) => target === id)
      .map(([old]) => old);

  // Our own sections have no paragraph of the source: their cards say what they hold, from the same data they show.
  const ownLead = (id: string): string | undefined => {
    if (id === own.about) {
      const { report } = input;
      return `The report by ${sourceName(source)}, word for word: ${plural(report.received, 'paragraph')} received, ${plural(report.removed.length, 'accidental repeat')} removed, ${plural(report.paragraphs.length, 'paragraph')} kept in order.`;
    }
    if (id === own.timeline) {
      const [first, ...later] = [...input.eventDates].sort();
      if (first === undefined) throw new Error(`share pages: the section "${id}" has no dated event to sum it up`);
      const last = later.at(-1) ?? first;
      return `${plural(later.length + 1, 'dated event')} in the report, from ${formatDate(first)} to ${formatDate(last)}, each with the paragraph that dates it.`;
    }
    return undefined;
  };

  const sectionSummary = (section: Section): ShareSummary => {
    const part: Shareable = { id: section.id, kind: 'section', title: section.title, aliases: aliasesOf(section.id) };
    if (section.id === own.keyFigures) {
      const figures = charts.map(keyFigure);
      const list = figures.map((figure) => `${figure.display}: ${figure.label}`).join('; ');
      return {
        part,
        description: clipText(list, DESCRIPTION),
        alt: clipText(`${section.title}. ${list}.`, ALT),
        card: { kind: 'section', content: { ...frame('Section'), title: section.title, figures } },
      };
    }
    const lead = ownLead(section.id);
    if (lead !== undefined) {
      return {
        part,
        description: clipText(lead, DESCRIPTION),
        alt: clipText(`${section.title}. ${lead}`, ALT),
        card: { kind: 'section', content: { ...frame('Section'), title: section.title, lead: { text: lead, quoted: false }, figures: [] } },
      };
    }
    const paragraphs = input.sections.find((entry) => entry.id === section.id)?.paragraphs ?? [];
    if (!paragraphs[0]) throw new Error(`share pages: the section "${section.id}" has no paragraph to sum it up`);
    // An article section is summed up by its first sentence, in the source's words, and by the key figure of the
    // first chart that stands in it.
    const first = paragraphs[0].lead;
    const chart = charts.find((entry) => paragraphs.some((paragraph) => paragraph.number === entry.anchor.paragraph));
    const figure = chart ? keyFigure(chart) : undefined;
    const figureWords = figure ? ` ${figure.display}: ${figure.label}.` : '';
    return {
      part,
      description: clipText(first, DESCRIPTION),
      alt: clipText(`${section.title}. “${first}”${figureWords}`, ALT),
      card: { kind: 'section', content: { ...frame('Section'), title: section.title, lead: { text: first, quoted: true }, figures: figure ? [figure] : [] } },
    };
  };

  const chartSummary = (chart: ChartModel): ShareSummary => ({
    part: { id: chart.id, kind: 'chart', title: chart.title, aliases: chart.aliases },
    description: clipText(chart.takeaway, DESCRIPTION),
    alt: clipText(chart.description, ALT),
    card: { kind: 'chart', content: { ...frame('Chart'), title: chart.title, spec: chart.spec } },
  });

  return new Map([...input.contents.map(sectionSummary), ...charts.map(chartSummary)].map((summary) => [summary.part.id, summary]));
}
