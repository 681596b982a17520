import { PARAGRAPH_ID_PREFIX } from '../site/routes';
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** Options for `rehypeParagraphIds`. */
export interface ParagraphIdOptions {
  /** Prefix of each id; the paragraph's 1-based position in the article follows it. */
  prefix?: string;
  /** Accessible name of the pilcrow link. */
  label?: (position: number) => string;
}

const defaults: Required<ParagraphIdOptions> = {
  prefix: PARAGRAPH_ID_PREFIX,
  label: (position) => `Link to paragraph ${position}`,
};

/** Gives every top-level paragraph a stable id by its position and a pilcrow permalink; existing ids stay. */
export const rehypeParagraphIds: Plugin<[ParagraphIdOptions?], Root> = (options) => {
  const { prefix, label } = { ...defaults, ...options };
  return (tree) => {
    let position = 0;
    visit(tree, 'element', (node: Element, _index, parent) => {
      // Only the article's own paragraphs count: one inside a quote or a list is not a shareable unit.
      if (node.tagName !== 'p' || parent?.type !== 'root') return;
      position += 1;
      const existing = node.properties.id;
      const id = typeof existing === 'string' && existing !== '' ? existing : `${prefix}${position}`;
      node.properties.id = id;
      // The pilcrow is drawn by CSS: reader modes and copied text get the source's words and nothing glued to them.
      node.children.push({ type: 'text', value: ' ' }, h('a.pilcrow', { href: `#${id}`, ariaLabel: label(position) }));
      return SKIP;
    });
  };
};
