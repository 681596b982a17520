import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { checkArticle, checkedArticle, LEDGER_MISMATCH } from '../../src/lib/article/check-article';
import { articleBlocks } from '../../src/lib/article/contract';
import { dedupe } from '../../src/lib/article/dedupe';
import { ledgerInput } from '../../src/data/figures';
import { articleFiles, readArticle, readText } from '../support/article';
import { passed, problems } from '../support/checked';

const { frontmatter, body } = readArticle();
const sourceFile = `content/${frontmatter.source.file}`;
// The source's 13 paragraphs, 0-based here as in arrays; the messages count from 1, as readers do.
const source = () => dedupe(readText(sourceFile)).paragraphs;
const at = (i: number) => source()[i]!;
const thrown = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected it to throw, but it returned');
};

describe('the article keeps the source’s words', () => {
  test('content/source keeps the report exactly as received, byte for byte', () => {
    // The SHA-256 of ../shared/seeds/000_38e296471266fea8.txt, the copy shared with the team, taken from that
    // file itself: pinned here so the check runs on every checkout, with or without ../shared beside it.
    expect(createHash('sha256').update(readText(sourceFile)).digest('hex')).toBe('ae7e4dfd924cf8aefbf57781b8c4fc48e6aa1dffd7d0c33308784ee436b58004');
  });

  test('the source as received has 25 paragraphs, 12 of them an accidental repeat, leaving 13', () => {
    const { report } = passed(checkArticle(articleFiles(), ledgerInput));
    expect(report.received).toBe(25);
    expect(report.removed).toHaveLength(12);
    expect(report.paragraphs).toHaveLength(13);
  });

  test('the build’s check passes the article as written: its paragraphs are dedupe(source), exactly and in order', () => {
    const { paragraphs } = passed(checkArticle(articleFiles(), ledgerInput));
    expect(paragraphs).toEqual(source());
  });

  test('the article has 6 to 10 sections of our own, each with at least one paragraph under it', () => {
    const { headings } = articleBlocks(body);
    const sections = body.split(/^## /mu).slice(1);
    expect(headings.length).toBeGreaterThanOrEqual(6);
    expect(headings.length).toBeLessThanOrEqual(10);
    expect(sections).toHaveLength(headings.length);
    expect(sections.filter((section) => articleBlocks(section.replace(/^.*\n/u, '')).paragraphs.length === 0)).toEqual([]);
  });

  test('the article’s own headings are not paragraphs of the source', () => {
    const { headings } = articleBlocks(body);
    expect(headings.length).toBeGreaterThan(0);
    expect(headings.filter((heading) => source().some((p) => p.includes(heading)))).toEqual([]);
  });
});

describe('the build stops when the article drifts from its source, naming the paragraph', () => {
  // Paragraphs 9, 10 and 13 hold no figure, claim or event, so these edits trip the drift check alone.
  const heading = `The article drifted from ${sourceFile}:\n- ${sourceFile}: the article drifted from its source: `;
  test.each([
    {
      change: 'deleting paragraph 10',
      edit: (raw: string) => raw.replace(`${at(9)}\n\n`, ''),
      message: "paragraph 10 of content/article.md «Russian arms supplies to Armenia, mostly carried out …» is the source's paragraph 11: paragraphs are out of order, repeated or missing",
    },
    {
      change: 'repeating paragraph 13 at the end',
      edit: (raw: string) => `${raw}\n${at(12)}\n`,
      message: 'paragraph 14 of content/article.md «In what might have been a warning to …» is extra: the source has only 13 paragraphs',
    },
    {
      change: 'swapping paragraphs 9 and 10',
      edit: (raw: string) => raw.replace(`${at(8)}\n\n${at(9)}`, `${at(9)}\n\n${at(8)}`),
      message:
        "paragraph 9 of content/article.md «Russia already faced strong criticism from Armenian political …» is the source's paragraph 10: paragraphs are out of order, repeated or missing",
    },
    {
      change: 'editing one word deep in paragraph 10',
      edit: (raw: string) => raw.replace('the military balance', 'the military equilibrium'),
      message:
        "paragraph 10 of content/article.md «Russia already faced strong criticism from Armenian political …» differs from the source's paragraph 10 at «…ermine the military equilibrium in the Karaba…» (the source has «…ermine the military balance in the Karabakh c…»): the article must keep the source's words",
    },
  ])('$change', ({ edit, message }) => {
    expect(thrown(() => checkedArticle(articleFiles(edit), ledgerInput))).toBe(`${heading}${message}`);
  });

  test('an edited amount is named by its figure first, then by its paragraph, under the figures’ heading', () => {
    const edit = (raw: string) => raw.replace('measured at $4 billion', 'measured at $5 billion');
    expect(thrown(() => checkedArticle(articleFiles(edit), ledgerInput)).split('\n')).toEqual([
      `${LEDGER_MISMATCH}:`,
      '- figure "cooperation-total": “is measured at $4 billion” is not in the article; found “is measured at $5 billion” in ¶2 instead',
      `- ${sourceFile}: the article drifted from its source: paragraph 2 of content/article.md «“There are periodical press reports on the volume …» differs from the source's paragraph 2 at «…jan is measured at $5 billion and it tends to…» (the source has «…jan is measured at $4 billion and it tends to…»): the article must keep the source's words`,
    ]);
  });
});

describe('the contract reads the article as rendered, not as typed', () => {
  test('the bracketed insertion in paragraph 2 reaches the reader with its brackets, as the source has it', () => {
    expect(at(1)).toContain('[Russian-Azerbaijani military]');
    expect(passed(checkArticle(articleFiles(), ledgerInput)).paragraphs[1]).toContain('[Russian-Azerbaijani military]');
  });

  test.each([
    { change: 'an escaped dollar sign', edit: (raw: string) => raw.replace('$4 billion', '\\$4 billion') },
    { change: 'emphasis typed into a paragraph', edit: (raw: string) => raw.replace('Azerbaijani media', '*Azerbaijani* media') },
  ])('$change is the same words to a reader, so the check still passes', ({ edit }) => {
    expect(passed(checkArticle(articleFiles(edit), ledgerInput)).paragraphs).toEqual(source());
  });

  test('Markdown that swallows the source’s brackets fails the check, naming paragraph 2 and the words around the change', () => {
    const edit = (raw: string) => raw.replace('[Russian-Azerbaijani military]', '[Russian-Azerbaijani military]()');
    expect(problems(checkArticle(articleFiles(edit), ledgerInput))).toEqual([
      `${sourceFile}: the article drifted from its source: paragraph 2 of content/article.md «“There are periodical press reports on the volume …» differs from the source's paragraph 2 at «…ts on the volume of Russian-Azerbaijani milit…» (the source has «…ts on the volume of [Russian-Azerbaijani mili…»): the article must keep the source's words`,
    ]);
  });

  test('a blockquote slipped between two paragraphs of the real article stops the build, naming its line in content/article.md', () => {
    const edit = (raw: string) => raw.replace(at(2), `${at(2)}\n\n> A note of ours.`);
    const files = articleFiles(edit);
    const line = files.raw.split('\n').indexOf('> A note of ours.') + 1;
    // Counted in the whole file, frontmatter included, so the line is past the frontmatter's.
    expect(line).toBeGreaterThan(files.raw.split('\n').indexOf('---', 1) + 1);
    expect(() => checkArticle(files, ledgerInput)).toThrow(`content/article.md:${line}: a blockquote («> A note of ours.»)`);
  });
});
