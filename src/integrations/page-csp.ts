import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { cspHash } from '../lib/site/csp-hash.ts';
import { rewritePages } from './built-pages.ts';

/*
 * Astro's `security.csp` writes into every page's CSP meta tag the hashes of the inline scripts and styles of all
 * pages (and of its bundled chunks, which are not inline at all). Those hashes are random base64: they barely
 * compress, and on the article they cost ~650 bytes of the document that must arrive in TCP's first round trip
 * (14,600 bytes). After the build, each page's meta is cut down to the hashes of the elements that page carries, as a
 * browser hashes them. A hash Astro did not list is never added: a page carrying one stops the build instead, so no
 * page is published whose policy blocks its own script or style.
 */

/** One inline element a page's CSP must allow: the directive that governs it, its hash source, and where it is. */
export interface InlineElement {
  directive: 'script-src' | 'style-src';
  /** The hash source, quoted as a policy lists it: `'sha256-…'`. */
  hash: string;
  /** The element as a maintainer finds it: its tag, line and first words. */
  where: string;
}

// The types under which a browser runs a script's text (HTML, "prepare the script element"): the JavaScript MIME
// types, modules, import maps and speculation rules. Any other type is a data block, such as JSON-LD: never run, never
// checked by CSP, so it needs no hash.
const JAVASCRIPT_TYPES = new Set([
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);
const OTHER_RUN_TYPES = new Set(['module', 'importmap', 'speculationrules']);

/** Whether a browser runs this `<script>` element's own text: no `src`, and a type it executes (no type is JavaScript). */
export function runsInline(script: Element): boolean {
  if (script.properties.src !== undefined) return false;
  const type = script.properties.type;
  const language = script.properties.language;
  // An absent or empty type is JavaScript, unless the old `language` attribute names another one.
  const effective = type === undefined ? (language ? `text/${String(language)}` : '') : String(type);
  const essence = effective.trim().toLowerCase();
  return essence === '' || JAVASCRIPT_TYPES.has(essence) || OTHER_RUN_TYPES.has(essence);
}

const named = (element: Element) => {
  const words = toString(element).trim().replace(/\s+/gu, ' ');
  // The parser gives every element its place in the page.
  return `<${element.tagName}> at line ${element.position!.start.line} ("${words.length > 40 ? `${words.slice(0, 40)}…` : words}")`;
};

/**
 * Every inline script a browser runs and every `<style>` element of a page, in document order, each with the hash a
 * browser compares with the policy: SHA-256 of the element's text as the HTML parser reads it, in UTF-8. The page is
 * parsed as a browser without scripts parses it, so a `<style>` inside `<noscript>` counts: that reader's browser applies it.
 */
export function inlineElements(html: string): InlineElement[] {
  const found: InlineElement[] = [];
  const walk = (tree: Root) =>
    visit(tree, 'element', (node: Element) => {
      // A template's content (the only element with one) is inert until a script copies it into the page, where the
      // same policy applies.
      if (node.content) walk(node.content);
      if (node.tagName === 'style') found.push({ directive: 'style-src', hash: `'${cspHash(toString(node))}'`, where: named(node) });
      if (node.tagName === 'script' && runsInline(node)) found.push({ directive: 'script-src', hash: `'${cspHash(toString(node))}'`, where: named(node) });
    });
  walk(fromHtml(html));
  return found;
}

const NARROWED = new Set(['script-src', 'style-src']);
const isHash = (source: string) => /^'sha(256|384|512)-/iu.test(source);

/**
 * A policy (as a meta tag's content) whose script-src and style-src keep only the hashes of `elements`; every other
 * source and directive, the separators and the spacing stay as written. Throws, naming the page and the element, when
 * an element's hash is not in the policy: its browser would refuse that element.
 */
export function narrowPolicy(content: string, elements: readonly InlineElement[], page: string): string {
  const segments = content.split(';').map((text) => {
    const [written, ...sources] = text.trim().split(/\s+/u) as [string, ...string[]];
    return { text, written, name: written.toLowerCase(), sources };
  });
  for (const element of elements) {
    if (!segments.some(({ name, sources }) => name === element.directive && sources.includes(element.hash)))
      throw new Error(
        `page-csp: ${page} carries ${element.where}, whose hash ${element.hash} is not in Astro's ${element.directive}: its browser would refuse it`,
      );
  }
  return segments
    .map(({ text, written, name, sources }) => {
      if (!NARROWED.has(name)) return text;
      const needed = new Set(elements.filter((element) => element.directive === name).map((element) => element.hash));
      const kept = sources.filter((source) => !isHash(source) || needed.has(source));
      return `${text.slice(0, text.length - text.trimStart().length)}${[written, ...kept].join(' ')}`;
    })
    .join(';');
}

/**
 * The page with its CSP meta tag's content narrowed to the hashes of its own inline elements, byte for byte the same
 * elsewhere. Throws, naming the page, when it has no such meta tag, more than one, or one in a form it does not know.
 */
export function narrowPageCsp(html: string, page: string): string {
  const metas: Element[] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    if (node.tagName === 'meta' && String(node.properties.httpEquiv).toLowerCase() === 'content-security-policy') metas.push(node);
  });
  if (metas.length !== 1) throw new Error(`page-csp: ${page} has ${metas.length} CSP meta tags, not one: is security.csp still on in astro.config.mjs?`);
  const meta = metas[0]!;
  const [start, end] = [meta.position!.start.offset!, meta.position!.end.offset!];
  const tag = html.slice(start, end);
  const content = String(meta.properties.content);
  // Rewritten where it stands, as Astro wrote it: a double-quoted value with nothing escaped, found exactly once.
  const attribute = ` content="${content}"`;
  if (tag.split(attribute).length !== 2) throw new Error(`page-csp: ${page} has its CSP meta tag in a form this build does not know: ${tag}`);
  const narrowed = tag.replace(attribute, () => ` content="${narrowPolicy(content, inlineElements(html), page)}"`);
  return `${html.slice(0, start)}${narrowed}${html.slice(end)}`;
}

/** Narrows every built page's CSP meta tag to the hashes that page needs (see above for why). Runs before host-headers. */
export function pageCsp(): AstroIntegration {
  return {
    name: 'page-csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const count = rewritePages(fileURLToPath(dir), (html, page) => narrowPageCsp(html, page));
        logger.info(`CSP meta tags narrowed to their own page's hashes on ${count} pages`);
      },
    },
  };
}
