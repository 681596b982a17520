import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Pluggable } from 'unified';
import { unified } from 'unified';
import { VFile } from 'vfile';

/**
 * Parses an HTML fragment and runs the given rehype plugins over it, as the Markdown pipeline does (with the
 * page's frontmatter and file path, if given).
 */
export async function runPlugins(html: string, plugins: Pluggable[], frontmatter?: Record<string, unknown>, path?: string): Promise<Root> {
  const tree = fromHtml(html, { fragment: true });
  const file = new VFile({ path, data: frontmatter ? { astro: { frontmatter } } : {} });
  return (await unified().use(plugins).run(tree, file)) as Root;
}

/** The value of an attribute on an element found by selector, or undefined. */
export function attr(tree: Root, selector: string, name: string): unknown {
  return select(selector, tree)?.properties[name];
}

export { select, selectAll, toString };
