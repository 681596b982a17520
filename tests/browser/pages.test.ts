import { describe, expect, test } from 'vitest';
import { charts } from '../../src/data/charts';
import { axeViolations } from '../support/axe';
import { requireChromium, useServedSite, VIEWPORTS } from '../support/browser';
import { scrollThrough } from '../support/page-checks';

const PAGES = [
  { name: 'article', path: '', status: 200 },
  { name: 'figures', path: 'figures/', status: 200 },
  { name: 'not-found', path: 'no-such-page/', status: 404 },
  ...charts.map((chart) => ({ name: `embed-${chart.id}`, path: `embed/${chart.id}/`, status: 200 })),
];

requireChromium();

describe('every page in a real browser', () => {
  const site = useServedSite();

  test('the server sends the host headers from _headers, so the CSP below is really enforced', async () => {
    const response = await fetch(site.server.root);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  // One load each, several at once (the browser project's maxConcurrency), filling each other's waits. One test
  // a page, width and scheme, so a loaded machine's slow load is timed alone, not four in a row. The same load, charts
  // drawn, is what axe judges: a second load would cost the machine a page, its charts and a scroll, and find no more.
  const loads = PAGES.flatMap((page) =>
    Object.entries(VIEWPORTS).flatMap(([width, options]) => (['light', 'dark'] as const).map((scheme) => ({ ...page, width, options, scheme }))),
  );
  test.concurrent.each(loads)(
    '$name on the $width in $scheme, charts drawn: no console error, CSP violation, failed request or request to another origin, and axe (all its rules) finds no violation',
    async ({ path, status, width, options, scheme }) => {
      const problems: string[] = [];
      const context = await site.browser.newContext({ ...options, colorScheme: scheme, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      page.on('console', (message) => {
        // Chromium logs the 404 page's own status as an error; that one is the point of the page.
        const ownStatus = status === 404 && message.location().url === `${site.server.root}${path}` && message.text().includes('404');
        if ((message.type() === 'error' || message.type() === 'warning') && !ownStatus)
          problems.push(`${width}/${scheme} console ${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`${width}/${scheme} page error: ${error.message}`));
      page.on('requestfailed', (request) => {
        // A browser may start on a chart's fallback still and drop it for the source that fits (seen on a loaded
        // machine): that is not a failure, so long as each chart's still is shown in the end (checked below).
        const replaced = request.failure()?.errorText === 'net::ERR_ABORTED' && request.url().includes('/charts/still/');
        if (!replaced) problems.push(`${width}/${scheme} failed: ${request.url()}`);
      });
      page.on('request', (request) => {
        if (!request.url().startsWith(site.server.origin)) problems.push(`${width}/${scheme} other origin: ${request.url()}`);
      });
      page.on('response', (response) => {
        const expected = response.url() === `${site.server.root}${path}` ? status : 200;
        if (response.status() !== expected) problems.push(`${width}/${scheme} HTTP ${response.status()}: ${response.url()}`);
      });
      await page.goto(`${site.server.root}${path}`);
      await scrollThrough(page);
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => window.scrollTo(0, 0));
      for (const still of await page.$$eval('.chart-still img', (all: HTMLImageElement[]) =>
        all.filter((image) => !image.complete || image.naturalWidth === 0).map((image) => image.currentSrc),
      ))
        problems.push(`${width}/${scheme} still not shown: ${still}`);
      for (const violation of await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))
        problems.push(`${width}/${scheme} CSP violation: ${violation}`);
      for (const violation of await axeViolations(page)) problems.push(`${width}/${scheme} axe: ${violation}`);
      await context.close();
      expect(problems).toEqual([]);
    },
  );
});

describe('the fonts a page asks for', () => {
  const site = useServedSite();

  // Each family a page names is one more lookup in the browser's first layout (on Linux, a round trip to the browser
  // process for every size and weight: the bulk of that layout in a trace). A control left in the browser's own font
  // (a button's is Arial in Chromium) costs one such lookup for text no reader sees. Written by hand, as global.css
  // means them: the sans for our notes and controls, the serif for the report's words, monospace for code.
  const STACKS = ['system-ui, sans-serif', 'Charter, "Sitka Text", Georgia, serif', 'monospace'];

  test.each(PAGES.filter(({ status }) => status === 200))('every piece of text on the $name page is set in one of its own stacks', async ({ path }) => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.root}${path}`);
    const families = await page.evaluate(() => {
      const found = new Map<string, string>();
      for (const element of document.body.querySelectorAll('*')) {
        if (![...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())) continue;
        const family = getComputedStyle(element).fontFamily;
        if (!found.has(family)) found.set(family, `${element.tagName.toLowerCase()}.${element.className}`);
      }
      return [...found];
    });
    await page.close();
    expect(families.length).toBeGreaterThan(0);
    expect(families.filter(([family]) => !STACKS.includes(family))).toEqual([]);
  });
});
