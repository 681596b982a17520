import { describe, expect, test } from 'vitest';
import { h } from 'hastscript';
import { headingWrap, rehypeSectionLinks } from '../../../src/lib/markdown/rehype-section-links';
import { runPlugins, select, selectAll, toString } from '../../support/hast';

describe('rehypeSectionLinks', () => {
  test('adds a self-link with hidden text and a hidden copy button outside the heading', async () => {
    const tree = await runPlugins('<h2 id="where">Where it went</h2><h3 id="minor">Minor</h3>', [rehypeSectionLinks]);
    const link = select('.heading-wrap a.self-link', tree);
    expect(link?.properties.href).toBe('#where');
    expect(link?.properties.ariaLabel).toBe('Link to section: Where it went');
    // Its visible mark comes from CSS, so reader modes and copied text get no stray words.
    expect(toString(link!)).toBe('');
    expect(select('.heading-wrap copy-link', tree)?.properties).toMatchObject({ dataFragment: 'where', dataTitle: 'Where it went' });
    expect(select('.heading-wrap copy-link', tree)?.properties.dataShare).toBeUndefined();
    expect(select('.heading-wrap copy-link > button.copy-link', tree)?.properties).toMatchObject({ type: 'button', hidden: true });
    expect(toString(select('copy-link button .visually-hidden', tree)!)).toBe('Copy link to section: Where it went');
    expect(toString(select('h2', tree)!)).toBe('Where it went');
    expect(selectAll('.heading-wrap', tree)).toHaveLength(1);
  });

  test('offers each section’s share page in its copy-link control when given its path, keeping the self-link on the fragment', async () => {
    const tree = await runPlugins('<h2 id="where">Where it went</h2>', [[rehypeSectionLinks, { share: (id: string) => `/base/share/${id}/` }]]);
    expect(select('copy-link', tree)?.properties).toMatchObject({ dataFragment: 'where', dataShare: '/base/share/where/' });
    expect(select('a.self-link', tree)?.properties.href).toBe('#where');
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

  test('names the section by its heading’s words, without the spaces around them', async () => {
    const tree = await runPlugins('<h2 id="where">  Where it went  </h2>', [rehypeSectionLinks]);
    expect(select('a.self-link', tree)?.properties.ariaLabel).toBe('Link to section: Where it went');
    expect(select('copy-link', tree)?.properties.dataTitle).toBe('Where it went');
  });

  test('wraps each of several headings once, and puts an old id beside its own heading only', async () => {
    const tree = await runPlugins('<h2 id="a">A</h2><h2 id="b">B</h2><p>Text</p>', [[rehypeSectionLinks, { aliases: { 'old-b': 'b' } }]]);
    expect(tree.children.map((node) => (node.type === 'element' ? node.tagName : node.type))).toEqual(['header', 'header', 'p']);
    expect(selectAll('.heading-wrap', tree).map((wrap) => selectAll('h2', wrap).map((h2) => h2.properties.id))).toEqual([['a'], ['b']]);
    expect(selectAll('.heading-wrap', tree).map((wrap) => selectAll('.anchor-alias', wrap).map((span) => span.properties.id))).toEqual([[], ['old-b']]);
  });
});

describe('headingWrap', () => {
  test('without old ids, holds the heading, then its self-link and copy control, and nothing else', () => {
    const wrap = headingWrap(h('h2', { id: 'timeline' }, 'Timeline'), 'timeline');
    expect(wrap.children.map((child) => (child.type === 'element' ? child.tagName : child.type))).toEqual(['h2', 'a', 'copy-link']);
  });
});
