import { describe, expect, test } from 'vitest';
import { rehypeSections } from '../../../src/lib/markdown/rehype-sections';
import { runPlugins, selectAll } from '../../support/hast';

describe('rehypeSections', () => {
  test('wraps each h2 and what follows it in a section labelled by the heading', async () => {
    const tree = await runPlugins('<p>Lead</p><h2 id="a">A</h2><p>1</p><p>2</p><h2 id="b">B</h2><p>3</p>', [rehypeSections]);
    const sections = selectAll('section', tree);
    expect(sections.map((s) => s.properties.ariaLabelledBy)).toEqual([['a'], ['b']]);
    expect(selectAll('section:first-of-type p', tree)).toHaveLength(2);
    expect(tree.children[0]).toMatchObject({ tagName: 'p' });
  });
});
