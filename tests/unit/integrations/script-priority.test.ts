import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { lowerScriptPriority, scriptPriority } from '../../../src/integrations/script-priority';

type Options = Parameters<NonNullable<ReturnType<typeof scriptPriority>['hooks']['astro:build:done']>>[0];

describe('module scripts at low fetch priority', () => {
  test('each module script Astro writes is fetched at low priority, and nothing else on the page changes', () => {
    const html =
      '<head><title>t</title></head><body><p>a</p><script type="module" src="/_astro/toc.js"></script><p>b</p><script type="module" src="/base/_astro/charts.js"></script></body>';
    expect(lowerScriptPriority(html, 'index.html')).toBe(
      '<head><title>t</title></head><body><p>a</p><script type="module" src="/_astro/toc.js" fetchpriority="low"></script><p>b</p>' +
        '<script type="module" src="/base/_astro/charts.js" fetchpriority="low"></script></body>',
    );
  });

  test('a page without module scripts, or with only JSON-LD, is left byte for byte', () => {
    const html = '<head><script type="application/ld+json">{"@type":"Article"}</script></head><body><p>x</p></body>';
    expect(lowerScriptPriority(html, 'index.html')).toBe(html);
  });

  test.each([
    ['an attribute it does not know', '<script type="module" async src="/_astro/toc.js"></script>', '<script type="module" async src="/_astro/toc.js">'],
    ['inline code', '<script type="module">run()</script>', '<script type="module">'],
  ])('a module script with %s stops the build, naming the page and the tag', (_what, tag, named) => {
    expect(() => lowerScriptPriority(`<body>${tag}</body>`, 'dist/x/index.html')).toThrow(
      `script-priority: dist/x/index.html has a module script in a form it does not know: ${named}`,
    );
  });

  test('after the build it marks every page in every folder, leaves other files alone, and says how many pages', () => {
    const out = mkdtempSync(join(tmpdir(), 'script-priority-'));
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(out, path)), { recursive: true });
      writeFileSync(join(out, path), text);
    };
    const script = '<script type="module" src="/_astro/a.js"></script>';
    write('index.html', script);
    write('share/x/index.html', `<p>x</p>${script}`);
    write('404.html', '<p>none</p>');
    write('_astro/a.js', script);
    const logged: string[] = [];
    try {
      const integration = scriptPriority();
      expect(integration.name).toBe('script-priority');
      void integration.hooks['astro:build:done']!({
        dir: pathToFileURL(`${out}/`),
        logger: { info: (line: string) => logged.push(line) },
      } as unknown as Options);
      const read = (path: string) => readFileSync(join(out, path), 'utf8');
      expect(read('index.html')).toBe('<script type="module" src="/_astro/a.js" fetchpriority="low"></script>');
      expect(read('share/x/index.html')).toBe('<p>x</p><script type="module" src="/_astro/a.js" fetchpriority="low"></script>');
      expect(read('404.html')).toBe('<p>none</p>');
      expect(read('_astro/a.js')).toBe(script);
      expect(logged).toEqual(['module scripts set to low fetch priority on 3 pages']);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test('a page it cannot read right stops the build naming that page’s file', () => {
    const out = mkdtempSync(join(tmpdir(), 'script-priority-'));
    writeFileSync(join(out, 'index.html'), '<script type="module">run()</script>');
    try {
      expect(() =>
        scriptPriority().hooks['astro:build:done']!({ dir: pathToFileURL(`${out}/`), logger: { info: () => undefined } } as unknown as Options),
      ).toThrow(`script-priority: ${join(out, 'index.html')} has a module script`);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test('two unknown tags are both named, comma-separated', () => {
    expect(() => lowerScriptPriority('<script type="module">a()</script><script type="module">b()</script>', 'p')).toThrow(
      'script-priority: p has a module script in a form it does not know: <script type="module">, <script type="module">',
    );
  });
});
