import { describe, expect, test } from 'vitest';
import { rehypeSections } from '../../../src/lib/markdown/rehype-sections';
import { runPlugins, select, selectAll, toString } from '../../support/hast';

describe('rehypeSections', () => {
  test('wraps each h2 and what follows it, up to the next, in a section that opens with the heading and is labelled by it', async () => {
    const tree = await runPlugins('<p>Lead</p><h2 id="a">A</h2><p>1</p><p>2</p><h2 id="b">B</h2><p>3</p>', [rehypeSections]);
    const sections = selectAll('section', tree);
    expect(sections.map((s) => s.properties)).toEqual([
      { className: ['article-section'], ariaLabelledBy: ['a'] },
      { className: ['article-section'], ariaLabelledBy: ['b'] },
    ]);
    expect(sections.map((s) => s.children.map((c) => `${c.type === 'element' ? c.tagName : c.type}:${toString(c)}`))).toEqual([
      ['h2:A', 'p:1', 'p:2'],
      ['h2:B', 'p:3'],
    ]);
  });

  test('leaves what comes before the first heading outside any section', async () => {
    const tree = await runPlugins('<p>Lead</p><h2 id="a">A</h2><p>1</p>', [rehypeSections]);
    expect(tree.children.map((c) => (c.type === 'element' ? c.tagName : c.type))).toEqual(['p', 'section']);
  });

  test('gives a section without a heading id no label that points nowhere', async () => {
    const tree = await runPlugins('<h2>Untitled</h2><p>1</p>', [rehypeSections]);
    expect(select('section', tree)?.properties).toEqual({ className: ['article-section'] });
  });

  test('takes the heading level and the class from its options', async () => {
    const tree = await runPlugins('<h2 id="a">A</h2><h3 id="b">B</h3><p>1</p>', [[rehypeSections, { level: 3, className: 'part' }]]);
    expect(selectAll('section', tree).map((s) => [s.properties.className, toString(s)])).toEqual([[['part'], 'B1']]);
  });
});
