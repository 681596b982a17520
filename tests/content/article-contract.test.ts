import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { articleBlocks, bodyLineOffset, firstParagraphMismatch } from '../../src/lib/article/contract';
import { dedupe } from '../../src/lib/article/dedupe';
import { hasSharedSeed, readArticle, readBody, readText, sharedSeed } from '../support/article';

const { frontmatter, body } = readArticle();
const source = readText(`content/${frontmatter.source.file}`);
const report = dedupe(source);
const { headings, paragraphs } = articleBlocks(body);

describe('the article keeps the source’s words', () => {
  test('the source as received has 25 paragraphs, 12 of them an accidental repeat, leaving 13', () => {
    expect(report.received).toBe(25);
    expect(report.removed).toHaveLength(12);
    expect(report.paragraphs).toHaveLength(13);
  });

  test('the article’s paragraphs equal dedupe(source) exactly and in order', () => {
    expect(firstParagraphMismatch(paragraphs, report.paragraphs)).toBeNull();
    expect(paragraphs).toEqual(report.paragraphs);
  });

  test('the article has 6 to 10 sections of our own, each with at least one paragraph under it', () => {
    expect(headings.length).toBeGreaterThanOrEqual(6);
    expect(headings.length).toBeLessThanOrEqual(10);
    const sections = body.split(/^## /mu).slice(1);
    for (const section of sections) expect(articleBlocks(section.replace(/^.*\n/u, '')).paragraphs.length).toBeGreaterThan(0);
  });

  test('the article’s own headings are not paragraphs of the source', () => {
    for (const heading of headings) expect(report.paragraphs.some((p) => p.includes(heading))).toBe(false);
  });

  test.skipIf(!hasSharedSeed)('content/source keeps the seed byte for byte (needs ../shared beside the checkout)', () => {
    expect(source).toBe(readFileSync(sharedSeed, 'utf8'));
  });
});

describe('drift in the article is caught and named', () => {
  const firstWords = (text: string) => text.split(/\s+/u).slice(0, 4).join(' ');
  const drifts = [
    { change: 'deleting paragraph 5', mutate: (p: string[]) => p.filter((_, i) => i !== 4), quoted: () => report.paragraphs[5]! },
    { change: 'duplicating paragraph 3', mutate: (p: string[]) => [...p.slice(0, 3), p[2]!, ...p.slice(3)], quoted: () => report.paragraphs[2]! },
    { change: 'swapping paragraphs 7 and 8', mutate: (p: string[]) => [...p.slice(0, 6), p[7]!, p[6]!, ...p.slice(8)], quoted: () => report.paragraphs[7]! },
    { change: 'editing one word of paragraph 2', mutate: (p: string[]) => p.map((x, i) => (i === 1 ? x.replace('$4 billion', '$5 billion') : x)), quoted: () => report.paragraphs[1]! },
  ];
  test.each(drifts)('$change fails with the first words of the paragraph at fault', ({ mutate, quoted }) => {
    const message = firstParagraphMismatch(mutate([...paragraphs]), report.paragraphs);
    expect(message).not.toBeNull();
    expect(message).toContain(firstWords(quoted()));
  });
});

describe('the contract reads the article as rendered, not as typed', () => {
  const { raw } = readArticle();
  const lineOffset = bodyLineOffset(raw, body);

  test('the bracketed insertion in paragraph 2 reaches the reader with its brackets, as the source has it', () => {
    expect(report.paragraphs[1]).toContain('[Russian-Azerbaijani military]');
    expect(paragraphs[1]).toContain('[Russian-Azerbaijani military]');
  });

  test('an escaped dollar sign in the Markdown is the same words to a reader, so the contract holds', () => {
    const escaped = body.replace('$4 billion', '\\$4 billion');
    expect(escaped).not.toBe(body);
    expect(firstParagraphMismatch(articleBlocks(escaped).paragraphs, report.paragraphs)).toBeNull();
  });

  test('emphasis typed into a paragraph keeps its words, so the contract still holds', () => {
    const emphasised = body.replace('Azerbaijani media', '*Azerbaijani* media');
    expect(emphasised).not.toBe(body);
    expect(firstParagraphMismatch(articleBlocks(emphasised).paragraphs, report.paragraphs)).toBeNull();
  });

  test('Markdown that swallows the source’s brackets fails the contract, naming paragraph 2 and the words around the change', () => {
    const linked = body.replace('[Russian-Azerbaijani military]', '[Russian-Azerbaijani military]()');
    expect(linked).not.toBe(body);
    expect(firstParagraphMismatch(articleBlocks(linked).paragraphs, report.paragraphs)).toMatch(
      /^paragraph 2 of content\/article\.md .* differs from the source's paragraph 2 at «…ts on the volume of Russian-Azerbaijani milit…» \(the source has «…ts on the volume of \[Russian-Azerbaijani mili…»\)/u,
    );
  });

  test('a blockquote slipped between two paragraphs of the real article stops the build, naming its line in content/article.md', () => {
    const third = report.paragraphs[2]!;
    const drifted = raw.replace(third, `${third}\n\n> A note of ours.`);
    const line = drifted.split('\n').indexOf('> A note of ours.') + 1;
    expect(line).toBeGreaterThan(lineOffset);
    expect(() => articleBlocks(readBody(drifted), { lineOffset: bodyLineOffset(drifted, readBody(drifted)) })).toThrow(`content/article.md:${line}: a blockquote`);
  });
});
