/** The article's numbered paragraphs, the only text a quote link or its lazy loading answers to. */
export const PARAGRAPHS = 'section.article-section p[id^="p-"]';

/** The article paragraph a DOM node (a selection's end, say) stands in, or null outside one. */
export const paragraphOf = (node: Node | null): HTMLElement | null =>
  (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>(PARAGRAPHS) ?? null;
