import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { charts } from '../../src/data/charts';
import { requireChromium, useServedSite, VIEWPORTS } from '../support/browser';
import { canvasPainted, scrollThrough } from '../support/page-checks';

const viewports = Object.entries(VIEWPORTS).map(([name, options]) => ({ name, options }));
const isChartCode = (url: string) => /draw-chart/u.test(url);
const canvasImage = (page: Page, id: string) => page.$eval(`#${id} canvas`, (c) => (c as HTMLCanvasElement).toDataURL());

// Away, as far as the page goes, until an observer with the chart's own margin sees the element gone.
const scrollAwayFrom = (page: Page, selector: string) =>
  page.evaluate(async (selector) => {
    const element = document.querySelector(selector)!;
    const gone = new Promise<void>((resolve) => {
      const watch = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => !entry.isIntersecting)) {
            watch.disconnect();
            resolve();
          }
        },
        { rootMargin: '200px 0px' },
      );
      watch.observe(element);
    });
    window.scrollTo(0, document.documentElement.scrollHeight);
    await gone;
  }, selector);

requireChromium();

describe('charts in a real browser', () => {
  const site = useServedSite();

  test.each(viewports)('on the $name no chart code is requested before scrolling, and each chart draws once scrolled to', async ({ options }) => {
    const context = await site.browser.newContext(options);
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(site.server.root, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => customElements.get('chart-figure') !== undefined);
    expect(requested.filter(isChartCode)).toEqual([]);
    for (const chart of charts) {
      await page.locator(`#${chart.id} canvas`).scrollIntoViewIfNeeded();
      await expect.poll(() => canvasPainted(page, `#${chart.id} canvas`), { timeout: 5000 }).toBe(true);
    }
    expect(requested.filter(isChartCode)).toHaveLength(1);
    await context.close();
  });

  test.each(viewports)('on the $name each chart’s box is reserved at the height its chart is then drawn at, the height of its image', async ({ options }) => {
    const context = await site.browser.newContext({ ...options, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(site.server.root);
    const boxes = () => page.$$eval('figure.chart .chart-canvas', (all) => all.map((box) => box.getBoundingClientRect().height));
    // By hand, as in tests/build/charts-and-data.test.ts: $4 billion stack, Mi-35 units, spending bars.
    const heights = [180, 136, 176];
    expect(await page.$$eval('chart-figure[data-drawn]', (all) => all.length)).toBe(0);
    expect(await boxes()).toEqual(heights);
    await scrollThrough(page);
    await page.waitForFunction((n) => document.querySelectorAll('chart-figure[data-drawn]').length === n, charts.length);
    const drawn = await page.$$eval('chart-figure', (all) => all.map((element) => (element as unknown as { chart: { height: number } }).chart.height));
    expect(drawn).toEqual(heights);
    expect(await boxes()).toEqual(heights);
    await context.close();
  });

  // Headings rewrap at different widths: a control that appears late moves them at some widths and not others.
  // A shared deep link opens with a heading or paragraph in view, where the controls appear.
  test.each([
    { name: 'a 360 px phone', at: '#about-this-text', options: { ...VIEWPORTS.phone, viewport: { width: 360, height: 740 } } },
    { name: 'a 412 px phone', at: '#p-3', options: { ...VIEWPORTS.phone, viewport: { width: 412, height: 823 } } },
    { name: 'desktop', at: '', options: VIEWPORTS.desktop },
    { name: 'desktop', at: '#aliyev-signals-more-purchases', options: VIEWPORTS.desktop },
  ])('on $name opened at /$at, scripts and charts reserve their space: nothing shifts as controls appear and charts draw', async ({ at, options }) => {
    const context = await site.browser.newContext(options);
    const page = await context.newPage();
    // Watch from before the page's first script: a shift as the controls appear happens while the page loads.
    await page.addInitScript(() => {
      const shifts: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) shifts.push(entry.value);
      });
      observer.observe({ type: 'layout-shift', buffered: true });
      Object.assign(window, { layoutShifts: () => [...shifts, ...observer.takeRecords().map((entry) => (entry as unknown as { value: number }).value)] });
    });
    // A slow phone paints the page before its scripts run; hold them back until the first paint to be that phone.
    let release = () => {};
    const painted = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_astro/*.js', async (route) => {
      await painted;
      await route.continue();
    });
    await page.goto(`${site.server.root}${at}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    release();
    await page.waitForFunction(() => customElements.get('copy-link') !== undefined && document.querySelector('.copy-link:not([hidden])') !== null);
    const heights = () => page.$$eval('figure.chart', (figures) => figures.map((f) => f.getBoundingClientRect().height));
    const before = await heights();
    expect(before).toHaveLength(charts.length);
    for (const chart of charts) {
      await page.locator(`#${chart.id} canvas`).scrollIntoViewIfNeeded();
      await expect.poll(() => canvasPainted(page, `#${chart.id} canvas`)).toBe(true);
    }
    const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: () => number[] }).layoutShifts());
    const shift = shifts.reduce((total, value) => total + value, 0);
    expect(shift).toBe(0);
    expect(await heights()).toEqual(before);
    await context.close();
  });

  test('with reduced motion a chart is drawn complete at once; without, its bars grow into place', async () => {
    const firstFrame = async (reducedMotion: 'reduce' | 'no-preference') => {
      const context = await site.browser.newContext({ ...VIEWPORTS.desktop, reducedMotion });
      const page = await context.newPage();
      await page.goto(`${site.server.root}#chart-mi35`);
      await page.waitForFunction(() => customElements.get('chart-figure') !== undefined);
      // Draws afresh and reads the first bar where it stands now and where it will end, in the same task.
      const bar = await page.evaluate(async () => {
        const element = document.querySelector('#chart-mi35')?.closest('chart-figure') as unknown as {
          redraw: () => Promise<void>;
          chart: { getDatasetMeta: (i: number) => { data: { x: number; getProps: (p: string[], final: boolean) => { x: number } }[] } };
        };
        await element.redraw();
        const first = element.chart.getDatasetMeta(0).data[0]!;
        return { now: first.x, final: first.getProps(['x'], true).x };
      });
      await context.close();
      return bar;
    };
    const reduced = await firstFrame('reduce');
    expect(reduced.final).toBeGreaterThan(0);
    expect(reduced.now).toBe(reduced.final);
    const animated = await firstFrame('no-preference');
    expect(animated.now).not.toBe(animated.final);
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
    await page.goto(`${site.server.root}#chart-mi35`);
    await expect.poll(() => canvasPainted(page, '#chart-mi35 canvas')).toBe(true);
    const dark = await canvasImage(page, 'chart-mi35');
    const openDetails = () => page.$$eval('figure.chart details', (all) => all.map((d) => (d as HTMLDetailsElement).open));
    // A link to the Mi-35 chart opened its details; the others stay closed on screen.
    expect(await openDetails()).toEqual(charts.map((chart) => chart.id === 'chart-mi35'));
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect.poll(() => canvasImage(page, 'chart-mi35')).not.toBe(dark);
    await expect.poll(() => canvasPainted(page, '#chart-spending canvas')).toBe(true);
    expect(await openDetails()).toEqual(charts.map(() => true));
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect.poll(() => canvasImage(page, 'chart-mi35')).toBe(dark);
    expect(await openDetails()).toEqual(charts.map((chart) => chart.id === 'chart-mi35'));
    await context.close();
  });

  test('with JavaScript off, all 13 paragraphs are there, and every chart’s data table is one click away and readable', async () => {
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
      expect(await table.isVisible()).toBe(false);
      await page.locator(`#${chart.id} summary`).click();
      expect(await table.isVisible()).toBe(true);
      expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(chart.parts.length);
    }
    expect(await page.locator('nav.toc a').first().getAttribute('href')).toMatch(/^#/u);
    expect(requested.filter(isChartCode)).toEqual([]);
    await context.close();
  });

  test.each([
    { link: 'chart-deals', opens: 'chart-deals' },
    { link: 'chart-known', opens: 'chart-deals' },
    { link: 'chart-spending', opens: 'chart-spending' },
  ])('a link to #$link opens the data, workings and source of $opens, and of no other chart', async ({ link, opens }) => {
    const page = await site.browser.newPage(VIEWPORTS.phone);
    await page.goto(`${site.server.root}#${link}`);
    await page.waitForFunction(() => customElements.get('chart-figure') !== undefined);
    const open = await page.$$eval('figure.chart', (figures) => figures.filter((f) => f.querySelector('details')?.open).map((f) => f.id));
    expect(open).toEqual([opens]);
    await page.evaluate(() => (window.location.hash = '#chart-mi35'));
    await expect.poll(() => page.$eval('#chart-mi35 details', (d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.close();
  });

  test('printed before its chart code arrives, a chart shows its still on paper, at its box’s height, and its table carries the figures', async () => {
    const context = await site.browser.newContext({ ...VIEWPORTS.desktop, reducedMotion: 'reduce' });
    const page = await context.newPage();
    // A reader who prints at once, before scrolling to any chart: the drawing code never arrives in time.
    await page.route(/draw-chart/u, (route) => route.abort());
    await page.goto(site.server.root);
    await page.waitForFunction(() => customElements.get('chart-figure') !== undefined);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.$$eval('figure.chart', (figures) =>
      figures.map((f) => [f.querySelector('.chart-canvas')?.getBoundingClientRect().height, f.querySelector('table')?.getBoundingClientRect().height ?? 0]),
    );
    expect(printed).toHaveLength(charts.length);
    // By hand, as above: the heights the stills are drawn at.
    expect(printed.map(([canvas]) => canvas)).toEqual([180, 136, 176]);
    expect(
      await page.$$eval('.chart-still img', (all) => all.map((image) => (image as HTMLImageElement).naturalHeight > 0 && image.checkVisibility())),
    ).toEqual([true, true, true]);
    expect(printed.filter(([, table]) => table === 0)).toEqual([]);
    await context.close();
  });

  test('a chart whose code fails to load keeps showing its still, says nothing is wrong, and is drawn when next scrolled near', async () => {
    const context = await site.browser.newContext({ ...VIEWPORTS.desktop, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const failures: string[] = [];
    page.on('console', (message) => (message.type() === 'error' ? failures.push(message.text()) : undefined));
    const requested: string[] = [];
    await page.route(/draw-chart/u, (route) => (requested.push(route.request().url()) === 1 ? route.abort() : route.continue()));
    await page.goto(site.server.root);
    await page.waitForFunction(() => customElements.get('chart-figure') !== undefined);
    const figure = page.locator('#chart-deals');
    await figure.locator('canvas').scrollIntoViewIfNeeded();
    await expect.poll(() => failures.some((text) => text.startsWith('chart chart-deals: could not be drawn'))).toBe(true);
    // The failure is handled once the still has been decoded: wait for that, then nothing may have changed.
    await page.$eval('#chart-deals .chart-still img', (image) => (image as HTMLImageElement).decode());
    expect(await figure.locator('.chart-still img').isVisible()).toBe(true);
    expect(await figure.locator('.chart-canvas p').count()).toBe(0);
    expect(await figure.locator('table').isVisible()).toBe(false);
    await scrollAwayFrom(page, '#chart-deals canvas');
    await figure.locator('canvas').scrollIntoViewIfNeeded();
    await expect.poll(() => page.$eval('#chart-deals', (f) => f.closest('chart-figure')?.hasAttribute('data-drawn'))).toBe(true);
    expect(requested.length).toBeGreaterThanOrEqual(2);
    await context.close();
  });

  test('a chart whose code and still both fail to load shows its table and says so, never an empty box, and is drawn when next scrolled near', async () => {
    const context = await site.browser.newContext({ ...VIEWPORTS.desktop, reducedMotion: 'reduce' });
    const page = await context.newPage();
    // A flaky network: the chart code's first request fails, later ones arrive; the stills never do.
    const requested: string[] = [];
    await page.route(/\/charts\/still\//u, (route) => route.abort());
    await page.route(/draw-chart/u, (route) => (requested.push(route.request().url()) === 1 ? route.abort() : route.continue()));
    await page.goto(site.server.root);
    await page.waitForFunction(() => customElements.get('chart-figure') !== undefined);
    const figure = page.locator('#chart-deals');
    await figure.locator('canvas').scrollIntoViewIfNeeded();
    const message = figure.locator('.chart-canvas').getByText('The chart could not be drawn: its figures are in the table below.');
    await expect.poll(() => message.isVisible()).toBe(true);
    expect(await figure.locator('table').isVisible()).toBe(true);
    expect(await figure.locator('tbody tr').count()).toBeGreaterThanOrEqual(charts[0]!.parts.length);
    expect(await canvasPainted(page, '#chart-deals canvas')).toBe(false);
    expect(requested).toHaveLength(1);
    await scrollAwayFrom(page, '#chart-deals canvas');
    await figure.locator('canvas').scrollIntoViewIfNeeded();
    await expect.poll(() => page.$eval('#chart-deals', (f) => f.closest('chart-figure')?.hasAttribute('data-drawn'))).toBe(true);
    await expect.poll(() => canvasPainted(page, '#chart-deals canvas')).toBe(true);
    expect(await message.count()).toBe(0);
    expect(requested.length).toBeGreaterThanOrEqual(2);
    await context.close();
  });

  test('printed, every chart is drawn at the full width of its figure, with its data, workings and source shown', async () => {
    const context = await site.browser.newContext({ ...VIEWPORTS.desktop, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(site.server.root);
    await scrollThrough(page);
    for (const chart of charts) await expect.poll(() => canvasPainted(page, `#${chart.id} canvas`), { timeout: 10_000 }).toBe(true);
    const onScreen = await page.$$eval('figure.chart canvas', (all) => all.map((c) => c.getBoundingClientRect().width));
    await page.emulateMedia({ media: 'print' });
    const fill = () =>
      page.$$eval('figure.chart', (figures) =>
        figures.map((f) => {
          const { chart } = f.closest('chart-figure') as unknown as { chart: { width: number } };
          const inner = f.clientWidth - parseFloat(getComputedStyle(f).paddingLeft) - parseFloat(getComputedStyle(f).paddingRight);
          return Math.round((chart.width / inner) * 100) / 100;
        }),
      );
    // The drawing itself (the chart's own width), not only its box, is redrawn at the printed width.
    await expect.poll(fill, { timeout: 10_000 }).toEqual(charts.map(() => 1));
    expect(await page.$$eval('figure.chart details', (all) => all.every((d) => (d as HTMLDetailsElement).open))).toBe(true);
    expect(await page.$$eval('figure.chart table', (all) => all.every((t) => t.getBoundingClientRect().height > 0))).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => page.$$eval('figure.chart canvas', (all) => all.map((c) => c.getBoundingClientRect().width))).toEqual(onScreen);
    expect(await page.$$eval('figure.chart details', (all) => all.some((d) => (d as HTMLDetailsElement).open))).toBe(false);
    await context.close();
  });

  test('every part’s value and label is written on its chart, derived ones marked “(derived)”, and the ratio on the spending chart', async () => {
    const context = await site.browser.newContext({ ...VIEWPORTS.desktop, reducedMotion: 'reduce' });
    const page = await context.newPage();
    // Records what the charts write, as a reader would read it off the canvas.
    await page.addInitScript(() => {
      const written: string[] = [];
      (window as unknown as { written: string[] }).written = written;
      const fillText = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (text: string, x: number, y: number, maxWidth?: number) {
        written.push(text);
        return maxWidth === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, maxWidth);
      };
    });
    await page.goto(site.server.root);
    for (const chart of charts) {
      await page.locator(`#${chart.id} canvas`).scrollIntoViewIfNeeded();
      await expect.poll(() => canvasPainted(page, `#${chart.id} canvas`), { timeout: 10_000 }).toBe(true);
    }
    const written = await page.evaluate(() => (window as unknown as { written: string[] }).written);
    expect(written).toEqual(
      expect.arrayContaining([
        'around $1 billion',
        'Offensive weapons being delivered',
        '$360 million',
        'Mi-35 gunship deal',
        'about $2.64 billion',
        'Not itemised in the report (derived)',
        'Delivered in 2011 and 2012 (derived)',
        'Not reported as delivered (derived)',
        '2003, a decade before (derived)',
        '2013, the year of the talks',
        'about $123 million',
        '$3.7 billion',
        '→ almost 30 times as much',
      ]),
    );
    await context.close();
  });

  test('a chart redrawn for paper is drawn complete at once, never animated', async () => {
    const context = await site.browser.newContext({ ...VIEWPORTS.desktop, reducedMotion: 'no-preference' });
    const page = await context.newPage();
    await page.goto(`${site.server.root}#chart-deals`);
    await page.waitForFunction(() => customElements.get('chart-figure') !== undefined);
    const bar = await page.evaluate(async () => {
      const element = document.querySelector('#chart-deals')?.closest('chart-figure') as unknown as {
        redraw: (forPrint: boolean) => Promise<void>;
        chart: { getDatasetMeta: (i: number) => { data: { x: number; getProps: (p: string[], final: boolean) => { x: number } }[] } };
      };
      await element.redraw(true);
      const first = element.chart.getDatasetMeta(0).data[0]!;
      return { now: first.x, final: first.getProps(['x'], true).x };
    });
    expect(bar.final).toBeGreaterThan(0);
    expect(bar.now).toBe(bar.final);
    await context.close();
  });
});
