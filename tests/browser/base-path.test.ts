import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { charts } from '../../src/data/charts';
import { browserAvailable, launch, serve, VIEWPORTS } from '../support/browser';
import { BASE_DIST, BASE_SITE } from '../support/global-setup';
import { canvasPainted, settleScroll, targetBox } from '../support/page-checks';

describe.skipIf(!browserAvailable())('the site served under a sub-path', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launch(), serve(BASE_DIST, BASE_SITE.BASE_PATH)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('deep links land, charts draw, downloads and the share image load, and nothing fails', async () => {
    const context = await browser.newContext(VIEWPORTS.phone);
    const page = await context.newPage();
    const failures: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
    page.on('requestfailed', (request) => failures.push(`failed ${request.url()}`));
    expect(server.root.endsWith('/arms-report/')).toBe(true);
    await page.goto(`${server.root}#p-12`);
    await settleScroll(page);
    const box = await targetBox(page, 'p-12');
    expect(box && box.top >= box.headerBottom - 1 && box.bottom <= box.viewport).toBe(true);
    for (const chart of charts) {
      await page.locator(`#${chart.id} canvas`).scrollIntoViewIfNeeded();
      await expect.poll(() => canvasPainted(page, `#${chart.id} canvas`)).toBe(true);
    }
    for (const href of await page.$$eval('a[download]', (links) => links.map((a) => (a as HTMLAnchorElement).href))) {
      expect(href.startsWith(server.root), href).toBe(true);
      expect((await fetch(href)).status, href).toBe(200);
    }
    const image = await page.$eval('meta[property="og:image"]', (m) => m.getAttribute('content')!);
    expect(image).toBe(`${BASE_SITE.SITE_URL}${BASE_SITE.BASE_PATH}/og.png`);
    expect((await fetch(`${server.root}og.png`)).headers.get('content-type')).toBe('image/png');
    await page.getByRole('link', { name: 'Figures', exact: true }).click();
    await page.waitForURL(`${server.root}figures/`);
    expect(failures).toEqual([]);
    await context.close();
  });
});
