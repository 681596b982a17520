import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { charts } from '../../src/data/charts';
import { browserAvailable, useServedSite, VIEWPORTS } from '../support/browser';
import { canvasPainted } from '../support/page-checks';

const viewports = Object.entries(VIEWPORTS).map(([name, options]) => ({ name, options }));
const isChartCode = (url: string) => /draw-chart/u.test(url);
const canvasImage = (page: Page, id: string) => page.$eval(`#${id} canvas`, (c) => (c as HTMLCanvasElement).toDataURL());

describe.skipIf(!browserAvailable())('charts in a real browser', () => {
  const site = useServedSite();

  test.each(viewports)('on the $name no chart code is requested before scrolling, and each chart draws once scrolled to', async ({ options }) => {
    const context = await site.browser.newContext(options);
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(site.server.root, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    expect(requested.filter(isChartCode)).toEqual([]);
    for (const chart of charts) {
      await page.locator(`#${chart.id} canvas`).scrollIntoViewIfNeeded();
      await expect.poll(() => canvasPainted(page, `#${chart.id} canvas`), { timeout: 5000 }).toBe(true);
    }
    expect(requested.filter(isChartCode)).toHaveLength(1);
    await context.close();
  });

  test('drawing reserves its space: the page does not shift when a chart draws', async () => {
    const page = await site.browser.newPage(VIEWPORTS.desktop);
    await page.goto(site.server.root);
    const before = await page.$eval('#chart-spending', (f) => f.getBoundingClientRect().height);
    await page.locator('#chart-deals canvas').scrollIntoViewIfNeeded();
    await expect.poll(() => canvasPainted(page, '#chart-deals canvas')).toBe(true);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) total += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 500);
        }),
    );
    expect(shift).toBe(0);
    expect(await page.$eval('#chart-spending', (f) => f.getBoundingClientRect().height)).toBe(before);
    await page.close();
  });

  test('with reduced motion a chart is complete in its first frame; without, it animates', async () => {
    const frames = async (reducedMotion: 'reduce' | 'no-preference') => {
      const context = await site.browser.newContext({ ...VIEWPORTS.desktop, reducedMotion });
      const page = await context.newPage();
      await page.goto(`${site.server.root}#chart-mi35`);
      await expect.poll(() => canvasPainted(page, '#chart-mi35 canvas')).toBe(true);
      const first = await canvasImage(page, 'chart-mi35');
      await page.waitForTimeout(900);
      const later = await canvasImage(page, 'chart-mi35');
      await context.close();
      return first === later;
    };
    expect(await frames('reduce')).toBe(true);
    expect(await frames('no-preference')).toBe(false);
  });

  test('chart colours follow the colour scheme, and redraw when it changes', async () => {
    const context = await site.browser.newContext({ ...VIEWPORTS.desktop, reducedMotion: 'reduce', colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${site.server.root}#chart-deals`);
    await expect.poll(() => canvasPainted(page, '#chart-deals canvas')).toBe(true);
    const light = await canvasImage(page, 'chart-deals');
    const stated = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--chart-stated'));
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => canvasImage(page, 'chart-deals')).not.toBe(light);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--chart-stated'))).not.toBe(stated);
    await context.close();
  });

  test('charts drawn in the dark scheme are redrawn in the print palette for paper, then restored', async () => {
    const context = await site.browser.newContext({ ...VIEWPORTS.desktop, reducedMotion: 'reduce', colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${site.server.root}#chart-known`);
    await expect.poll(() => canvasPainted(page, '#chart-known canvas')).toBe(true);
    const dark = await canvasImage(page, 'chart-known');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect.poll(() => canvasImage(page, 'chart-known')).not.toBe(dark);
    await expect.poll(() => canvasPainted(page, '#chart-spending canvas')).toBe(true);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect.poll(() => canvasImage(page, 'chart-known')).toBe(dark);
    await context.close();
  });

  test('with JavaScript off, all 13 paragraphs and every chart’s data table are there and readable', async () => {
    const context = await site.browser.newContext({ ...VIEWPORTS.phone, javaScriptEnabled: false });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(site.server.root);
    const paragraphs = page.locator('section.article-section p[id^="p-"]');
    expect(await paragraphs.count()).toBe(13);
    for (let i = 0; i < 13; i += 1) expect(await paragraphs.nth(i).isVisible()).toBe(true);
    for (const chart of charts) {
      const table = page.locator(`#${chart.id} table`);
      expect(await table.isVisible()).toBe(true);
      expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(chart.bars.length);
    }
    expect(await page.locator('nav.toc a').first().getAttribute('href')).toMatch(/^#/u);
    expect(requested.filter(isChartCode)).toEqual([]);
    await context.close();
  });
});
