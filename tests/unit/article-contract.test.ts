import { describe, expect, test } from 'vitest';
import { articleBlocks, firstParagraphMismatch } from '../../src/lib/article/contract';

const expected = ['Alpha one two three four five six seven eight nine.', 'Bravo paragraph.', 'Charlie paragraph.'];

describe('article contract', () => {
  test('separates our headings from the paragraphs, whatever the line endings', () => {
    const body = '\r\n## First\r\n\r\nAlpha.\r\n\r\n## Second heading\n\nBravo.\n\nCharlie.\n';
    expect(articleBlocks(body)).toEqual({ headings: ['First', 'Second heading'], paragraphs: ['Alpha.', 'Bravo.', 'Charlie.'] });
  });

  test('finds no mismatch when paragraphs are equal and in order', () => {
    expect(firstParagraphMismatch(expected, expected)).toBeNull();
  });

  test.each([
    { change: 'a deleted paragraph', actual: [expected[0], expected[2]], message: /paragraph 2 .*«Charlie paragraph.».*source's paragraph 3/ },
    {
      change: 'a duplicated paragraph',
      actual: [expected[0], expected[0], expected[1], expected[2]],
      message: /paragraph 2 .*«Alpha one two three four five six seven …»/,
    },
    { change: 'two swapped paragraphs', actual: [expected[1], expected[0], expected[2]], message: /paragraph 1 .*«Bravo paragraph.».*out of order/ },
    {
      change: 'an edited word',
      actual: [expected[0], 'Bravo paragraphs.', expected[2]],
      message: /paragraph 2 .*«Bravo paragraphs.» differs from the source's paragraph 2 at «Bravo paragraphs.» \(the source has «Bravo paragraph.»\)/,
    },
    { change: 'a missing last paragraph', actual: [expected[0], expected[1]], message: /paragraph 3 .* is missing.*«Charlie paragraph.»/ },
    { change: 'an extra last paragraph', actual: [...expected, 'Delta.'], message: /paragraph 4 .*«Delta.» is extra/ },
  ])('reports $change with the first words of the paragraph at fault', ({ actual, message }) => {
    expect(firstParagraphMismatch(actual as string[], expected)).toMatch(message);
  });
});
