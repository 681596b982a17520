import rehypeSlug from 'rehype-slug';
import { describe, expect, test } from 'vitest';
import { rehypeParagraphIds } from '../../../src/lib/markdown/rehype-paragraph-ids';
import { attr, runPlugins, select, selectAll, toString } from '../../support/hast';

describe('rehype-slug in our pipeline', () => {
  test.each([
    { heading: 'Where Moscow said no', id: 'where-moscow-said-no' },
    { heading: 'Putin’s visit and the arms exporter', id: 'putins-visit-and-the-arms-exporter' },
    { heading: "Baku's build-up", id: 'bakus-build-up' },
    { heading: 'Earlier sales: air defence', id: 'earlier-sales-air-defence' },
  ])('turns "$heading" into the id $id', async ({ heading, id }) => {
    const tree = await runPlugins(`<h2>${heading}</h2>`, [rehypeSlug]);
    expect(attr(tree, 'h2', 'id')).toBe(id);
  });

  test('keeps an id that is already set', async () => {
    const tree = await runPlugins('<h2 id="kept">Some title</h2>', [rehypeSlug]);
    expect(attr(tree, 'h2', 'id')).toBe('kept');
  });
});

describe('rehypeParagraphIds', () => {
  test('numbers top-level paragraphs in order and adds a labelled pilcrow link to each', async () => {
    const tree = await runPlugins('<h2>T</h2><p>One</p><p>Two</p><blockquote><p>Quoted</p></blockquote><p>Three</p>', [rehypeParagraphIds]);
    const ids = selectAll('p[id]', tree).map((p) => p.properties.id);
    expect(ids).toEqual(['p-1', 'p-2', 'p-3']);
    expect(attr(tree, 'blockquote p', 'id')).toBeUndefined();
    const pilcrow = select('#p-2 a.pilcrow', tree);
    expect(pilcrow?.properties.href).toBe('#p-2');
    expect(pilcrow?.properties.ariaLabel).toBe('Link to paragraph 2');
    expect(toString(pilcrow!)).toBe('');
    // The paragraph's text is its words alone: the pilcrow's mark is drawn by CSS.
    expect(toString(select('#p-2', tree)!).trim()).toBe('Two');
  });

  test('never overwrites an id that is set, and links the pilcrow to it', async () => {
    const tree = await runPlugins('<p>One</p><p id="mine">Two</p>', [rehypeParagraphIds]);
    expect(attr(tree, 'p:nth-of-type(2)', 'id')).toBe('mine');
    expect(select('#mine a.pilcrow', tree)?.properties.href).toBe('#mine');
  });

  test('takes a prefix and a label from its options', async () => {
    const tree = await runPlugins('<p>One</p>', [[rehypeParagraphIds, { prefix: 'para', label: (n: number) => `¶ ${n}` }]]);
    expect(attr(tree, 'p', 'id')).toBe('para1');
    expect(attr(tree, 'a', 'ariaLabel')).toBe('¶ 1');
  });

  test('treats an empty id as none', async () => {
    const tree = await runPlugins('<p id="">One</p>', [rehypeParagraphIds]);
    expect(attr(tree, 'p', 'id')).toBe('p-1');
  });

  test('puts a space between the paragraph’s last word and its pilcrow, so the mark drawn there stands apart', async () => {
    const p = select('p', await runPlugins('<p>One</p>', [rehypeParagraphIds]))!;
    expect(p.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? child.tagName : child.type))).toEqual(['One', ' ', 'a']);
  });
});
