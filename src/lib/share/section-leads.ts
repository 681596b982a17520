import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { EXIT, visit } from 'unist-util-visit';
import { PARAGRAPH_ID_PREFIX } from '../site/routes';

/** A section of the rendered article and its paragraphs, by position (¶1 = 1). */
export interface SectionParagraphs {
  id: string;
  /** The positions of its paragraphs, in order. */
  paragraphs: number[];
  /** The text of its first paragraph, as a reader sees it. */
  lead: string;
}

// The id of a section's heading, wherever the heading sits inside it (rehypeSectionLinks wraps it in a header).
function headingId(section: Element): string | undefined {
  let id: string | undefined;
  visit(section, 'element', (el: Element) => {
    if (el.tagName !== 'h2' || typeof el.properties.id !== 'string') return undefined;
    id = el.properties.id;
    return EXIT;
  });
  return id;
}

const paragraphPosition = (id: unknown) =>
  typeof id === 'string' && id.startsWith(PARAGRAPH_ID_PREFIX) ? Number(id.slice(PARAGRAPH_ID_PREFIX.length)) : Number.NaN;

/** Each section of the rendered article with its paragraphs, read from the same HTML the page shows. */
export function sectionParagraphs(html: string): SectionParagraphs[] {
  const sections: SectionParagraphs[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (node.tagName !== 'section') return;
    const id = headingId(node);
    if (!id) throw new Error('sectionParagraphs: a section of the article has no heading with an id');
    const paragraphs = node.children.filter(
      (child): child is Element => child.type === 'element' && child.tagName === 'p' && !Number.isNaN(paragraphPosition(child.properties.id)),
    );
    const first = paragraphs[0];
    if (!first) throw new Error(`sectionParagraphs: the section "${id}" has no paragraph`);
    sections.push({ id, paragraphs: paragraphs.map((p) => paragraphPosition(p.properties.id)), lead: toString(first).replace(/\s+/gu, ' ').trim() });
  });
  return sections;
}
