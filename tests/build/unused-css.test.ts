import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../support/article';
import { BASE_DIST } from '../support/build-base';
import { assertBuilt, distDir, distFiles, loadPage } from '../support/dist';
import { inlineStyles, runtimeNames, sourcesOf, unusedSelectors, type Stylesheet } from '../support/unused-css';

// Browser code lives in src/scripts and beside the components that ship it (src/components/chart).
const declared = ['src/scripts', 'src/components'].flatMap((dir) => runtimeNames(join(root, dir), root));
const runtime = {
  classes: new Set(declared.filter((name) => name.kind === 'class').map((name) => name.value)),
  ids: new Set(declared.filter((name) => name.kind === 'id').map((name) => name.value)),
};

describe('CSS that cannot rot', () => {
  // The built sites the other build tests read: at the domain root and under a base path.
  test.each([distDir, BASE_DIST])('every class and id selector in %s matches an element of a built page', (dir) => {
    assertBuilt(dir);
    const files = distFiles(dir);
    const pages = files.filter((f) => f.endsWith('.html'));
    const trees = pages.map((page) => loadPage(page, dir));
    // Identical <style> elements (every share page has the same one) are parsed once, named by their first page.
    const sheets = new Map<string, Stylesheet>();
    pages.forEach((page, i) => {
      for (const css of inlineStyles(trees[i]!)) if (!sheets.has(css)) sheets.set(css, { css, where: `the inline <style> of ${page}` });
    });
    for (const file of files.filter((f) => f.endsWith('.css'))) sheets.set(file, { css: readFileSync(join(dir, file), 'utf8'), where: file });
    // The site has CSS and the parser reads selectors from it: an empty result below means something.
    expect(sheets.size).toBeGreaterThan(0);

    const unused = unusedSelectors([...sheets.values()], trees, runtime);
    const report = unused.map(({ name, selector, where }) => {
      const sources = name.startsWith('.') || name.startsWith('#') ? sourcesOf(name, join(root, 'src'), root) : [];
      return `  ${name} in \`${selector}\`: written in ${sources.join(', ') || '(no stylesheet under src/ names it)'}; shipped in ${where.join(', ')}`;
    });
    expect(
      unused,
      [
        `${unused.length} selector(s) match no element of any page in ${dir}:`,
        ...report,
        'Retarget each to the class or id the markup now carries (git log -S<name> shows what it was renamed to), or delete the rule.',
        "If a browser script sets the name at runtime, declare it in that script as `export const SOME_CLASS = 'name';` and set it through that constant (see src/scripts/announce.ts).",
      ].join('\n'),
    ).toEqual([]);
  });

  test('each class or id a script declares as set at runtime is still set by that script and shipped in the built JavaScript', () => {
    assertBuilt();
    // Two are known today: the copy field's and the quote button's. A list that came back empty would pass below.
    expect(declared.map((name) => name.value)).toEqual(expect.arrayContaining(['copy-fallback', 'quote-link']));
    const shipped = distFiles()
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(distDir, f), 'utf8'))
      .join('\n');
    for (const name of declared) {
      expect(name.set, `${name.script} declares ${name.constant} = '${name.value}' but no longer sets it on an element: delete the constant`).toBe(true);
      expect(shipped, `'${name.value}' (${name.script}) is in no built script`).toMatch(new RegExp(`["'\`]${name.value}["'\`]`, 'u'));
    }
  });
});
