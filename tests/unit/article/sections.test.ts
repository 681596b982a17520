import { describe, expect, test } from 'vitest';
import { articleSections } from '../../../src/lib/article/sections';
import { articleBlocks } from '../../../src/lib/article/contract';
import type { FigureMark } from '../../../src/lib/figures/figure-marks';

const body = [
  '## Putin’s visit & the exporter',
  'Putin came to Baku. He stayed a day.',
  'Moscow sold 24 gunships.',
  '## The deals',
  'They cost $360 million in all.',
].join('\n\n');
const blocks = (markdown = body) => articleBlocks(markdown, { lineOffset: 10 }).blocks;
const deal: FigureMark = { figure: 'deal', paragraph: 3, start: 10, end: 22, amount: '$360 million', value: 360_000_000, chart: 'chart-deals' };

describe('articleSections', () => {
  test('groups the paragraphs under their headings, ids made by rehype-slug and paragraphs numbered across sections', () => {
    const sections = articleSections(blocks());
    expect(sections.map((section) => [section.id, section.title, section.paragraphs.map((p) => p.id)])).toEqual([
      ['putins-visit--the-exporter', 'Putin’s visit & the exporter', ['p-1', 'p-2']],
      ['the-deals', 'The deals', ['p-3']],
    ]);
    expect(sections.flatMap((section) => section.paragraphs.map((p) => p.number))).toEqual([1, 2, 3]);
  });

  test('gives each paragraph its words and its first sentence as its lead', () => {
    const [first] = articleSections(blocks())[0]!.paragraphs;
    expect(first).toMatchObject({ text: 'Putin came to Baku. He stayed a day.', lead: 'Putin came to Baku.' });
  });

  test('gives two headings with the same words different ids, as GitHub does', () => {
    const sections = articleSections(blocks('## Arms\n\nOne.\n\n## Arms\n\nTwo.'));
    expect(sections.map((section) => section.id)).toEqual(['arms', 'arms-1']);
  });

  test('marks each figure in its own paragraph only', () => {
    const sections = articleSections(blocks(), { marks: [deal] });
    expect(sections[1]!.paragraphs[0]!.segments).toEqual([{ text: 'They cost ' }, { text: '$360 million', mark: deal }, { text: ' in all.' }]);
    expect(sections[0]!.paragraphs.map((p) => p.segments)).toEqual([
      [{ text: 'Putin came to Baku. He stayed a day.' }],
      [{ text: 'Moscow sold 24 gunships.' }],
    ]);
  });

  test('keeps each renamed heading’s old ids on its own section only', () => {
    const aliases = { 'old-deals': 'the-deals', 'older-deals': 'the-deals' };
    expect(articleSections(blocks(), { aliases }).map((section) => section.aliases)).toEqual([[], ['old-deals', 'older-deals']]);
  });

  test.each([
    {
      what: 'inline markup in a paragraph',
      markdown: '## A\n\nThey bought *most* of it.',
      error: 'content/article.md:13: the paragraph «They bought most of it.» holds Markdown emphasis; the page sets plain words only',
    },
    {
      what: 'inline markup in a heading',
      markdown: '## A [link](x)\n\nText.',
      error: 'content/article.md:11: the heading «A link» holds Markdown link; the page sets plain words only',
    },
    {
      what: 'a paragraph before the first heading',
      markdown: 'Loose words.\n\n## A\n\nText.',
      error: 'content/article.md:11: paragraph 1 stands before the first ## heading; every paragraph belongs to a section',
    },
    {
      what: 'a heading with no paragraph under it',
      markdown: '## A\n\nText.\n\n## Empty',
      error: 'content/article.md:15: the section "empty" has no paragraph under its heading',
    },
  ])('stops on $what, naming the line', ({ markdown, error }) => {
    expect(() => articleSections(blocks(markdown))).toThrow(error);
  });

  test('shows at most the first 40 characters of a block it stops on', () => {
    expect(() => articleSections(blocks('## A\n\nThe words of a long paragraph that goes on *well* past forty characters.'))).toThrow(
      '«The words of a long paragraph that goes » holds Markdown emphasis',
    );
  });

  test('names the file it is given in its errors', () => {
    expect(() => articleSections(blocks('Loose.'), { file: 'content/other.md' })).toThrow(/^content\/other\.md:11: /u);
  });

  test.each<{ aliases: Record<string, string>; error: string }>([
    { aliases: { old: 'nowhere' }, error: 'headingAliases: "old" points to "nowhere", which is no section id in the article' },
    { aliases: { 'the-deals': 'the-deals' }, error: 'headingAliases: "the-deals" is still a live section id; an alias is only for a renamed heading' },
  ])('stops on an alias that cannot work: $error', ({ aliases, error }) => {
    expect(() => articleSections(blocks(), { aliases })).toThrow(error);
  });

  test('stops on a mark for a paragraph the article does not have, naming the figure', () => {
    expect(() => articleSections(blocks(), { marks: [{ ...deal, paragraph: 4 }] })).toThrow('figure "deal": ¶4 is not in the article, which has 3 paragraphs');
  });
});
