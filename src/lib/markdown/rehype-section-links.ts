import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { shareControls } from './share-controls';

/** Options for `rehypeSectionLinks`. */
export interface SectionLinkOptions {
  /** Heading levels that get links. */
  levels?: readonly number[];
  /** Old id -> current id: each old id stays on the page as an anchor beside the renamed heading. Defaults to the frontmatter's `headingAliases`. */
  aliases?: Readonly<Record<string, string>>;
  /** The path of a section's share page, which its copy-link control offers; without it, the control offers the deep link. */
  share?: (id: string) => string;
}

/** A heading wrapped with its self-link, copy-link control and any alias anchors, outside the heading itself. */
export function headingWrap(heading: Element, id: string, aliasIds: readonly string[] = [], share?: string): Element {
  // A header, not a div: reader modes keep a header's heading, where a div of a heading and two links reads as clutter.
  return h('header.heading-wrap', [
    ...aliasIds.map((old) => h('span.anchor-alias', { id: old })),
    heading,
    ...shareControls(id, toString(heading).trim(), 'section', share),
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
      parent.children[index] = headingWrap(node, id, aliasIds, options?.share?.(id));
      // The wrap holds the heading just visited: go on with the next sibling, not into it.
      return SKIP;
    });
    for (const [old, target] of Object.entries(aliases)) {
      if (!seen.has(target)) throw new Error(`headingAliases: "${old}" points to "${target}", which is no section id in the article`);
      if (seen.has(old)) throw new Error(`headingAliases: "${old}" is still a live section id; an alias is only for a renamed heading`);
    }
  };
};
