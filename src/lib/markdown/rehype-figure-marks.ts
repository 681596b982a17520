import type { Element, ElementContent, Root, Text } from 'hast';
import { h } from 'hastscript';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** One stated figure to mark in the text: the quote that locates it and the amount inside it to wrap. */
export interface FigureMark {
  id: string;
  quote: string;
  amountText: string;
  value: number;
  /** Where the mark links: the figure's chart, or its row in the ledger. */
  href: string;
}

/** Options for `rehypeFigureMarks`. */
export interface FigureMarkOptions {
  marks?: readonly FigureMark[];
}

const markElement = (mark: FigureMark): Element =>
  h('a.figure-ref', { href: mark.href, dataFigure: mark.id }, [h('data', { value: String(mark.value) }, mark.amountText)]);

/**
 * Wraps the amount of each stated figure in `<data value>` inside a link to its chart, at the one place its
 * quote stands; a quote found nowhere stops the build with the figure's id.
 */
export const rehypeFigureMarks: Plugin<[FigureMarkOptions?], Root> = (options) => {
  const marks = options?.marks ?? [];
  for (const mark of marks) {
    if (!mark.quote.includes(mark.amountText)) throw new Error(`figure "${mark.id}": “${mark.amountText}” is not inside its quote “${mark.quote}”`);
  }
  return (tree, file) => {
    const done = new Set<string>();
    // The earliest quote in a text is marked first; the text after its mark is searched again, as another figure
    // may stand in the same sentence.
    const markText = (node: Text): ElementContent[] => {
      const found = marks
        .filter((m) => !done.has(m.id))
        .map((m) => ({ mark: m, at: node.value.indexOf(m.quote) }))
        .filter(({ at }) => at >= 0)
        .sort((a, b) => a.at - b.at)[0];
      if (!found) return [node];
      const { mark, at } = found;
      done.add(mark.id);
      const start = at + mark.quote.indexOf(mark.amountText);
      const end = start + mark.amountText.length;
      return [{ type: 'text', value: node.value.slice(0, start) }, markElement(mark), ...markText({ type: 'text', value: node.value.slice(end) })];
    };
    // Only a paragraph's own text holds the quotes: text in a heading, a list item, a link or emphasis is left alone.
    visit(tree, { type: 'element', tagName: 'p' }, (paragraph: Element) => {
      paragraph.children = paragraph.children.flatMap((node) => (node.type === 'text' ? markText(node) : [node]));
    });
    const missing = marks.filter((m) => !done.has(m.id));
    if (missing.length > 0) {
      const where = file.path ? ` (${file.path})` : '';
      throw new Error(`Figures not found in the article${where}: ${missing.map((m) => `figure "${m.id}" expects “${m.quote}”`).join('; ')}`);
    }
  };
};
