import { describe, expect, test } from 'vitest';
import { articleBlocks, bodyLineOffset, firstParagraphMismatch } from '../../../src/lib/article/contract';

const expected = ['Alpha one two three four five six seven eight nine.', 'Bravo paragraph.', 'Charlie paragraph.'];

describe('the article body as readers see it', () => {
  test('separates our headings from the paragraphs, whatever the line endings', () => {
    const body = '\r\n## First\r\n\r\nAlpha.\r\n\r\n## Second heading\n\nBravo.\n\nCharlie.\n';
    expect(articleBlocks(body)).toEqual({
      headings: ['First', 'Second heading'],
      paragraphs: ['Alpha.', 'Bravo.', 'Charlie.'],
      blocks: [
        { kind: 'heading', text: 'First', line: 2 },
        { kind: 'paragraph', text: 'Alpha.', line: 4 },
        { kind: 'heading', text: 'Second heading', line: 6 },
        { kind: 'paragraph', text: 'Bravo.', line: 8 },
        { kind: 'paragraph', text: 'Charlie.', line: 10 },
      ],
    });
  });

  test('names each block by its line in the file, counting the lines before the body', () => {
    expect(articleBlocks('## A\n\nText.', { lineOffset: 5 }).blocks.map((block) => block.line)).toEqual([6, 8]);
  });

  test('a paragraph wrapped over several lines is one paragraph, its line break read as the space a reader sees', () => {
    expect(articleBlocks('One line\nand the next.').paragraphs).toEqual(['One line\nand the next.']);
  });

  // Each row is a source paragraph copied into article.md as written, and what a reader is then shown.
  test.each([
    { markdown: 'They bought *most* of it.', seen: 'They bought most of it.', markup: 'emphasis' },
    { markdown: 'They bought \\*most\\* of it.', seen: 'They bought *most* of it.', markup: undefined },
    { markdown: 'They bought __most__ of it.', seen: 'They bought most of it.', markup: 'strong' },
    { markdown: 'a snake_case_name stays', seen: 'a snake_case_name stays', markup: undefined },
    {
      markdown: 'on the volume of [Russian-Azerbaijani military] cooperation',
      seen: 'on the volume of [Russian-Azerbaijani military] cooperation',
      markup: undefined,
    },
    { markdown: 'see [the report](https://example.org) here', seen: 'see the report here', markup: 'link' },
    { markdown: 'Tom &amp; Jerry', seen: 'Tom & Jerry', markup: undefined },
    { markdown: 'Tom \\&amp; Jerry', seen: 'Tom &amp; Jerry', markup: undefined },
    { markdown: 'a 50\\% rise', seen: 'a 50% rise', markup: undefined },
    { markdown: 'C:\\path stays', seen: 'C:\\path stays', markup: undefined },
    { markdown: 'it is \\#1 now', seen: 'it is #1 now', markup: undefined },
    { markdown: '#1 on the list', seen: '#1 on the list', markup: undefined },
    { markdown: '\\#1 on the list', seen: '#1 on the list', markup: undefined },
    { markdown: 'a <b>bold</b> claim', seen: 'a bold claim', markup: 'html' },
    { markdown: 'a ![chart of sales](x.png) here', seen: 'a  here', markup: 'image' },
  ])('the Markdown «$markdown» reaches the reader as «$seen», its first markup being $markup', ({ markdown, seen, markup }) => {
    expect(articleBlocks(markdown).paragraphs).toEqual([seen]);
    expect(articleBlocks(markdown).blocks[0]?.markup).toBe(markup);
  });

  test('a source paragraph whose Markdown characters would be swallowed fails the contract, naming the paragraph and the change', () => {
    const source = ['Aliyev said the *most* modern weapons would come.'];
    const { paragraphs } = articleBlocks(source[0]!);
    expect(firstParagraphMismatch(paragraphs, source)).toBe(
      "paragraph 1 of content/article.md «Aliyev said the most modern weapons would come.» differs from the source's paragraph 1 at «Aliyev said the most modern weapons would…» (the source has «Aliyev said the *most* modern weapons wou…»): the article must keep the source's words",
    );
  });

  test.each([
    { what: 'a blockquote', block: '> quoted words', kind: 'a blockquote', shown: '> quoted words' },
    { what: 'a list', block: '- one item', kind: 'a list', shown: '- one item' },
    { what: 'a numbered list', block: '1. one item', kind: 'a list', shown: '1. one item' },
    { what: 'an HTML block', block: '<div>boxed</div>', kind: 'a html', shown: '<div>boxed</div>' },
    { what: 'a level-1 heading', block: '# Not one of ours', kind: 'a level-1 heading', shown: '# Not one of ours' },
    { what: 'a level-3 heading', block: '### Sub-heading', kind: 'a level-3 heading', shown: '### Sub-heading' },
    { what: 'a thematic break', block: '***', kind: 'a thematicBreak', shown: '***' },
    { what: 'a code block', block: '    indented code', kind: 'a code', shown: 'indented code' },
    {
      what: 'a long blockquote',
      block: '> A note of ours that runs on well past forty characters.',
      kind: 'a blockquote',
      shown: '> A note of ours that runs on well past ',
    },
  ])('$what in the body stops the build, naming its line in the file and showing its first 40 characters', ({ block, kind, shown }) => {
    // Line 5 of the body, after 14 lines of frontmatter.
    const body = `## Heading\n\nFirst paragraph.\n\n${block}\n\nLast paragraph.\n`;
    expect(() => articleBlocks(body, { file: 'content/article.md', lineOffset: 14 })).toThrow(`content/article.md:19: ${kind} («${shown}») is neither`);
  });

  test('names content/article.md when no file is given', () => {
    expect(() => articleBlocks('> quoted')).toThrow('content/article.md:1: a blockquote («> quoted») is neither');
  });

  test('a block in a body with Windows line ends is named and shown the same way', () => {
    const body = '## Heading\r\n\r\nFirst paragraph.\r\n\r\n> quoted words\r\n';
    expect(() => articleBlocks(body, { file: 'content/article.md', lineOffset: 2 })).toThrow(
      'content/article.md:7: a blockquote («> quoted words») is neither',
    );
  });
});

describe('bodyLineOffset', () => {
  test.each([
    { what: 'after three lines of frontmatter', raw: '---\ntitle: x\n---\nBody text.\n', body: 'Body text.\n', lines: 3 },
    { what: 'at the very start', raw: 'Body text.\n', body: 'Body text.\n', lines: 0 },
  ])('counts the lines before a body $what: $lines', ({ raw, body, lines }) => {
    expect(bodyLineOffset(raw, body)).toBe(lines);
  });

  test('stops on a body that is not in its file, whose lines it could not name', () => {
    expect(() => bodyLineOffset('---\ntitle: x\n---\nBody text.\n', 'Other text.\n')).toThrow('the body is not in the file it was read from');
  });
});

describe('the first paragraph that parts from the source', () => {
  test('finds no mismatch when paragraphs are equal and in order', () => {
    expect(firstParagraphMismatch(expected, expected)).toBeNull();
  });

  test.each([
    { change: 'a deleted paragraph', actual: [expected[0], expected[2]], message: /paragraph 2 .*«Charlie paragraph.».*source's paragraph 3/ },
    {
      change: 'a duplicated paragraph',
      actual: [expected[0], expected[0], expected[1], expected[2]],
      message: /^paragraph 2 of content\/article\.md «Alpha one two three four five six seven …» is the source's paragraph 1: paragraphs are out of order/,
    },
    { change: 'two swapped paragraphs', actual: [expected[1], expected[0], expected[2]], message: /paragraph 1 .*«Bravo paragraph.».*out of order/ },
    {
      change: 'an edited word',
      actual: [expected[0], 'Bravo paragraphs.', expected[2]],
      message: /paragraph 2 .*«Bravo paragraphs.» differs from the source's paragraph 2 at «Bravo paragraphs.» \(the source has «Bravo paragraph.»\)/,
    },
    { change: 'a missing last paragraph', actual: [expected[0], expected[1]], message: /paragraph 3 .* is missing.*«Charlie paragraph.»/ },
    { change: 'an extra last paragraph', actual: [...expected, 'Delta.'], message: /paragraph 4 .*«Delta.» is extra/ },
    {
      change: 'an extra paragraph with a double space, its first words shown singly spaced',
      actual: [...expected, 'Delta  echo foxtrot golf hotel india juliet kilo.'],
      message: /^paragraph 4 of content\/article\.md «Delta echo foxtrot golf hotel india juliet kilo\.» is extra: the source has only 3 paragraphs$/,
    },
  ])('reports $change with the first words of the paragraph at fault', ({ actual, message }) => {
    expect(firstParagraphMismatch(actual as string[], expected)).toMatch(message);
  });

  test('an edit deep in a long paragraph is shown with the words around it, cut with ellipses on both sides', () => {
    const want = 'The first words of a long paragraph run on for a while before the amount of $360 million appears, and then the sentence goes on to its end.';
    const got = want.replace('$360 million', '$460 million');
    expect(firstParagraphMismatch([got], [want])).toBe(
      "paragraph 1 of content/article.md «The first words of a long paragraph run …» differs from the source's paragraph 1 at «…fore the amount of $460 million appears, and …» (the source has «…fore the amount of $360 million appears, and …»): the article must keep the source's words",
    );
  });

  test.each([
    {
      change: 'a difference 20 characters in, 25 before the end, shows the whole paragraph with no ellipsis',
      got: 'Twenty characters okB then twenty-four chars.',
      want: 'Twenty characters okA then twenty-four chars.',
      message:
        "paragraph 1 of content/article.md «Twenty characters okB then twenty-four chars.» differs from the source's paragraph 1 at «Twenty characters okB then twenty-four chars.» (the source has «Twenty characters okA then twenty-four chars.»): the article must keep the source's words",
    },
    {
      change: 'a difference in the first character is shown from the start',
      got: 'Zulu paragraph.',
      want: 'Alpha one two three four five six seven eight nine.',
      message:
        "paragraph 1 of content/article.md «Zulu paragraph.» differs from the source's paragraph 1 at «Zulu paragraph.» (the source has «Alpha one two three four …»): the article must keep the source's words",
    },
    {
      change: 'a paragraph cut short is shown where it ends',
      got: 'Alpha one two three four five six',
      want: 'Alpha one two three four five six seven eight nine.',
      message:
        "paragraph 1 of content/article.md «Alpha one two three four five six» differs from the source's paragraph 1 at «… three four five six» (the source has «… three four five six seven eight nine.»): the article must keep the source's words",
    },
  ])('$change', ({ got, want, message }) => {
    expect(firstParagraphMismatch([got], [want])).toBe(message);
  });
});
