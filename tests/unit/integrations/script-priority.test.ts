import { describe, expect, test } from 'vitest';
import { lowerScriptPriority } from '../../../src/integrations/script-priority';

describe('module scripts at low fetch priority', () => {
  test('each module script Astro writes is fetched at low priority, and nothing else on the page changes', () => {
    const html =
      '<head><title>t</title></head><body><p>a</p><script type="module" src="/_astro/toc.js"></script><p>b</p><script type="module" src="/base/_astro/charts.js"></script></body>';
    expect(lowerScriptPriority(html)).toBe(
      '<head><title>t</title></head><body><p>a</p><script type="module" src="/_astro/toc.js" fetchpriority="low"></script><p>b</p>' +
        '<script type="module" src="/base/_astro/charts.js" fetchpriority="low"></script></body>',
    );
  });

  test('a page without module scripts, or with only JSON-LD, is left byte for byte', () => {
    const html = '<head><script type="application/ld+json">{"@type":"Article"}</script></head><body><p>x</p></body>';
    expect(lowerScriptPriority(html)).toBe(html);
  });

  test.each([
    ['an attribute it does not know', '<script type="module" async src="/_astro/toc.js"></script>', '<script type="module" async src="/_astro/toc.js">'],
    ['inline code', '<script type="module">run()</script>', '<script type="module">'],
  ])('a module script with %s stops the build, naming the page and the tag', (_what, tag, named) => {
    expect(() => lowerScriptPriority(`<body>${tag}</body>`, 'dist/x/index.html')).toThrow(
      `script-priority: dist/x/index.html has a module script in a form it does not know: ${named}`,
    );
  });
});
