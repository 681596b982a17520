import { describe, expect, test } from 'vitest';
import type { ArticleFiles } from '../../../src/lib/article/check-article';
import { placeCharts, publishArticle } from '../../../src/lib/article/published-article';
import { articleSections } from '../../../src/lib/article/sections';
import { articleBlocks } from '../../../src/lib/article/contract';
import type { ChartDefinition } from '../../../src/lib/figures/chart-model';
import type { LedgerInput } from '../../../src/lib/figures/ledger';

// A source received with a repeat, and an article of two sections over its three paragraphs.
const source = 'Moscow sold 24 gunships in 2010.\nThe deal was signed in 2009.\nMoscow sold 24 gunships in 2010.\nNothing more came.\n';
const body = '\n## The sale\n\nMoscow sold 24 gunships in 2010.\n\nThe deal was signed in 2009.\n\n## After\n\nNothing more came.\n';
const files: ArticleFiles = { file: 'article.md', raw: `---\ntitle: A sale\n---\n${body}`, body, sourceFile: 'source/sale.txt', source };
const declared: LedgerInput = {
  figures: [{ id: 'count', kind: 'stated', label: 'Gunships', value: 24, unit: 'count', quote: 'sold 24 gunships' }],
  claims: [],
  events: [
    { id: 'sold', label: 'The sale', date: '2010', quote: 'gunships in 2010' },
    { id: 'signed', label: 'The signing', date: '2009', quote: 'signed in 2009' },
  ],
};
const chart: ChartDefinition = {
  id: 'chart-count',
  anchor: 'count',
  form: 'bars',
  title: () => 'Gunships',
  takeaway: () => 'Gunships sold.',
  parts: [{ figure: 'count', label: 'Sold' }],
};
const own = { before: [{ id: 'key', title: 'Key figures' }], after: [{ id: 'dates', title: 'Timeline' }] };

describe('publishArticle', () => {
  const article = publishArticle(files, { declared, charts: [chart], own });

  test('sets the checked paragraphs in their sections, the chart after the paragraph of the figure it is anchored to', () => {
    expect(article.sections.map((section) => [section.id, section.paragraphs.map((p) => [p.id, p.chart])])).toEqual([
      [
        'the-sale',
        [
          ['p-1', 'chart-count'],
          ['p-2', undefined],
        ],
      ],
      ['after', [['p-3', undefined]]],
    ]);
  });

  test('marks the stated figure where the checked ledger found it, linking to its chart', () => {
    expect(article.sections[0]!.paragraphs[0]!.segments).toEqual([
      { text: 'Moscow sold ' },
      { text: '24', mark: { figure: 'count', paragraph: 1, start: 12, end: 14, amount: '24', value: 24, chart: 'chart-count' } },
      { text: ' gunships in 2010.' },
    ]);
  });

  test('lists the contents in reading order, our sections around the article’s', () => {
    expect(article.contents).toEqual([
      { id: 'key', title: 'Key figures' },
      { id: 'the-sale', title: 'The sale' },
      { id: 'after', title: 'After' },
      { id: 'dates', title: 'Timeline' },
    ]);
  });

  test('orders the timeline earliest first, whatever order figures.ts declares the events in', () => {
    expect(article.timeline.map((event) => [event.id, event.date])).toEqual([
      ['signed', '2009'],
      ['sold', '2010'],
    ]);
  });

  test('carries the dedupe report, the checked ledger and the chart models', () => {
    expect(article.report.removed).toEqual([{ index: 2, originalIndex: 0 }]);
    expect(article.ledger.figures.map((figure) => figure.id)).toEqual(['count']);
    expect(article.charts.map((model) => [model.id, model.anchor.paragraph])).toEqual([['chart-count', 1]]);
  });

  test('stops on a figure the article does not say, before anything is set', () => {
    const wrong: LedgerInput = { ...declared, figures: [{ ...declared.figures[0]!, value: 25 } as LedgerInput['figures'][number]] };
    expect(() => publishArticle(files, { declared: wrong, charts: [] })).toThrow(
      'figure "count": “sold 24 gunships” (¶1) says exact 24 count, but figures.ts has exact 25 count',
    );
  });

  test('lists only the article’s sections when the page has none of its own', () => {
    expect(publishArticle(files, { declared, charts: [] }).contents.map((entry) => entry.id)).toEqual(['the-sale', 'after']);
  });

  test('names content/ and the article’s file, with the line, when the page cannot be set from it', () => {
    const emphasis = { ...files, body: files.body.replace('Nothing more came.', 'Nothing *more* came.') };
    expect(() => publishArticle({ ...emphasis, raw: `---\ntitle: A sale\n---\n${emphasis.body}` }, { declared, charts: [] })).toThrow(
      /^content\/article\.md:13: the paragraph «Nothing more came\.» holds Markdown emphasis/u,
    );
  });

  test('stops on an alias of a section that is not there, naming it', () => {
    expect(() => publishArticle(files, { declared, charts: [], aliases: { old: 'gone' } })).toThrow('headingAliases: "old" points to "gone"');
  });
});

describe('placeCharts', () => {
  const sections = articleSections(articleBlocks(body).blocks);
  const at = (id: string, paragraph: number) => ({ id, anchor: { paragraph, start: 0, end: 1, sentence: 'Any.' } });

  test('places each chart after its own paragraph, by id', () => {
    const placed = placeCharts(sections, [at('chart-b', 3), at('chart-a', 1)]);
    expect(placed.flatMap((section) => section.paragraphs.map((p) => p.chart ?? null))).toEqual(['chart-a', null, 'chart-b']);
  });

  test('stops on a chart placed after a paragraph the article does not have, naming both', () => {
    expect(() => placeCharts(sections, [at('chart-lost', 4)])).toThrow('chart "chart-lost": it is placed after paragraph p-4, which is not in the article');
  });

  test('stops on two charts placed after one paragraph, naming both and the paragraph', () => {
    expect(() => placeCharts(sections, [at('chart-a', 2), at('chart-b', 2)])).toThrow(
      'charts "chart-a" and "chart-b" are both placed after paragraph p-2: give each its own paragraph',
    );
  });
});
