import { type ChartDefinition, type ChartModel, chartModel } from '../figures/chart-model';
import { figureMarks } from '../figures/figure-marks';
import type { LedgerInput } from '../figures/ledger';
import type { Ledger, Resolved, TimelineEvent } from '../figures/types';
import { paragraphId } from '../site/routes';
import { type ArticleFiles, checkedArticle } from './check-article';
import type { DedupeReport } from './dedupe';
import { type ArticleParagraph, type ArticleSection, articleSections } from './sections';

/** A section as the contents list and the share pages name it: ours or the article's. */
export interface ContentsEntry {
  id: string;
  title: string;
}

/** A paragraph of the page with the chart that stands after it, if one does. */
export type PlacedParagraph = ArticleParagraph & { chart?: string };

/** A section of the page with its paragraphs and their charts. */
export type PlacedSection = Omit<ArticleSection, 'paragraphs'> & { paragraphs: PlacedParagraph[] };

/** Everything the pages are built from, checked: nothing reaches a page before it has passed every check. */
export interface PublishedArticle {
  /** The article's own sections in reading order, each with its paragraphs. */
  sections: PlacedSection[];
  /** Every shareable section of the page in reading order: ours around the article's own. */
  contents: ContentsEntry[];
  report: DedupeReport;
  ledger: Ledger;
  charts: ChartModel[];
  /** The dated events, earliest first. */
  timeline: Resolved<TimelineEvent>[];
}

/** What the article is published from besides its files: figures.ts, charts.ts and the page's own sections. */
export interface PublishInput {
  declared: LedgerInput;
  charts: readonly ChartDefinition[];
  /** Old section id -> current section id (the frontmatter's `headingAliases`). */
  aliases?: Readonly<Record<string, string>>;
  /** Our own sections, before the article's and after them. */
  own?: { before?: readonly ContentsEntry[]; after?: readonly ContentsEntry[] };
}

/**
 * Each chart placed after the paragraph of the entry it is anchored to, by id; a paragraph that is not in the
 * article, or a second chart on one paragraph (which would crowd it), stops the build naming them.
 */
export function placeCharts(sections: readonly ArticleSection[], charts: readonly Pick<ChartModel, 'id' | 'anchor'>[]): PlacedSection[] {
  const after = new Map<string, Pick<ChartModel, 'id'>>();
  const ids = new Set(sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.id)));
  for (const chart of charts) {
    const id = paragraphId(chart.anchor.paragraph);
    if (!ids.has(id)) throw new Error(`chart "${chart.id}": it is placed after paragraph ${id}, which is not in the article`);
    const taken = after.get(id);
    if (taken) throw new Error(`charts "${taken.id}" and "${chart.id}" are both placed after paragraph ${id}: give each its own paragraph`);
    after.set(id, chart);
  }
  return sections.map((section) => ({
    ...section,
    paragraphs: section.paragraphs.map((paragraph) => {
      const chart = after.get(paragraph.id);
      return chart ? { ...paragraph, chart: chart.id } : paragraph;
    }),
  }));
}

/**
 * Checks the article once and builds the one value every page is made from: the paragraphs must be the
 * deduplicated source, the ledger must match their words, and the figure marks are placed where the checked
 * ledger found them. Any problem stops the build here, naming the file, line, figure or paragraph.
 */
export function publishArticle(files: ArticleFiles, { declared, charts, aliases = {}, own = {} }: PublishInput): PublishedArticle {
  const { report, blocks, ledger } = checkedArticle(files, declared);
  const models = charts.map((chart) => chartModel(chart, ledger));
  const sections = articleSections(blocks, { aliases, marks: figureMarks(ledger, charts), file: `content/${files.file}` });
  return {
    sections: placeCharts(sections, models),
    contents: [...(own.before ?? []), ...sections.map(({ id, title }) => ({ id, title })), ...(own.after ?? [])],
    report,
    ledger,
    charts: models,
    timeline: [...ledger.events].sort((a, b) => a.date.localeCompare(b.date)),
  };
}
