import { describe, expect, test } from 'vitest';
import type { ChartModel } from '../../../src/lib/figures/chart-model';
import type { ResolvedFigure } from '../../../src/lib/figures/types';
import { type ShareSummaryInput, shareSummaries } from '../../../src/lib/share/share-summaries';

// A small article typed out by hand: two sections of the source, our three own sections and two charts.
const stated: ResolvedFigure = {
  id: 'deal',
  kind: 'stated',
  label: 'The deal',
  value: 360_000_000,
  unit: 'USD',
  quote: 'a combined $360 million',
  qualifier: 'exact',
  approximate: false,
  location: { paragraph: 2, start: 0, end: 10, sentence: 'A combined $360 million.' },
};
const derived: ResolvedFigure = {
  id: 'rest',
  kind: 'derived',
  label: 'The rest',
  value: 2_640_000_000,
  unit: 'USD',
  inputs: ['total', 'deal'],
  operation: 'subtract',
  note: 'What is left.',
  qualifier: 'exact',
  approximate: true,
  formula: 'total − deal',
};
const chart = (id: string, paragraph: number, key: ResolvedFigure, display: string): ChartModel => ({
  id,
  aliases: id === 'chart-deals' ? ['chart-known'] : [],
  form: 'bars',
  title: `Title of ${id}`,
  takeaway: `Takeaway of ${id}.`,
  anchor: { paragraph, start: 0, end: 5, sentence: 'Any.' },
  rows: [],
  key: { figure: key, label: `Key of ${id}`, display },
  description: `Bar chart, title of ${id}: its parts.`,
  spec: { form: 'bars', labels: ['A'], values: [1], displays: ['1'], derived: [false] },
});
const input: ShareSummaryInput = {
  siteName: 'Arms, checked',
  headline: 'Arms to Baku',
  source: { outlet: 'Azatutyun', publisher: 'RFE/RL' },
  headingAliases: { 'old-talks': 'talks', 'older-talks': 'talks', 'old-arms': 'arms' },
  report: { received: 25, removed: new Array(12).fill('a repeat'), paragraphs: new Array(13).fill('a paragraph') },
  eventDates: ['2013-08-13', '2010', '2013-01', '2011'],
  contents: [
    { id: 'key', title: 'Key figures' },
    { id: 'about', title: 'About this text' },
    { id: 'talks', title: 'The talks' },
    { id: 'arms', title: 'The arms' },
    { id: 'dates', title: 'Timeline' },
  ],
  charts: [chart('chart-deals', 2, stated, '$360 million'), chart('chart-rest', 3, derived, 'about $2.64 billion')],
  // Each paragraph's lead is its first sentence, as the checked article gives it.
  sections: [
    {
      id: 'talks',
      paragraphs: [
        { number: 1, lead: 'Putin met Aliyev in Baku.' },
        { number: 2, lead: 'A combined $360 million.' },
      ],
    },
    { id: 'arms', paragraphs: [{ number: 3, lead: 'Arms were sold.' }] },
  ],
  own: { keyFigures: 'key', about: 'about', timeline: 'dates' },
};
const frame = { siteName: 'Arms, checked', footer: 'Source: Azatutyun (RFE/RL) · From “Arms to Baku”' };
const summary = (id: string, changes: Partial<ShareSummaryInput> = {}) => shareSummaries({ ...input, ...changes }).get(id);

describe('shareSummaries', () => {
  test('sums up every section in reading order and then every chart, keyed by its live id', () => {
    expect([...shareSummaries(input).keys()]).toEqual(['key', 'about', 'talks', 'arms', 'dates', 'chart-deals', 'chart-rest']);
  });

  test('the key figures card lists each chart’s key figure, a derived one marked as derived in words', () => {
    const figures = [
      { display: '$360 million', label: 'Key of chart-deals' },
      { display: 'about $2.64 billion', label: 'Key of chart-rest (derived)' },
    ];
    expect(summary('key')).toEqual({
      part: { id: 'key', kind: 'section', title: 'Key figures', aliases: [] },
      description: '$360 million: Key of chart-deals; about $2.64 billion: Key of chart-rest (derived)',
      alt: 'Key figures. $360 million: Key of chart-deals; about $2.64 billion: Key of chart-rest (derived).',
      card: { kind: 'section', content: { ...frame, kicker: 'Section', title: 'Key figures', figures } },
    });
  });

  test('the About card states the dedupe counts, in our own words and not as a quote', () => {
    const lead = 'The report by Azatutyun (RFE/RL), word for word: 25 paragraphs received, 12 accidental repeats removed, 13 paragraphs kept in order.';
    expect(summary('about')).toEqual({
      part: { id: 'about', kind: 'section', title: 'About this text', aliases: [] },
      description: lead,
      alt: `About this text. ${lead}`,
      card: { kind: 'section', content: { ...frame, kicker: 'Section', title: 'About this text', lead: { text: lead, quoted: false }, figures: [] } },
    });
  });

  test('a count of one is written in the singular', () => {
    const report = { received: 1, removed: ['a repeat'], paragraphs: ['a paragraph'] };
    expect(summary('about', { report })?.alt).toBe(
      'About this text. The report by Azatutyun (RFE/RL), word for word: 1 paragraph received, 1 accidental repeat removed, 1 paragraph kept in order.',
    );
  });

  test('the timeline card counts the events and names the earliest and latest dates, whatever their order', () => {
    const lead = '4 dated events in the report, from 2010 to 13 August 2013, each with the paragraph that dates it.';
    expect(summary('dates')?.description).toBe(lead);
    expect(summary('dates')?.card).toEqual({
      kind: 'section',
      content: { ...frame, kicker: 'Section', title: 'Timeline', lead: { text: lead, quoted: false }, figures: [] },
    });
    expect(summary('dates', { eventDates: ['2013-08-13'] })?.description).toBe(
      '1 dated event in the report, from 13 August 2013 to 13 August 2013, each with the paragraph that dates it.',
    );
  });

  test('a timeline with no dated event stops the build, naming the section', () => {
    expect(() => summary('dates', { eventDates: [] })).toThrow('share pages: the section "dates" has no dated event to sum it up');
  });

  test('an article section is summed up by its first sentence, quoted, and the key figure of the chart that stands in it', () => {
    expect(summary('talks')).toEqual({
      part: { id: 'talks', kind: 'section', title: 'The talks', aliases: ['old-talks', 'older-talks'] },
      description: 'Putin met Aliyev in Baku.',
      alt: 'The talks. “Putin met Aliyev in Baku.” $360 million: Key of chart-deals.',
      card: {
        kind: 'section',
        content: {
          ...frame,
          kicker: 'Section',
          title: 'The talks',
          lead: { text: 'Putin met Aliyev in Baku.', quoted: true },
          figures: [{ display: '$360 million', label: 'Key of chart-deals' }],
        },
      },
    });
    expect(summary('arms')?.alt).toBe('The arms. “Arms were sold.” about $2.64 billion: Key of chart-rest (derived).');
  });

  test('a section with two charts shows the first chart’s key figure only', () => {
    const charts = [chart('chart-deals', 2, stated, '$360 million'), chart('chart-rest', 1, derived, 'about $2.64 billion')];
    expect(summary('talks', { charts })?.card).toMatchObject({ content: { figures: [{ display: '$360 million', label: 'Key of chart-deals' }] } });
  });

  test('a section no chart stands in has no figure on its card', () => {
    const charts = [chart('chart-deals', 3, stated, '$360 million')];
    expect(summary('talks', { charts })?.card).toMatchObject({ content: { figures: [] } });
    expect(summary('talks', { charts })?.alt).toBe('The talks. “Putin met Aliyev in Baku.”');
  });

  test('a section the article does not hold stops the build, naming it', () => {
    const contents = [...input.contents, { id: 'lost', title: 'Lost' }];
    expect(() => shareSummaries({ ...input, contents })).toThrow('share pages: the section "lost" has no paragraph to sum it up');
    const sections = [{ id: 'talks', paragraphs: [] }, ...input.sections.slice(1)];
    expect(() => shareSummaries({ ...input, sections })).toThrow('share pages: the section "talks" has no paragraph to sum it up');
  });

  test('a long lead is cut at a word for the description (160 characters) and the alt text (420)', () => {
    const long = `${'word '.repeat(100)}end.`;
    const sections = [
      { id: 'talks', paragraphs: [{ number: 1, lead: long }] },
      { id: 'arms', paragraphs: [{ number: 2, lead: 'Arms.' }] },
    ];
    const cut = summary('talks', { sections, charts: [] });
    expect(cut?.description).toBe(`${'word '.repeat(31)}word…`);
    expect(cut?.description).toHaveLength(160);
    expect(cut?.alt.length).toBeLessThanOrEqual(420);
    expect(cut?.alt).toMatch(/^The talks\. “(word ){80}word…$/u);
  });

  test('a chart is summed up by its takeaway, described in full for its alt text, and carries its spec and old ids', () => {
    expect(summary('chart-deals')).toEqual({
      part: { id: 'chart-deals', kind: 'chart', title: 'Title of chart-deals', aliases: ['chart-known'] },
      description: 'Takeaway of chart-deals.',
      alt: 'Bar chart, title of chart-deals: its parts.',
      card: {
        kind: 'chart',
        content: {
          ...frame,
          kicker: 'Chart',
          title: 'Title of chart-deals',
          spec: { form: 'bars', labels: ['A'], values: [1], displays: ['1'], derived: [false] },
        },
      },
    });
  });
});
