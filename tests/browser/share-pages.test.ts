import { describe, expect, test } from 'vitest';
import { requireChromium, useServedSite, VIEWPORTS } from '../support/browser';
import { settleScroll, targetBox } from '../support/page-checks';
import { SHARE_PAGES_BY_HAND } from '../support/share-pages-by-hand';

// Every share page a reader can be sent, by the id in its address: the list written by hand, not the build's folders.
const shared = SHARE_PAGES_BY_HAND.map((part) => part.id);

requireChromium();

describe('share pages in a real browser', () => {
  const site = useServedSite();

  // The refresh is a meta tag, which runs with scripts on or off alike: every page is followed with them off, and
  // one with them on shows that no script of the page stands in its way.
  test.each([
    { javaScript: false, label: 'off', ids: shared },
    { javaScript: true, label: 'on', ids: ['chart-mi35'] },
  ])('with JavaScript $label, every share page sends the reader straight on to its deep link, where the part is the target', async ({ javaScript, ids }) => {
    const context = await site.browser.newContext({ ...VIEWPORTS.desktop, javaScriptEnabled: javaScript });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const id of ids) {
      await page.goto(`${site.server.root}share/${id}/`);
      await page.waitForURL(`${site.server.root}#${id}`);
      await page.waitForLoadState('load');
      const target = await page.evaluate(() => document.querySelector(':target')?.id);
      if (target !== id) problems.push(`${id}: the target is ${target}`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  // A PNG is the same in either scheme; only the browser's own backdrop around it changes.
  test.each([360, 1280].map((width) => ({ width, scheme: 'light' as const })))(
    'at $width px in the $scheme scheme the browser opens a section card, a chart card and a chart image at the size they declare',
    async ({ width, scheme }) => {
      const page = await site.browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme });
      for (const [file, size] of [
        ['share/alarm-in-armenia.png', [1200, 630]],
        ['share/chart-deals.png', [1200, 630]],
        ['charts/chart-mi35.png', [1280, undefined]],
      ] as const) {
        const response = await page.goto(`${site.server.root}${file}`);
        expect(response?.headers()['content-type']).toBe('image/png');
        const natural = await page.$eval('img', (img) => [(img as HTMLImageElement).naturalWidth, (img as HTMLImageElement).naturalHeight]);
        expect(natural[0]).toBe(size[0]);
        if (size[1]) expect(natural[1]).toBe(size[1]);
      }
      await page.close();
    },
  );

  test('a link copied from a chart’s control is its share page, and following it lands on the chart as the deep link does', async () => {
    const context = await site.browser.newContext({ ...VIEWPORTS.phone, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(site.server.root);
    // The phone has no share sheet here: the control copies.
    await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined }));
    const button = page.locator('copy-link[data-fragment="chart-mi35"] button');
    await button.scrollIntoViewIfNeeded();
    await button.tap();
    await page.waitForFunction(() => document.getElementById('copy-status')?.textContent?.startsWith('Link copied'));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${site.server.root}share/chart-mi35/`);
    await page.goto('about:blank');
    await page.goto(copied);
    await page.waitForURL(`${site.server.root}#chart-mi35`);
    await settleScroll(page);
    const box = await targetBox(page, 'chart-mi35');
    expect(box).not.toBeNull();
    expect(box!.top).toBeGreaterThanOrEqual(box!.headerBottom - 1);
    expect(box!.top).toBeLessThan(box!.viewport - 40);
    // As with the deep link itself, the chart's evidence opens.
    await expect.poll(() => page.$eval('#chart-mi35 details', (d) => (d as HTMLDetailsElement).open)).toBe(true);
    await context.close();
  });
});
