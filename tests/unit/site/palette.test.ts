import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CARD_INK, ICON, PAPER, SCHEMES } from '../../../src/lib/site/palette';
import { readText, root } from '../../support/article';

// A colour as browsers read it: `#fff` is `#ffffff`.
const long = (hex: string) => (/^#[0-9a-f]{3}$/iu.test(hex) ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex).toLowerCase();

// The colour custom properties declared in a block of global.css.
function colours(block: string | undefined): Record<string, string> {
  if (block === undefined) throw new Error('global.css: a block this test reads is gone');
  return Object.fromEntries([...block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]+)\s*;/giu)].map(([, name, value]) => [name!, long(value!)]));
}

const css = readText('src/styles/global.css');
const declared = {
  light: colours(/:root\s*\{([^}]*)\}/u.exec(css)?.[1]),
  dark: colours(/@media \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{([^}]*)\}/u.exec(css)?.[1]),
  print: colours(/@media print\s*\{\s*:root\s*\{([^}]*)\}/u.exec(css)?.[1]),
};

// WCAG 2.2's relative luminance and contrast ratio, worked out here rather than taken from the code under test.
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
};

describe('the palette', () => {
  test.each(['light', 'dark'] as const)('global.css declares exactly the palette’s %s colours, token for token', (scheme) => {
    expect(Object.keys(declared[scheme]).length).toBeGreaterThan(10);
    expect(declared[scheme]).toEqual(SCHEMES[scheme]);
  });

  // Why the browser layer measures the layout in the light scheme alone (tests/browser/layout.test.ts).
  test('the dark scheme changes colours alone, never a length: every prefers-color-scheme block in src/ sets colour tokens only', () => {
    const styles = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? styles(join(dir, entry.name)) : /\.(css|astro)$/u.test(entry.name) ? [join(dir, entry.name)] : [],
      );
    const declarations: string[] = [];
    for (const file of styles(join(root, 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/@media[^{]*prefers-color-scheme[^{]*\{/gu)) {
        // The block's own text, to its matching brace.
        let depth = 1;
        let end = match.index + match[0].length;
        while (depth > 0 && end < text.length) depth += { '{': 1, '}': -1 }[text[end++]!] ?? 0;
        const block = text.slice(match.index + match[0].length, end - 1);
        declarations.push(
          ...block
            .split(/[;{}]/u)
            .map((part) => part.trim())
            .filter((part) => /^(--)?[a-z][\w-]*\s*:/iu.test(part))
            .map((part) => `${relative(root, file)}: ${part}`),
        );
      }
    }
    expect(declarations.length).toBeGreaterThan(10);
    expect(declarations.filter((declaration) => !/: --[\w-]+:\s*#[0-9a-f]{3,8}$/iu.test(declaration))).toEqual([]);
  });

  test('print turns the page to black on white, as the palette’s paper says', () => {
    expect(declared.print).toEqual(PAPER);
    expect(PAPER['--bg']).toBe('#ffffff');
  });

  test('the icon’s master, public/favicon.svg, fills its tile and bars with the palette’s icon colours', () => {
    const fills = [...readText('public/favicon.svg').matchAll(/fill="([^"]+)"/gu)].map(([, fill]) => long(fill!));
    expect(fills).toEqual([ICON.tile, ICON.bar, ICON.bar, ICON.top]);
  });

  test.each(['accent', 'heading', 'body', 'dim', 'figure'] as const)('the share cards’ %s text reads on their background at 4.5:1 or more', (ink) => {
    expect(contrast(CARD_INK[ink], CARD_INK.bg)).toBeGreaterThanOrEqual(4.5);
  });

  test('the share cards’ rule is a visible step from their background, but quieter than their text', () => {
    expect(contrast(CARD_INK.rule, CARD_INK.bg)).toBeGreaterThan(1.4);
    expect(contrast(CARD_INK.rule, CARD_INK.bg)).toBeLessThan(contrast(CARD_INK.dim, CARD_INK.bg));
  });

  test('no other TypeScript in src/ writes a colour: each is read from the palette', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
    const files = walk(join(root, 'src')).filter((file) => file.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(20);
    const written = files
      .filter((file) => !file.endsWith(join('lib', 'site', 'palette.ts')))
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/['"`]#[0-9a-f]{3,8}['"`]/giu)].map(([literal]) => `${relative(root, file)}: ${literal}`));
    expect(written).toEqual([]);
  });
});
