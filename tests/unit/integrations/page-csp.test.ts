import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { inlineElements, narrowPageCsp, narrowPolicy, pageCsp, runsInline } from '../../../src/integrations/page-csp';

// SHA-256 of each text in UTF-8, base64, worked out once with `printf '%s' TEXT | openssl dgst -sha256 -binary | base64`.
const HASH = {
  'alert(1)': "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='",
  'p{color:red}': "'sha256-p0bF+un5yUb9MBO6xRb8kPHlY2BdpHVtLiFkDrZPF64='",
  'a&amp;b': "'sha256-+1ybHSHBpXiIvGQfHqcLunD0cVfaUhdNPRv1ysBDBm4='",
  'q::before{content:"→"}': "'sha256-xdahJMBYvWX0l/JHzrJ0l1ZBy2++BmuUjEHf/IgR8Qg='",
  'a\nb': "'sha256-fhj3NzEbLcOy8mndeDlrA1HxT7Zu+oefdoyyMYGIPHg='",
  'import("/a.js")': "'sha256-7GZ08k9eDWlnONnBGSuk0j5sF0CWVCliNaWT5Dy14Ag='",
  '{"imports":{}}': "'sha256-URrTy+Il/Nz0lHojVUx275hWqAWhkSF0VsHbUM4/6Hw='",
  'svg{fill:red}': "'sha256-Z23pp48M9ujEGsnXCzIXozjIQ4YuG3a9Ov7tX/uw3Wc='",
  't{color:blue}': "'sha256-9WT9G5rTJ7uAxYklsjkhS832+8D7GwX8h2q2lMLSwPQ='",
} as const;

const script = (tag: string) => select('script', fromHtml(`${tag}</script>`)) as Element;

describe('which scripts a browser runs from the page’s own text', () => {
  test.each([
    ['no type', '<script>', true],
    ['an empty type', '<script type="">', true],
    ['type="module"', '<script type="module">', true],
    ['type="importmap"', '<script type="importmap">', true],
    ['type="speculationrules"', '<script type="speculationrules">', true],
    ['a JavaScript type in other case, with spaces around it', '<script type=" Text/JavaScript ">', true],
    ['the old language attribute naming JavaScript', '<script language="javascript">', true],
    ['an empty language attribute', '<script language="">', true],
    ['type="application/ld+json" (JSON-LD, a data block)', '<script type="application/ld+json">', false],
    ['type="text/plain"', '<script type="text/plain">', false],
    ['a JavaScript type with a parameter, which is not an exact match', '<script type="text/javascript; charset=utf-8">', false],
    ['the old language attribute naming another language', '<script language="vbscript">', false],
    ['a type that wins over the language attribute', '<script type="text/plain" language="javascript">', false],
    ['a src, which runs the file instead', '<script src="/a.js">', false],
    ['an empty src, which runs nothing', '<script src="">', false],
    ['a module with a src', '<script type="module" src="/a.js">', false],
  ])('a script with %s: runs its own text is %s', (_what, tag, runs) => {
    expect(runsInline(script(tag))).toBe(runs);
  });

  // Every JavaScript MIME type HTML names (the MIME Sniffing standard's list), each enough on its own.
  test.each([
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
  ])('a script of type %s runs its own text', (type) => {
    expect(runsInline(script(`<script type="${type}">`))).toBe(true);
  });
});

describe('the inline elements a page’s CSP must allow', () => {
  test('each run script and each <style>, in the head, the body, an SVG or a template, in document order, with the hash a browser computes', () => {
    const html = [
      '<!doctype html><html><head><style>p{color:red}</style>',
      '<script type="application/ld+json">{"@type":"Article"}</script>',
      '<script type="module" src="/_astro/a.js"></script>',
      '<script type="importmap">{"imports":{}}</script></head>',
      '<body><script>alert(1)</script>',
      '<svg><style>svg{fill:red}</style></svg>',
      '<template><style>t{color:blue}</style></template>',
      '<script type="module">import("/a.js")</script></body></html>',
    ].join('\n');
    expect(inlineElements(html)).toEqual([
      { directive: 'style-src', hash: HASH['p{color:red}'], where: '<style> at line 1 ("p{color:red}")' },
      { directive: 'script-src', hash: HASH['{"imports":{}}'], where: '<script> at line 4 ("{"imports":{}}")' },
      { directive: 'script-src', hash: HASH['alert(1)'], where: '<script> at line 5 ("alert(1)")' },
      { directive: 'style-src', hash: HASH['svg{fill:red}'], where: '<style> at line 6 ("svg{fill:red}")' },
      { directive: 'style-src', hash: HASH['t{color:blue}'], where: '<style> at line 7 ("t{color:blue}")' },
      { directive: 'script-src', hash: HASH['import("/a.js")'], where: '<script> at line 8 ("import("/a.js")")' },
    ]);
  });

  test.each([
    ['its characters as written, an entity left undecoded in a script', '<script>a&amp;b</script>', HASH['a&amp;b']],
    ['its text in UTF-8', '<style>q::before{content:"→"}</style>', HASH['q::before{content:"→"}']],
    ['a CR LF line break as the LF the parser reads', '<script>a\r\nb</script>', HASH['a\nb']],
  ])('an element is hashed by %s', (_what, element, hash) => {
    expect(inlineElements(`<!doctype html><head>${element}</head>`).map((found) => found.hash)).toEqual([hash]);
  });

  test('a page with only JSON-LD and external scripts needs no hash', () => {
    expect(inlineElements('<script type="application/ld+json">{}</script><script src="/a.js"></script><p>x</p>')).toEqual([]);
  });

  test('an element is named by its first 40 characters, runs of white space as one, cut with an ellipsis', () => {
    const [found] = inlineElements(`<!doctype html>\n\n<script>\n  const   a = 1;\n  ${'b'.repeat(40)}</script>`);
    expect(found?.where).toBe(`<script> at line 3 ("const a = 1; ${'b'.repeat(27)}…")`);
    const [short] = inlineElements('<script>run()</script>');
    expect(short?.where).toBe('<script> at line 1 ("run()")');
    const [forty] = inlineElements(`<style>${'c'.repeat(40)}</style>`);
    expect(forty?.where).toBe(`<style> at line 1 ("${'c'.repeat(40)}")`);
  });

  test('a <style> inside <noscript> needs its hash too: a browser without scripts applies it', () => {
    expect(inlineElements('<!doctype html><body><noscript><p>Charts need JavaScript.</p><style>p{color:red}</style></noscript></body>')).toEqual([
      { directive: 'style-src', hash: HASH['p{color:red}'], where: '<style> at line 1 ("p{color:red}")' },
    ]);
  });
});

describe('a policy narrowed to one page’s elements', () => {
  const astro = (scripts: string, styles: string) => `script-src 'self' ${scripts}; style-src 'self' ${styles};`;
  const script1 = { directive: 'script-src', hash: HASH['alert(1)'], where: '<script> at line 9 ("alert(1)")' } as const;
  const style1 = { directive: 'style-src', hash: HASH['p{color:red}'], where: '<style> at line 3 ("p{color:red}")' } as const;

  test('script-src and style-src keep only the page’s hashes, in the order Astro listed them, and the rest as written', () => {
    // The script's hash listed under style-src too is no style of this page's, so it goes there.
    const content = `script-src 'self' 'sha256-other=' ${HASH['alert(1)']} 'sha384-x'; style-src 'self' 'sha256-a=' ${HASH['p{color:red}']} ${HASH['alert(1)']} 'sha256-b=';`;
    expect(narrowPolicy(content, [style1, script1], 'index.html')).toBe(`script-src 'self' ${HASH['alert(1)']}; style-src 'self' ${HASH['p{color:red}']};`);
  });

  test('a page with no inline script keeps script-src with its other sources alone, and its style hash', () => {
    expect(narrowPolicy(astro("'sha256-a=' 'sha256-b='", `${HASH['p{color:red}']} 'sha256-c='`), [style1], 'index.html')).toBe(
      `script-src 'self'; style-src 'self' ${HASH['p{color:red}']};`,
    );
  });

  test('keywords stay, whatever their case, and so do directives it does not narrow, hashes and spacing included', () => {
    const content = `default-src 'self' 'sha256-d='  ;  Script-Src 'strict-dynamic'\t 'sha256-a=' 'self';img-src 'self'`;
    // Within a narrowed directive, sources are set apart by one space, as Astro writes them.
    expect(narrowPolicy(content, [], 'p')).toBe(`default-src 'self' 'sha256-d='  ;  Script-Src 'strict-dynamic' 'self';img-src 'self'`);
  });

  test('an element listed twice keeps its hash once', () => {
    expect(narrowPolicy(astro(HASH['alert(1)'], "'sha256-s='"), [script1, script1], 'p')).toBe(`script-src 'self' ${HASH['alert(1)']}; style-src 'self';`);
  });

  test.each([
    ['a script whose hash Astro did not list', [script1], astro("'sha256-a='", HASH['p{color:red}']), script1],
    ['a style whose hash Astro did not list', [script1, style1], astro(HASH['alert(1)'], "'sha256-a='"), style1],
    ['a script whose hash Astro listed only for styles', [script1], astro("'sha256-a='", HASH['alert(1)']), script1],
    ['a style when Astro wrote no style-src at all', [style1], "script-src 'self'", style1],
  ])('%s stops the build, naming the page, the element and its hash', (_what, elements, content, refused) => {
    expect(() => narrowPolicy(content, elements, 'figures/index.html')).toThrow(
      `page-csp: figures/index.html carries ${refused.where}, whose hash ${refused.hash} is not in Astro's ${refused.directive}: its browser would refuse it`,
    );
  });
});

describe('a page’s CSP meta tag rewritten', () => {
  const policy = `script-src 'self' 'sha256-x=' ${HASH['alert(1)']}; style-src 'self' ${HASH['p{color:red}']} 'sha256-y=';`;
  const page = (meta: string) =>
    `<!doctype html><html><head><meta charset="utf-8">\n${meta}\n<style>p{color:red}</style></head><body><p data-x='content="${policy}"'>content="${policy}"</p><div http-equiv="content-security-policy" content="${policy}"></div><script>alert(1)</script></body></html>`;

  test('only the meta tag’s content changes, to the page’s own hashes; every other byte stays, look-alikes in the body (a div with the same attributes) too', () => {
    const before = page(`<meta http-equiv="content-security-policy" content="${policy}">`);
    const after = page(
      `<meta http-equiv="content-security-policy" content="script-src 'self' ${HASH['alert(1)']}; style-src 'self' ${HASH['p{color:red}']};">`,
    );
    expect(narrowPageCsp(before, 'index.html')).toBe(after);
  });

  test('a page already narrowed comes out the same, so a second pass changes nothing', () => {
    const once = narrowPageCsp(page(`<meta http-equiv="Content-Security-Policy" content="${policy}" />`), 'index.html');
    expect(narrowPageCsp(once, 'index.html')).toBe(once);
    expect(once).toContain(
      `<meta http-equiv="Content-Security-Policy" content="script-src 'self' ${HASH['alert(1)']}; style-src 'self' ${HASH['p{color:red}']};" />`,
    );
  });

  test.each([
    ['no CSP meta tag', '<meta name="description" content="x">', /^page-csp: share\/x\/index\.html has 0 CSP meta tags, not one: is security\.csp still on/u],
    [
      'two CSP meta tags',
      `<meta http-equiv="content-security-policy" content="${policy}"><meta http-equiv="content-security-policy" content="${policy}">`,
      /^page-csp: share\/x\/index\.html has 2 CSP meta tags, not one/u,
    ],
    [
      'a content attribute in single quotes',
      `<meta http-equiv="content-security-policy" content='script-src "self"'>`,
      /^page-csp: share\/x\/index\.html has its CSP meta tag in a form this build does not know: <meta http-equiv/u,
    ],
    [
      'its content attribute written again inside another attribute',
      `<meta http-equiv="content-security-policy" content="${policy}" data-copy=' content="${policy}"'>`,
      /^page-csp: share\/x\/index\.html has its CSP meta tag in a form this build does not know/u,
    ],
    [
      'an entity in its content',
      '<meta http-equiv="content-security-policy" content="script-src &apos;self&apos;">',
      /^page-csp: share\/x\/index\.html has its CSP meta tag in a form this build does not know: <meta http-equiv="content-security-policy" content="script-src &apos;self&apos;">$/u,
    ],
  ])('a page with %s stops the build, naming the page', (_what, meta, error) => {
    expect(() => narrowPageCsp(page(meta), 'share/x/index.html')).toThrow(error);
  });

  test('a page whose inline script Astro did not hash stops the build, naming the page and the script', () => {
    const meta = `<meta http-equiv="content-security-policy" content="script-src 'self'; style-src 'self' ${HASH['p{color:red}']};">`;
    expect(() => narrowPageCsp(page(meta), 'embed/chart-deals/index.html')).toThrow(
      `page-csp: embed/chart-deals/index.html carries <script> at line 3 ("alert(1)"), whose hash ${HASH['alert(1)']} is not in Astro's script-src`,
    );
  });
});

describe('the page-csp integration', () => {
  type Options = Parameters<NonNullable<ReturnType<typeof pageCsp>['hooks']['astro:build:done']>>[0];
  const meta = `<meta http-equiv="content-security-policy" content="script-src 'self' ${HASH['alert(1)']}; style-src 'self' ${HASH['p{color:red}']};">`;

  // Runs the hook on a made-up build: `files` are written below a fresh folder, then `read` reads them back.
  function buildDone(files: Record<string, string>, check: (read: (path: string) => string, logged: string[]) => void) {
    const out = mkdtempSync(join(tmpdir(), 'page-csp-'));
    try {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(out, path)), { recursive: true });
        writeFileSync(join(out, path), text);
      }
      const logged: string[] = [];
      void pageCsp().hooks['astro:build:done']!({ dir: pathToFileURL(`${out}/`), logger: { info: (line: string) => logged.push(line) } } as unknown as Options);
      check((path) => readFileSync(join(out, path), 'utf8'), logged);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }

  test('after the build it narrows every page in every folder to its own hashes, leaves other files alone, and says how many pages', () => {
    const files = {
      'index.html': `<head>${meta}<style>p{color:red}</style></head>`,
      'share/x/index.html': `<head>${meta}</head><body><script>alert(1)</script></body>`,
      '404.html': `<head>${meta}</head>`,
      '_astro/page.css': meta,
    };
    buildDone(files, (read, logged) => {
      expect(read('index.html')).toBe(
        `<head><meta http-equiv="content-security-policy" content="script-src 'self'; style-src 'self' ${HASH['p{color:red}']};"><style>p{color:red}</style></head>`,
      );
      expect(read('share/x/index.html')).toBe(
        `<head><meta http-equiv="content-security-policy" content="script-src 'self' ${HASH['alert(1)']}; style-src 'self';"></head><body><script>alert(1)</script></body>`,
      );
      expect(read('404.html')).toBe(`<head><meta http-equiv="content-security-policy" content="script-src 'self'; style-src 'self';"></head>`);
      expect(read('_astro/page.css')).toBe(meta);
      expect(logged).toEqual(["CSP meta tags narrowed to their own page's hashes on 3 pages"]);
    });
  });

  test('a page whose element Astro did not hash stops the build, naming that page by its path in the build', () => {
    expect(() => buildDone({ 'index.html': `<head>${meta}</head>`, 'share/x/index.html': `<head>${meta}<style>b{}</style></head>` }, () => undefined)).toThrow(
      /^page-csp: share\/x\/index\.html carries <style> at line 1 \("b\{\}"\)/u,
    );
  });

  test('is named page-csp in the build’s log', () => {
    expect(pageCsp().name).toBe('page-csp');
  });
});
