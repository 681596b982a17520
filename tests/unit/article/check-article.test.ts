import { describe, expect, test } from 'vitest';
import { type ArticleFiles, checkArticle, checkedArticle, LEDGER_MISMATCH } from '../../../src/lib/article/check-article';
import type { LedgerInput } from '../../../src/lib/figures/ledger';
import { passed, problems } from '../../support/checked';

// A source received with its first paragraph repeated, and an article of three frontmatter lines and one section.
const source = 'Moscow agreed to sell 24 gunships.\nIt was late.\nMoscow agreed to sell 24 gunships.\n';
const frontmatter = '---\ntitle: A sale\n---\n';
const files = (body: string): ArticleFiles => ({ file: 'article.md', raw: `${frontmatter}${body}`, body, sourceFile: 'source/sale.txt', source });
const good = '\n## The sale\n\nMoscow agreed to sell 24 gunships.\n\nIt was late.\n';
const count = { id: 'count', kind: 'stated', label: 'Gunships', value: 24, unit: 'count', quote: 'sell 24 gunships' } as const;
const declared: LedgerInput = { figures: [count], claims: [], events: [] };
const wrongCount: LedgerInput = { ...declared, figures: [{ ...count, value: 25 }] };
const drift =
  "content/source/sale.txt: the article drifted from its source: paragraph 2 of content/article.md «It was early.» differs from the source's paragraph 2 at «It was early.» (the source has «It was late.»): the article must keep the source's words";

describe('checkArticle', () => {
  test('passes an article that is the deduplicated source with matching figures, giving the report, the paragraphs and the ledger', () => {
    const article = passed(checkArticle(files(good), declared));
    expect(article.report).toEqual({
      received: 3,
      paragraphs: ['Moscow agreed to sell 24 gunships.', 'It was late.'],
      removed: [{ index: 2, originalIndex: 0 }],
    });
    expect(article.paragraphs).toEqual(['Moscow agreed to sell 24 gunships.', 'It was late.']);
    expect(article.ledger.figures.map((f) => [f.id, f.kind === 'stated' && f.location.paragraph])).toEqual([['count', 1]]);
  });

  test('refuses a paragraph that drifted from the source, naming the source file and the paragraph', () => {
    expect(problems(checkArticle(files(good.replace('late', 'early')), declared))).toEqual([drift]);
  });

  test('reports the figures’ problems and the drift together, the figures’ first', () => {
    expect(problems(checkArticle(files(good.replace('late', 'early')), wrongCount))).toEqual([
      'figure "count": “sell 24 gunships” (¶1) says exact 24 count, but figures.ts has exact 25 count',
      drift,
    ]);
  });

  test('reports a figure’s problem alone when the paragraphs are the source’s', () => {
    expect(problems(checkArticle(files(good), wrongCount))).toEqual([
      'figure "count": “sell 24 gunships” (¶1) says exact 24 count, but figures.ts has exact 25 count',
    ]);
  });

  // Lines 1-3 are the frontmatter, 4-9 the section, 10 a blank line, 11 the quote.
  test('names a block that is no paragraph by its line in the whole file, frontmatter included', () => {
    expect(() => checkArticle(files(`${good}\n> An aside.\n`), declared)).toThrow('content/article.md:11: a blockquote («> An aside.»)');
  });
});

describe('checkedArticle', () => {
  test('gives the checked article when nothing drifted', () => {
    expect(checkedArticle(files(good), declared).paragraphs).toHaveLength(2);
  });

  test.each([
    {
      what: 'only the paragraphs drifted',
      body: good.replace('late', 'early'),
      ledger: declared,
      heading: 'The article drifted from content/source/sale.txt:',
    },
    { what: 'a figure is wrong', body: good, ledger: wrongCount, heading: `${LEDGER_MISMATCH}:` },
    { what: 'a figure is wrong and the paragraphs drifted', body: good.replace('late', 'early'), ledger: wrongCount, heading: `${LEDGER_MISMATCH}:` },
  ])('throws once, headed by what to fix first, when $what', ({ body, ledger, heading }) => {
    expect(() => checkedArticle(files(body), ledger)).toThrow(heading);
    expect(() => checkedArticle(files(body), ledger)).toThrow(/^[^\n]+:\n- /u);
  });
});
