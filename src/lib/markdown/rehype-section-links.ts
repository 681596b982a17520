import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** Options for `rehypeSectionLinks`. */
export interface SectionLinkOptions {
  /** Heading levels that get links. */
  levels?: readonly number[];
  /** Old id -> current id: each old id stays on the page as an anchor beside the renamed heading. Defaults to the frontmatter's `headingAliases`. */
  aliases?: Readonly<Record<string, string>>;
}

const element = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });
const hiddenText = (value: string) => element('span', { className: ['visually-hidden'] }, [text(value)]);
const copyIcon = element('svg', { ariaHidden: 'true', viewBox: '0 0 16 16', width: 16, height: 16, className: ['icon'] }, [
  element('path', {
    d: 'M5 5V2.5A1.5 1.5 0 0 1 6.5 1h7A1.5 1.5 0 0 1 15 2.5v7a1.5 1.5 0 0 1-1.5 1.5H11M2.5 5h7A1.5 1.5 0 0 1 11 6.5v7A1.5 1.5 0 0 1 9.5 15h-7A1.5 1.5 0 0 1 1 13.5v-7A1.5 1.5 0 0 1 2.5 5Z',
    fill: 'none',
    stroke: 'currentColor',
    strokeWidth: '1.5',
  }),
]);

/** A heading wrapped with its self-link, copy-link button and any alias anchors, outside the heading itself. */
export function headingWrap(heading: Element, id: string, aliasIds: readonly string[] = []): Element {
  const title = toString(heading).trim();
  return element('div', { className: ['heading-wrap'] }, [
    ...aliasIds.map((old) => element('span', { id: old, className: ['anchor-alias'] })),
    heading,
    element('a', { className: ['self-link'], href: `#${id}` }, [element('span', { ariaHidden: 'true' }, [text('#')]), hiddenText(`Link to section: ${title}`)]),
    // Hidden until the script knows it can copy or share: without JavaScript the button could do nothing.
    element('button', { type: 'button', className: ['copy-link'], dataFragment: id, hidden: true }, [copyIcon, hiddenText(`Copy link to section: ${title}`)]),
  ]);
}

/**
 * Wraps every section heading that has an id with a self-link and a copy-link button, outside the heading so
 * its accessible name stays the title alone; old ids from `aliases` stay as anchors beside the new heading.
 */
export const rehypeSectionLinks: Plugin<[SectionLinkOptions?], Root> = (options) => {
  const tags = new Set((options?.levels ?? [2]).map((level) => `h${level}`));
  return (tree, file) => {
    const fromFrontmatter = file.data.astro?.frontmatter?.headingAliases as Record<string, string> | undefined;
    const aliases = options?.aliases ?? fromFrontmatter ?? {};
    const seen = new Set<string>();
    visit(tree, 'element', (node: Element, index, parent) => {
      const id = node.properties.id;
      if (!tags.has(node.tagName) || typeof id !== 'string' || !parent || index === undefined) return;
      seen.add(id);
      const aliasIds = Object.entries(aliases)
        .filter(([, target]) => target === id)
        .map(([old]) => old);
      parent.children[index] = headingWrap(node, id, aliasIds);
      return [SKIP, index + 1];
    });
    for (const [old, target] of Object.entries(aliases)) {
      if (!seen.has(target)) throw new Error(`headingAliases: "${old}" points to "${target}", which is no section id in the article`);
      if (seen.has(old)) throw new Error(`headingAliases: "${old}" is still a live section id; an alias is only for a renamed heading`);
    }
  };
};
