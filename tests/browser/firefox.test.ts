import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { charts } from '../../src/data/charts';
import anchors from '../../src/data/published-anchors.json' with { type: 'json' };
import { FIREFOX_WIDTHS, requireFirefox, setFirefoxViewport, useFirefoxSite, waitInPage } from '../support/firefox';
import { canvasPaintedInPage, landingProblems, scrollSettledInPage, scrollThroughInPage, targetBoxInPage } from '../support/page-checks';

// The same site in a second engine: Debian's Firefox ESR driven over WebDriver BiDi by puppeteer-core.
const PAGES = [
  { name: 'article', path: '', status: 200 },
  { name: 'figures', path: 'figures/', status: 200 },
  { name: 'not-found', path: 'no-such-page/', status: 404 },
];
const cases = PAGES.flatMap((page) => FIREFOX_WIDTHS.map((size) => ({ ...page, ...size })));

/** In the page: how far the document scrolls sideways, and the elements that reach furthest right (for the failure message). */
function sidewaysInPage() {
  const { scrollWidth, clientWidth } = document.documentElement;
  const widest = [...document.querySelectorAll('body *')]
    .map((el) => ({ el, right: el.getBoundingClientRect().right }))
    .filter(({ right }) => right > clientWidth + 0.5)
    .sort((a, b) => b.right - a.right)
    .slice(0, 3)
    .map(({ el, right }) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} reaches ${Math.round(right)}`);
  return { overflow: scrollWidth - clientWidth, widest };
}

requireFirefox();

describe('the site in Firefox', () => {
  const site = useFirefoxSite();

  async function open(path: string, width: number, height: number): Promise<Page> {
    const page = await site.browser.newPage();
    await setFirefoxViewport(page, { width, height });
    await page.goto(`${site.server.root}${path}`);
    return page;
  }

  // One load a page and width serves both checks below: it is the slow part in Firefox.
  describe.each(cases)('$name at $width px', ({ path, status, width, height }) => {
    const seen = { status: 0, problems: [] as string[], sideways: { overflow: Number.NaN, widest: [] as string[] } };

    beforeAll(async () => {
      const page = await site.browser.newPage();
      await setFirefoxViewport(page, { width, height });
      await page.evaluateOnNewDocument(() => {
        const violations: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = violations;
        document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warn') seen.problems.push(`console ${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => seen.problems.push(`page error: ${String(error)}`));
      page.on('requestfailed', (request) => seen.problems.push(`failed: ${request.url()}`));
      page.on('request', (request) => {
        // Firefox reports fonts it decodes from data: URLs for its own form controls; they come from no origin.
        if (!request.url().startsWith(site.server.origin) && !request.url().startsWith('data:')) seen.problems.push(`other origin: ${request.url()}`);
      });
      page.on('response', (response) => {
        if (response.url().startsWith('data:')) return;
        const expected = response.url() === `${site.server.root}${path}` ? status : 200;
        if (response.status() !== expected) seen.problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      seen.status = (await page.goto(`${site.server.root}${path}`))?.status() ?? 0;
      // Scrolled through, so every chart is drawn: they are part of the layout too.
      await page.evaluate(scrollThroughInPage);
      await page.waitForNetworkIdle({ idleTime: 250 });
      for (const violation of await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))
        seen.problems.push(`CSP violation: ${violation}`);
      seen.sideways = await page.evaluate(sidewaysInPage);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.close();
    });

    test('it loads with its status and no console error or warning, page error, CSP violation, failed request or load from another origin', () => {
      expect(seen.status).toBe(status);
      expect(seen.problems).toEqual([]);
    });

    test('it does not scroll sideways, with every chart drawn', () => {
      const { overflow, widest } = seen.sideways;
      expect(overflow, `scrolls ${overflow} px sideways: ${widest.join('; ')}`).toBeLessThanOrEqual(0);
    });
  });

  test.each(FIREFOX_WIDTHS)('at $width px every chart is painted once scrolled to', async ({ width, height }) => {
    const page = await open('', width, height);
    for (const chart of charts) {
      await page.$eval(`#${chart.id} canvas`, (canvas) => canvas.scrollIntoView({ block: 'center', behavior: 'instant' }));
      await waitInPage(page, `${chart.id} painted`, canvasPaintedInPage, [`#${chart.id} canvas`]);
    }
    const painted = await Promise.all(charts.map((chart) => page.evaluate(canvasPaintedInPage, `#${chart.id} canvas`)));
    expect(painted).toEqual(charts.map(() => true));
    await page.close();
  });

  // Chromium opens every published link fresh (deep-links.test.ts). Here each is followed within the loaded page (the
  // same scroll-margin and sticky-header geometry, in Firefox's engine), and a sample of each kind is opened fresh: a
  // Firefox page load costs this two-core machine a second of both cores, 56 of them the suite's longest wait.
  const OPENED_FRESH = ['key-figures', 'p-7', 'chart-known', 'chart-spending', 'timeline'];

  test.each(FIREFOX_WIDTHS)(
    'at $width px every published section, paragraph and chart link lands fully visible below the sticky header, followed in the page or, for one of each kind, opened fresh',
    async ({ width, height }) => {
      const page = await site.browser.newPage();
      await setFirefoxViewport(page, { width, height });
      const problems: string[] = [];
      expect(anchors['/'].length).toBeGreaterThan(20);
      expect(anchors['/']).toEqual(expect.arrayContaining(OPENED_FRESH));
      const check = async (id: string, how: string) => {
        await page.evaluate(scrollSettledInPage);
        const box = await page.evaluate(targetBoxInPage, id);
        const isTarget = await page.evaluate((target) => document.querySelector(':target')?.id === target, id);
        problems.push(...landingProblems(id, box, isTarget).map((problem) => `${how}: ${problem}`));
      };
      for (const id of OPENED_FRESH) {
        await page.goto('about:blank');
        await page.goto(`${site.server.root}#${id}`);
        await check(id, 'opened fresh');
      }
      await page.goto(site.server.root);
      for (const id of anchors['/']) {
        // From the top each time, as a reader who follows a link from the contents list or a figure mark does.
        await page.evaluate((target) => {
          window.scrollTo({ top: 0, behavior: 'instant' });
          window.location.hash = target;
        }, id);
        await check(id, 'followed');
      }
      await page.close();
      expect(problems).toEqual([]);
    },
  );

  test('the sideways check does catch an element wider than the window, and names it', async () => {
    const page = await open('no-such-page/', 360, 740);
    await page.evaluate(() => {
      const wide = document.createElement('div');
      wide.className = 'too-wide';
      wide.style.width = '500px';
      wide.textContent = 'A line that will not fit';
      document.querySelector('main')!.append(wide);
    });
    const { overflow, widest } = await page.evaluate(sidewaysInPage);
    await page.close();
    expect(overflow).toBeGreaterThan(100);
    expect(widest.join(' ')).toContain('div.too-wide');
  });
});
