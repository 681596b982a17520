import { describe, expect, test } from 'vitest';
import { dedupe, paragraphKey, repeatRuns, splitParagraphs } from '../../../src/lib/article/dedupe';

describe('dedupe', () => {
  test.each([
    { name: 'a paragraph repeated twice', raw: 'A\nB\nA', kept: ['A', 'B'], removed: [{ index: 2, originalIndex: 0 }] },
    {
      name: 'a paragraph repeated three times',
      raw: 'A\nB\nA\nC\nA',
      kept: ['A', 'B', 'C'],
      removed: [
        { index: 2, originalIndex: 0 },
        { index: 4, originalIndex: 0 },
      ],
    },
    { name: 'CRLF line endings', raw: 'A\r\nB\r\nA\r\n', kept: ['A', 'B'], removed: [{ index: 2, originalIndex: 0 }] },
    { name: 'blank lines and trailing spaces', raw: '\n  A  \n\n\nB\t\n\nA \n\n', kept: ['A', 'B'], removed: [{ index: 2, originalIndex: 0 }] },
    {
      name: 'a block repeated in order',
      raw: 'A\nB\nC\nB\nC',
      kept: ['A', 'B', 'C'],
      removed: [
        { index: 3, originalIndex: 1 },
        { index: 4, originalIndex: 2 },
      ],
    },
  ])('drops repeats and keeps first occurrences in order: $name', ({ raw, kept, removed }) => {
    const report = dedupe(raw);
    expect(report.paragraphs).toEqual(kept);
    expect(report.removed).toEqual(removed);
    expect(report.received).toBe(kept.length + removed.length);
  });

  test('keeps two paragraphs that differ by one word', () => {
    const raw = 'Moscow agreed to sell 24 gunships.\nMoscow agreed to sell 24 helicopters.';
    expect(dedupe(raw).paragraphs).toHaveLength(2);
    expect(dedupe(raw).removed).toEqual([]);
  });

  test('treats NFC-equivalent text and folded inner whitespace as the same paragraph', () => {
    const composed = 'Caf\u00e9  society';
    const decomposed = 'Cafe\u0301 society';
    const report = dedupe(`${composed}\n${decomposed}`);
    expect(report.paragraphs).toEqual([composed]);
    expect(paragraphKey(decomposed)).toBe(paragraphKey(composed));
  });

  test('keeps the first occurrence exactly as written, not its normalised key', () => {
    const first = 'Two  spaces\u00a0here';
    expect(dedupe(`${first}\nTwo spaces here`).paragraphs).toEqual([first]);
  });

  test('does not treat different punctuation or case as a repeat', () => {
    expect(dedupe('It said so.\nIt said so!\nit said so.').paragraphs).toHaveLength(3);
  });

  test.each(['', '   ', '\n\r\n\t\n'])('rejects input with no paragraphs (%j) with a clear error', (raw) => {
    expect(() => dedupe(raw)).toThrow(/no paragraphs/);
  });

  test('splits one paragraph a line whatever the line ending', () => {
    expect(splitParagraphs('A\rB\r\nC\nD')).toEqual(['A', 'B', 'C', 'D']);
  });

  test('groups consecutive repeats of consecutive originals into runs', () => {
    const { removed } = dedupe('A\nB\nC\nB\nC\nA');
    expect(repeatRuns(removed)).toEqual([
      { first: 4, last: 5, originalFirst: 2, originalLast: 3 },
      { first: 6, last: 6, originalFirst: 1, originalLast: 1 },
    ]);
  });

  test.each([
    { paragraph: '  Two  spaces\there  ', key: 'Two spaces here' },
    { paragraph: 'Line\nbreak', key: 'Line break' },
    { paragraph: 'Cafe\u0301', key: 'Caf\u00e9' },
  ])('the comparison key of %j folds whitespace to single spaces, trims it and composes accents', ({ paragraph, key }) => {
    expect(paragraphKey(paragraph)).toBe(key);
  });

  test.each([
    {
      what: 'repeats that are not next to each other',
      removed: [
        { index: 3, originalIndex: 0 },
        { index: 5, originalIndex: 1 },
      ],
      runs: [
        { first: 4, last: 4, originalFirst: 1, originalLast: 1 },
        { first: 6, last: 6, originalFirst: 2, originalLast: 2 },
      ],
    },
    {
      what: 'neighbouring repeats of originals that are not neighbours',
      removed: [
        { index: 3, originalIndex: 0 },
        { index: 4, originalIndex: 2 },
      ],
      runs: [
        { first: 4, last: 4, originalFirst: 1, originalLast: 1 },
        { first: 5, last: 5, originalFirst: 3, originalLast: 3 },
      ],
    },
  ])('keeps $what in runs of their own', ({ removed, runs }) => {
    expect(repeatRuns(removed)).toEqual(runs);
  });
});
