import type { Element, Root, RootContent } from 'hast';
import type { Plugin } from 'unified';

/** Options for `rehypeSections`. */
export interface SectionOptions {
  /** Heading level that opens a section. */
  level?: number;
  /** Class of each section element. */
  className?: string;
}

const defaults: Required<SectionOptions> = { level: 2, className: 'article-section' };

/** Wraps each heading of the given level and what follows it, up to the next one, in a labelled `<section>`. */
export const rehypeSections: Plugin<[SectionOptions?], Root> = (options) => {
  const { level, className } = { ...defaults, ...options };
  const tag = `h${level}`;
  return (tree) => {
    const children: RootContent[] = [];
    let current: Element | undefined;
    // Sectioning regroups the root's children, so it walks them once instead of visiting the whole tree.
    for (const node of tree.children) {
      if (node.type === 'element' && node.tagName === tag) {
        const id = node.properties.id;
        const section: Element = {
          type: 'element',
          tagName: 'section',
          properties: { className: [className], ...(typeof id === 'string' ? { ariaLabelledBy: [id] } : {}) },
          children: [node],
        };
        children.push(section);
        current = section;
      } else if (current && node.type !== 'doctype') {
        current.children.push(node);
      } else {
        children.push(node);
      }
    }
    tree.children = children;
  };
};
