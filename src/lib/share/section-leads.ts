import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { paragraphPosition } from '../site/routes';

/** A section of the rendered article and its paragraphs, by position (¶1 = 1). */
export interface SectionParagraphs {
  id: string;
  /** The positions of its paragraphs, in order. */
  paragraphs: number[];
  /** The text of its first paragraph, as a reader sees it. */
  lead: string;
}

/** Each section of the rendered article with its paragraphs, read from the same HTML the page shows. */
export function sectionParagraphs(html: string): SectionParagraphs[] {
  // Parsed as a whole document: the body holds the same sections as the fragment would.
  return selectAll('section', fromHtml(html)).map((section) => {
    // The heading may sit anywhere inside its section: rehypeSectionLinks wraps it in a header.
    const id = select('h2[id]', section)?.properties.id;
    if (typeof id !== 'string') throw new Error('sectionParagraphs: a section of the article has no heading with an id');
    // The article's own paragraphs stand directly in their section and carry their position in their id.
    const paragraphs = selectAll(':scope > p', section).flatMap((p) => {
      const position = paragraphPosition(p.properties.id);
      return position === null ? [] : [{ position, text: toString(p) }];
    });
    const first = paragraphs[0];
    if (!first) throw new Error(`sectionParagraphs: the section "${id}" has no paragraph`);
    return { id, paragraphs: paragraphs.map((p) => p.position), lead: first.text.replace(/\s+/gu, ' ').trim() };
  });
}
