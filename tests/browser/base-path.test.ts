import { describe, expect, test } from 'vitest';
import { charts } from '../../src/data/charts';
import { requireChromium, useServedSite, VIEWPORTS } from '../support/browser';
import { BASE_DIST, BASE_SITE } from '../support/build-base';
import { canvasPainted, settleScroll, targetBox } from '../support/page-checks';

requireChromium();

describe('the site served under a sub-path', () => {
  const site = useServedSite(BASE_DIST, BASE_SITE.BASE_PATH);

  test('deep links land, charts draw, downloads and the share image load, and nothing fails', async () => {
    const context = await site.browser.newContext(VIEWPORTS.phone);
    const page = await context.newPage();
    const failures: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
    page.on('requestfailed', (request) => failures.push(`failed ${request.url()}`));
    expect(site.server.root.endsWith('/arms-report/')).toBe(true);
    await page.goto(`${site.server.root}#p-12`);
    await settleScroll(page);
    const box = await targetBox(page, 'p-12');
    expect(box && box.top >= box.headerBottom - 1 && box.bottom <= box.viewport).toBe(true);
    for (const chart of charts) {
      await page.locator(`#${chart.id} canvas`).scrollIntoViewIfNeeded();
      await expect.poll(() => canvasPainted(page, `#${chart.id} canvas`)).toBe(true);
    }
    for (const href of await page.$$eval('a[download]', (links) => links.map((a) => (a as HTMLAnchorElement).href))) {
      expect(href.startsWith(site.server.root), href).toBe(true);
      expect((await fetch(href)).status, href).toBe(200);
    }
    const image = await page.$eval('meta[property="og:image"]', (m) => m.getAttribute('content')!);
    expect(image).toBe(`${BASE_SITE.SITE_URL}${BASE_SITE.BASE_PATH}/og.png`);
    expect((await fetch(`${site.server.root}og.png`)).headers.get('content-type')).toBe('image/png');
    await page.getByRole('link', { name: 'Figures', exact: true }).click();
    await page.waitForURL(`${site.server.root}figures/`);
    expect(failures).toEqual([]);
    await context.close();
  });
});
