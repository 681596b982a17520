import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { transform, type Selector, type SelectorComponent } from 'lightningcss';

/** One stylesheet as the build shipped it, with where a reader meets it (a page, or a .css file in dist). */
export interface Stylesheet {
  css: string;
  where: string;
}

/** Class and id names that exist only once a browser script has run, so no built page carries them. */
export interface RuntimeNames {
  classes: ReadonlySet<string>;
  ids: ReadonlySet<string>;
}

/** A class or id selector no element of any built page can match. */
export interface Unused {
  /** The class or id at fault (`.name`, `#name`), or the whole selector when each name exists but never in that arrangement. */
  name: string;
  /** The selector it stands in, as the parser read it. */
  selector: string;
  /** The stylesheets it was found in. */
  where: string[];
}

/** Every inline `<style>` of a parsed page. */
export function inlineStyles(tree: Root): string[] {
  return selectAll('style', tree).map((style) => toString(style));
}

const COMBINATORS: Partial<Record<string, string>> = { child: ' > ', descendant: ' ', 'next-sibling': ' + ', 'later-sibling': ' ~ ' };

// A class or id written back as a selector: any other character escaped, a leading digit by its code point.
const ident = (name: string) => name.replace(/[^\w-]/gu, '\\$&').replace(/^(-?)(\d)/u, '$1\\3$2 ');

// For messages only: the selector written back as CSS, close enough to find it in its source.
function written(selector: Selector): string {
  return selector
    .map((part: SelectorComponent) => {
      switch (part.type) {
        case 'class':
          return `.${part.name}`;
        case 'id':
          return `#${part.name}`;
        case 'type':
          return part.name;
        case 'universal':
          return '*';
        case 'nesting':
          return '&';
        case 'combinator':
          return COMBINATORS[part.value] ?? '';
        case 'attribute':
          return `[${part.name}${part.operation ? '…' : ''}]`;
        case 'pseudo-element':
          return `::${part.kind}`;
        case 'pseudo-class':
          return 'selectors' in part && Array.isArray(part.selectors)
            ? `:${part.kind}(${(part.selectors as Selector[]).map(written).join(', ')})`
            : `:${part.kind}`;
        default:
          return '';
      }
    })
    .join('');
}

// Every class and id anywhere in a selector: inside :not(), :is(), :where(), :has(), :nth-child(… of …) too.
function namesIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) namesIn(item, found);
  else if (value && typeof value === 'object') {
    const { type, name } = value as { type?: unknown; name?: unknown };
    if ((type === 'class' || type === 'id') && typeof name === 'string') found.push(`${type === 'class' ? '.' : '#'}${name}`);
    else for (const item of Object.values(value)) namesIn(item, found);
  }
  return found;
}

/**
 * The selector with every condition a static page cannot decide dropped (attributes, pseudo-classes such as :hover,
 * :not() and :has(), pseudo-elements, `&`): it matches at least what the original can, so if it matches nothing, nor
 * does the original.
 */
function widened(selector: Selector): string {
  let out = '';
  let compound = '';
  const close = () => {
    out += compound || '*';
    compound = '';
  };
  for (const part of selector) {
    if (part.type === 'type') compound = `${part.name}${compound}`;
    else if (part.type === 'class') compound += `.${ident(part.name)}`;
    else if (part.type === 'id') compound += `#${ident(part.name)}`;
    else if (part.type === 'combinator' && COMBINATORS[part.value]) {
      close();
      out += COMBINATORS[part.value];
    }
  }
  close();
  return out;
}

/** Every selector of every style rule, at any depth (@media, @supports, @layer, @container, nesting). */
export function selectorsOf(sheet: Stylesheet): Selector[] {
  const selectors: Selector[] = [];
  try {
    transform({
      filename: sheet.where,
      code: Buffer.from(sheet.css),
      visitor: {
        Rule: {
          style(rule) {
            selectors.push(...rule.value.selectors);
          },
        },
      },
    });
  } catch (error) {
    throw new Error(`the stylesheet of ${sheet.where} does not parse as CSS: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return selectors;
}

/**
 * The class and id selectors of the stylesheets that match no element of any page: a name no page carries (and no
 * script sets), or names that exist but never in the arrangement the selector asks for.
 */
export function unusedSelectors(sheets: readonly Stylesheet[], pages: readonly Root[], runtime: RuntimeNames): Unused[] {
  const runtimeName = new Set([...runtime.classes].map((c) => `.${c}`).concat([...runtime.ids].map((id) => `#${id}`)));
  const present = new Set(runtimeName);
  for (const page of pages) {
    for (const el of selectAll('*', page) as Element[]) {
      for (const name of (el.properties.className as string[] | undefined) ?? []) present.add(`.${name}`);
      if (typeof el.properties.id === 'string') present.add(`#${el.properties.id}`);
    }
  }
  const matches = new Map<string, boolean>();
  const matchesSome = (query: string) =>
    matches.get(query) ??
    matches
      .set(
        query,
        pages.some((page) => selectAll(query, page).length > 0),
      )
      .get(query)!;

  const found = new Map<string, Unused>();
  const report = (name: string, selector: string, where: string) => {
    const key = `${name}\u0000${selector}`;
    const entry = found.get(key) ?? found.set(key, { name, selector, where: [] }).get(key)!;
    if (!entry.where.includes(where)) entry.where.push(where);
  };
  for (const sheet of sheets) {
    for (const selector of selectorsOf(sheet)) {
      const names = namesIn(selector);
      if (names.length === 0) continue;
      const missing = names.filter((name) => !present.has(name));
      for (const name of missing) report(name, written(selector), sheet.where);
      // Where a script adds the element, the static page cannot show its place: its name is enough.
      if (missing.length === 0 && !names.some((name) => runtimeName.has(name)) && !matchesSome(widened(selector))) {
        report(widened(selector), written(selector), sheet.where);
      }
    }
  }
  return [...found.values()];
}

/** Where a class or id is written in a stylesheet under src/ (a .css file or an .astro component's <style>), as file:line. */
export function sourcesOf(name: string, srcDir: string, root: string): string[] {
  const token = new RegExp(`${name.replace(/[.#\\]/gu, '\\$&')}(?![\\w-])`, 'u');
  return readdirSync(srcDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(css|astro)$/u.test(entry.name))
    .flatMap((entry) => {
      const file = join(entry.parentPath, entry.name);
      const text = readFileSync(file, 'utf8');
      // In a component only its <style> holds CSS; lines before it are kept so the line numbers stay true.
      const css = entry.name.endsWith('.css') ? text : text.replace(/<style[^>]*>([\s\S]*?)<\/style>|[^\n]/gu, (_, inner: string | undefined) => inner ?? ' ');
      return css.split('\n').flatMap((line, i) => (token.test(line) ? [`${relative(root, file)}:${i + 1}`] : []));
    });
}

/** A class or id a browser script sets at runtime, read from its `export const NAME_CLASS = '…'` (or `NAME_ID`). */
export interface RuntimeName {
  constant: string;
  kind: 'class' | 'id';
  value: string;
  script: string;
  /** Whether the script still puts it on an element: assigns className or id, or adds or toggles it in classList. */
  set: boolean;
}

/**
 * The runtime class and id names the browser scripts in a folder and its subfolders declare (src/scripts, and a
 * component folder such as src/components/chart that keeps its own), each beside the code that sets it.
 */
export function runtimeNames(scriptsDir: string, root: string): RuntimeName[] {
  return readdirSync(scriptsDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .flatMap((file) => {
      const source = readFileSync(join(scriptsDir, file), 'utf8');
      return [...source.matchAll(/^export const (\w+_(CLASS|ID)) = '([^']+)';/gmu)].map(([, constant = '', kind, value = '']) => ({
        constant,
        kind: kind === 'ID' ? ('id' as const) : ('class' as const),
        value,
        script: relative(root, join(scriptsDir, file)),
        set: new RegExp(`(\\.(className|id)\\s*=\\s*|classList\\.(add|toggle|replace)\\([^)]*)\\b${constant}\\b`, 'u').test(source),
      }));
    });
}
