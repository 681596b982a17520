import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { afterAll, describe, expect, test } from 'vitest';
import { inlineStyles, runtimeNames, sourcesOf, unusedSelectors } from '../../support/unused-css';

const page = (body: string) => fromHtml(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
const PAGE =
  '<main id="top" class="story"><section class="chronology-section"><ol class="chronology"><li><span class="when">2010</span></li></ol></section></main>';
const none = { classes: new Set<string>(), ids: new Set<string>() };
const unusedNames = (css: string, pages = [page(PAGE)], runtime = none) => unusedSelectors([{ css, where: 'test.css' }], pages, runtime).map((u) => u.name);

describe('unusedSelectors', () => {
  test.each([
    ['a class no page carries', '.timeline-section{font-family:sans-serif}', ['.timeline-section']],
    ['an id no page carries', '#timeline{color:red}', ['#timeline']],
    ['one selector of a list', '.story,.gone{color:red}', ['.gone']],
    ['inside @media', '@media (min-width:64rem){.gone{color:red}}', ['.gone']],
    ['inside @supports', '@supports (display:grid){.gone{color:red}}', ['.gone']],
    ['inside @layer', '@layer base{.gone{color:red}}', ['.gone']],
    ['inside @container', '@container (min-width:20rem){.gone{color:red}}', ['.gone']],
    ['inside :not()', '.story>:not(.gone){color:red}', ['.gone']],
    ['inside :where()', ':where(.gone) .when{color:red}', ['.gone']],
    ['inside :is(), beside a live one', '.story :is(.chronology-section,.timeline-section){color:red}', ['.timeline-section']],
    ['inside :has()', '.story:has(>.gone){color:red}', ['.gone']],
    ['before a pseudo-element', '.gone::before{content:""}', ['.gone']],
    ['in a nested rule', '.story{&.gone{color:red}}', ['.gone']],
    ['names that exist, never in that arrangement', '.chronology .story{color:red}', ['.chronology .story']],
    ['an element type the class never sits on', 'p.when{color:red}', ['p.when']],
    ['a sibling that is not one', '.when+.when{color:red}', ['.when + .when']],
  ])('reports %s', (_, css, expected) => {
    expect(unusedNames(css)).toEqual(expected);
  });

  test.each([
    ['a class on the page', '.when{font-weight:700}'],
    ['an id on the page', '#top{color:red}'],
    ['an arrangement the page has', '.story>.chronology-section .chronology>li>.when{color:red}'],
    ['a pseudo-element on a live class', '.chronology li::before{content:""}'],
    ['pseudo-classes a static page cannot decide', '.story :is(.when):hover:focus-visible:not(.story){color:red}'],
    ['Astro’s scoped attribute', '.when[data-astro-cid-abc123]{color:red}'],
    ['a selector with no class or id', 'li::marker{color:red} :root{--x:1} ::target-text{color:red}'],
    ['keyframes', '@keyframes spin{from{rotate:0deg}to{rotate:1turn}}'],
  ])('passes %s', (_, css) => {
    expect(unusedNames(css)).toEqual([]);
  });

  test('a class on any one of the pages is enough', () => {
    expect(unusedNames('.only-here{color:red}', [page(PAGE), page('<p class="only-here">x</p>')])).toEqual([]);
  });

  test('a class or id a script sets at runtime is present once listed, and only then', () => {
    const css = '.story .quote-link{position:absolute} #later{color:red}';
    expect(unusedNames(css)).toEqual(['.quote-link', '#later']);
    expect(unusedNames(css, undefined, { classes: new Set(['quote-link']), ids: new Set(['later']) })).toEqual([]);
  });

  test('names the selector and every stylesheet it ships in', () => {
    const sheets = ['a.html', 'b.html'].map((where) => ({ css: '.x,.gone{color:red}', where }));
    expect(unusedSelectors(sheets, [page('<p class="x">x</p>')], none)).toEqual([{ name: '.gone', selector: '.gone', where: ['a.html', 'b.html'] }]);
  });

  test('a stylesheet the parser refuses stops the test, naming where it was', () => {
    expect(() => unusedSelectors([{ css: '.a{color:red}}}', where: 'the inline <style> of x.html' }], [], none)).toThrow(
      /the inline <style> of x\.html does not parse/u,
    );
  });

  test('inlineStyles reads every <style> of a page', () => {
    const tree = fromHtml('<html><head><style>.a{}</style></head><body><style>.b{}</style></body></html>');
    expect(inlineStyles(tree)).toEqual(['.a{}', '.b{}']);
  });
});

describe('where a name is written, and which names scripts set', () => {
  const dir = mkdtempSync(join(tmpdir(), 'unused-css-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'src/styles'), { recursive: true });
  mkdirSync(join(dir, 'src/components'), { recursive: true });
  mkdirSync(join(dir, 'src/scripts'), { recursive: true });
  writeFileSync(join(dir, 'src/styles/a.css'), '.story {\n}\n\n.gone,\n.gone-too {\n}\n');
  writeFileSync(join(dir, 'src/components/B.astro'), '---\n---\n<p class="gone">x</p>\n<style>\n  .gone {\n  }\n</style>\n');
  writeFileSync(
    join(dir, 'src/scripts/c.ts'),
    "export const FIELD_CLASS = 'field';\nexport const OLD_CLASS = 'old';\nexport const PANEL_ID = 'panel';\nel.className = FIELD_CLASS;\nel.id = PANEL_ID;\n",
  );

  test('sourcesOf names each file and line where the class stands in CSS, not where the markup uses it', () => {
    expect(sourcesOf('.gone', join(dir, 'src'), dir)).toEqual(['src/components/B.astro:5', 'src/styles/a.css:4']);
  });

  test('runtimeNames reads each declared name and whether its script still sets it', () => {
    expect(runtimeNames(join(dir, 'src/scripts'), dir)).toEqual([
      { constant: 'FIELD_CLASS', kind: 'class', value: 'field', script: 'src/scripts/c.ts', set: true },
      { constant: 'OLD_CLASS', kind: 'class', value: 'old', script: 'src/scripts/c.ts', set: false },
      { constant: 'PANEL_ID', kind: 'id', value: 'panel', script: 'src/scripts/c.ts', set: true },
    ]);
  });
});
