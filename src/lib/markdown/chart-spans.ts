import type { Element, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

const isElement = (node: RootContent): node is Element => node.type === 'element';

/**
 * How many article blocks (headings and paragraphs, sections flattened) each anchor paragraph's chart should
 * sit beside: from its paragraph up to the next anchor, or to the end plus `trailing` blocks that follow the
 * article. A side-column chart that spans the text it accompanies leaves no gap in that text.
 */
export function chartSpans(html: string, anchors: readonly string[], trailing = 0): Map<string, number> {
  const blocks = fromHtml(html, { fragment: true })
    .children.filter(isElement)
    .flatMap((node) => (node.tagName === 'section' ? node.children.filter(isElement) : [node]));
  const positions = anchors.map((id) => ({ id, at: blocks.findIndex((block) => block.properties.id === id) })).sort((a, b) => a.at - b.at);
  const missing = positions.find((p) => p.at < 0);
  if (missing) throw new Error(`chartSpans: paragraph "${missing.id}" is not in the rendered article`);
  return new Map(positions.map(({ id, at }, i) => [id, (positions[i + 1]?.at ?? blocks.length + trailing) - at]));
}
