import rehypeSlug from 'rehype-slug';
import { describe, expect, test } from 'vitest';
import { rehypeFigureMarks } from '../../src/lib/markdown/rehype-figure-marks';
import { rehypeParagraphIds } from '../../src/lib/markdown/rehype-paragraph-ids';
import { rehypeSectionLinks } from '../../src/lib/markdown/rehype-section-links';
import { rehypeSections } from '../../src/lib/markdown/rehype-sections';
import { attr, runPlugins, select, selectAll, toString } from '../support/hast';

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
    expect(toString(pilcrow!)).toBe('¶');
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
});

describe('rehypeSections', () => {
  test('wraps each h2 and what follows it in a section labelled by the heading', async () => {
    const tree = await runPlugins('<p>Lead</p><h2 id="a">A</h2><p>1</p><p>2</p><h2 id="b">B</h2><p>3</p>', [rehypeSections]);
    const sections = selectAll('section', tree);
    expect(sections.map((s) => s.properties.ariaLabelledBy)).toEqual([['a'], ['b']]);
    expect(selectAll('section:first-of-type p', tree)).toHaveLength(2);
    expect(tree.children[0]).toMatchObject({ tagName: 'p' });
  });
});

describe('rehypeSectionLinks', () => {
  test('adds a self-link with hidden text and a hidden copy button outside the heading', async () => {
    const tree = await runPlugins('<h2 id="where">Where it went</h2><h3 id="minor">Minor</h3>', [rehypeSectionLinks]);
    const link = select('.heading-wrap a.self-link', tree);
    expect(link?.properties.href).toBe('#where');
    expect(toString(select('.heading-wrap a.self-link .visually-hidden', tree)!)).toBe('Link to section: Where it went');
    const button = select('.heading-wrap button.copy-link', tree);
    expect(button?.properties).toMatchObject({ type: 'button', dataFragment: 'where', hidden: true });
    expect(toString(select('h2', tree)!)).toBe('Where it went');
    expect(selectAll('.heading-wrap', tree)).toHaveLength(1);
  });

  test('leaves headings without an id alone', async () => {
    const tree = await runPlugins('<h2>No id</h2>', [rehypeSectionLinks]);
    expect(select('.heading-wrap', tree)).toBeUndefined();
  });

  test('keeps a renamed heading’s old id as an anchor beside it', async () => {
    const tree = await runPlugins('<h2 id="new-title">New title</h2>', [[rehypeSectionLinks, { aliases: { 'old-title': 'new-title' } }]]);
    expect(select('.heading-wrap > span#old-title.anchor-alias + h2#new-title', tree)).toBeTruthy();
  });

  test('takes the aliases from the frontmatter’s headingAliases when no option is given', async () => {
    const tree = await runPlugins('<h2 id="new-title">New title</h2>', [rehypeSectionLinks], { headingAliases: { 'old-title': 'new-title' } });
    expect(select('span#old-title.anchor-alias', tree)).toBeTruthy();
  });

  test.each([
    { aliases: { old: 'nowhere' }, error: /"old" points to "nowhere", which is no section id/ },
    { aliases: { live: 'live' }, error: /"live" is still a live section id/ },
  ])('stops on an alias that cannot work: $error', async ({ aliases, error }) => {
    await expect(runPlugins('<h2 id="live">Live</h2>', [[rehypeSectionLinks, { aliases }]])).rejects.toThrow(error);
  });
});

describe('rehypeFigureMarks', () => {
  const marks = [
    { id: 'deal', quote: 'for a combined $360 million', amountText: '$360 million', value: 360_000_000, href: '#chart-mi35' },
    { id: 'count', quote: 'sell 24 Mi-35', amountText: '24', value: 24, href: '/figures/#count' },
  ];

  test('wraps each amount in <data value> inside a link, at the one place its quote stands', async () => {
    const tree = await runPlugins('<p>Moscow agreed to sell 24 Mi-35 gunships for a combined $360 million.</p>', [[rehypeFigureMarks, { marks }]]);
    const links = selectAll('a.figure-ref', tree);
    expect(links.map((a) => [a.properties.href, a.properties.dataFigure, toString(a)])).toEqual([
      ['/figures/#count', 'count', '24'],
      ['#chart-mi35', 'deal', '$360 million'],
    ]);
    expect(select('a[data-figure="deal"] > data', tree)?.properties.value).toBe('360000000');
    expect(toString(select('p', tree)!)).toBe('Moscow agreed to sell 24 Mi-35 gunships for a combined $360 million.');
  });

  test('stops the build naming the figure whose quote is not in the text', async () => {
    await expect(runPlugins('<p>Moscow agreed to sell 24 Mi-35 gunships for a combined $400 million.</p>', [[rehypeFigureMarks, { marks }]])).rejects.toThrow(
      'figure "deal" expects “for a combined $360 million”',
    );
  });

  test('refuses a mark whose amount is not inside its quote', async () => {
    await expect(runPlugins('<p>x</p>', [[rehypeFigureMarks, { marks: [{ ...marks[0]!, amountText: '$1 billion' }] }]])).rejects.toThrow(
      'figure "deal": “$1 billion” is not inside',
    );
  });
});
