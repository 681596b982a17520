import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { requireChromium, useServedSite } from '../support/browser';
import { readBars } from '../support/bars';
import { CHART_GROUND_BY_HAND, CHART_MARKS_BY_HAND, DERIVED_BY_HAND, STATED_BY_HAND } from '../support/figures-by-hand';
import { areas, decodePng, rgb } from '../support/pixels';

requireChromium();

const STATED = STATED_BY_HAND;
const DERIVED = DERIVED_BY_HAND;
const CHARTS = CHART_MARKS_BY_HAND;
// By hand: the $4 billion stack's first part, around $1 billion, is a quarter of it.
const FIRST_PART_OF_FOUR_BILLION = 1 / 4;

const boxShot = async (page: Page, id: string) => decodePng(await page.locator(`#${id} .chart-canvas`).screenshot());
const stillInfo = (page: Page) =>
  page.$$eval('.chart-still img', (images: HTMLImageElement[]) =>
    images.map((image) => ({
      file: image.currentSrc.split('/').at(-1),
      loaded: image.complete && image.naturalWidth > 0,
      box: image.closest('.chart-canvas')!.getBoundingClientRect().width,
      shown: image.getBoundingClientRect().height > 0 && getComputedStyle(image.parentElement!).visibility === 'visible',
    })),
  );

/** What a chart's box holds when its still does not show: the image's state, what covers its middle, its colours. */
async function whatTheBoxShows(page: Page, id: string): Promise<string> {
  const state = await page.$eval(`#${id} .chart-canvas`, (box) => {
    const image = box.querySelector<HTMLImageElement>('.chart-still img')!;
    const rect = box.getBoundingClientRect();
    const hiding = [
      image,
      ...(function* up(el: Element | null): Generator<Element> {
        for (; el && el !== box.parentElement; el = el.parentElement) yield el;
      })(image.parentElement),
    ]
      .map((el) => getComputedStyle(el))
      .map((style) => `${style.display}/${style.visibility}/${style.opacity}`);
    const middle = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    return JSON.stringify({
      complete: image.complete,
      naturalWidth: image.naturalWidth,
      src: image.currentSrc.split('/').at(-1),
      box: [Math.round(rect.left), Math.round(rect.top), Math.round(rect.width), Math.round(rect.height)],
      viewport: [innerWidth, innerHeight, scrollY],
      styles: hiding,
      middle: middle ? `${middle.tagName.toLowerCase()}.${middle.className}` : null,
    });
  });
  const shot = await boxShot(page, id);
  const colours = new Map<string, number>();
  for (let y = 0; y < shot.height; y += 4)
    for (let x = 0; x < shot.width; x += 4) {
      const key = shot.at(x, y).slice(0, 3).join(',');
      colours.set(key, (colours.get(key) ?? 0) + 1);
    }
  const top = [...colours].sort((a, b) => b[1] - a[1]).slice(0, 5);
  return `${state}; screenshot ${shot.width}×${shot.height}, commonest colours ${top.map(([c, n]) => `rgb(${c})×${n}`).join(' ')}`;
}

describe('a chart at first paint: its still, drawn at build time', () => {
  const site = useServedSite();

  test.each([
    { width: 360, scheme: 'light', still: 296 },
    { width: 360, scheme: 'dark', still: 296 },
    { width: 1280, scheme: 'light', still: 736 },
    { width: 1280, scheme: 'dark', still: 736 },
  ] as const)('with scripts off at $width px in $scheme, every chart shows its bars, in its scheme’s colours', async ({ width, scheme, still }) => {
    const context = await site.browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.root);
    for (const { id, height, mark, reach } of CHARTS) {
      await page.locator(`#${id} .chart-canvas`).scrollIntoViewIfNeeded();
      // Loaded, not only "complete", which a broken image is too.
      await expect
        .poll(() => page.$eval(`#${id} .chart-still img`, (image) => (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0))
        .toBe(true);
      // And decoded, ready to paint: the stills decode off the main thread (decoding="async"), and in a full run a
      // loaded still once stayed unpainted, the box its bare ground, for all 15 s of screenshots. decode() settles
      // when the image can be drawn, and throws if it cannot be.
      await page.$eval(`#${id} .chart-still img`, (image) => (image as HTMLImageElement).decode());
      expect(await page.$eval(`#${id} .chart-still img`, (image) => (image as HTMLImageElement).currentSrc.split('/').at(-1))).toBe(
        `${id}-${scheme}-${still}.png`,
      );
      expect(await page.$eval(`#${id} .chart-canvas`, (box) => [box.clientWidth, box.clientHeight])).toEqual([width === 360 ? 296 : 736, height]);
      // Each chart's marks, in its scheme's colour, span a fair part of its plot: not a blank, nor a swatch alone. A
      // loaded image may reach the screen a frame later, so the box is read until they show (or the poll times out).
      // Read as the marks' parts against the box's ground, so a hatch's stripes count however the 2x still is scaled
      // down: the Mi-35 chart's hatched units come out 8 to 16 units off their colour in a channel, too near a fixed
      // tolerance to rely on.
      const markWidth = async () => readBars(await boxShot(page, id), [mark[scheme]], CHART_GROUND_BY_HAND[scheme]).reduce((sum, bar) => sum + bar.length, 0);
      // A failure says what the page held, so another cause can be traced.
      await expect
        .poll(markWidth)
        .toBeGreaterThan(still / 5)
        .catch(async (error: unknown) => {
          throw new Error(`${id} at ${width} px in ${scheme}: no marks on screen; ${await whatTheBoxShows(page, id)}`, { cause: error });
        });
      expect(areas(await boxShot(page, id), mark[scheme === 'light' ? 'dark' : 'light'], reach)).toEqual([]);
    }
    // The $4 billion stack: its first part, around $1 billion, spans a quarter of the stack.
    const stack = await boxShot(page, 'chart-deals');
    const [first] = areas(stack, STATED[scheme]);
    const row = Math.round((first!.y0 + first!.y1) / 2);
    // The stack runs from the first pixel unlike the box's ground to the last, along the first part's middle row.
    const ground = rgb(CHART_GROUND_BY_HAND[scheme]);
    const span = [...Array(stack.width).keys()].filter(
      (x) =>
        stack
          .at(x, row)
          .slice(0, 3)
          .reduce((sum, value, channel) => sum + Math.abs(value - ground[channel]!), 0) > 30,
    );
    const stackWidth = span.at(-1)! - span[0]! + 1;
    expect((first!.x1 - first!.x0 + 1) / stackWidth).toBeCloseTo(FIRST_PART_OF_FOUR_BILLION, 1);
    await context.close();
  });

  test.each([
    { page: '', width: 320, still: 256 },
    { page: '', width: 360, still: 296 },
    { page: '', width: 414, still: 336 },
    { page: '', width: 600, still: 496 },
    { page: '', width: 768, still: 704 },
    { page: '', width: 900, still: 736 },
    { page: '', width: 1040, still: 704 },
    { page: '', width: 1920, still: 736 },
    { page: 'embed/chart-mi35/', width: 360, still: 296 },
    { page: 'embed/chart-mi35/', width: 768, still: 736 },
    { page: 'embed/chart-mi35/', width: 1280, still: 928 },
  ])('at $width px, /$page shows the widest still that fits its chart’s box, whole', async ({ page: path, width, still }) => {
    const context = await site.browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.root}${path}`);
    await expect.poll(async () => (await stillInfo(page)).every((image) => image.loaded)).toBe(true);
    const images = await stillInfo(page);
    expect(images.length).toBe(path ? 1 : CHARTS.length);
    for (const image of images) {
      expect(image.file).toMatch(new RegExp(`^chart-[a-z0-9]+-light-${still}\\.png$`, 'u'));
      // Never wider than its box (it would be cropped or shrunk), and never more than one step of width narrower.
      expect(image.box).toBeGreaterThanOrEqual(still);
      expect(image.box - still).toBeLessThan(100);
      expect(image.shown).toBe(true);
    }
    await context.close();
  });

  test.each([
    { theme: 'dark', browser: 'light' },
    { theme: 'light', browser: 'dark' },
  ] as const)('an embed asked for ?theme=$theme shows the $theme still in a $browser browser, before its chart code arrives', async ({ theme, browser }) => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme: browser });
    const page = await context.newPage();
    await page.route(/draw-chart/u, (route) => route.abort());
    await page.goto(`${site.server.root}embed/chart-spending/?theme=${theme}`);
    await expect.poll(async () => (await stillInfo(page)).map((image) => image.loaded && image.file)).toEqual([`chart-spending-${theme}-928.png`]);
    const shot = await boxShot(page, 'chart-spending');
    expect(areas(shot, STATED[theme]).length).toBeGreaterThan(0);
    expect(areas(shot, STATED[browser])).toEqual([]);
    await context.close();
  });

  test('swapping the still for the drawn canvas moves nothing on the page, and hides the still', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const shifts: number[] = [];
      Object.assign(window, { shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(site.server.root);
    await expect.poll(async () => (await stillInfo(page)).every((image) => image.loaded)).toBe(true);
    const boxes = () => page.$$eval('.chart-canvas', (all) => all.map((box) => JSON.stringify(box.getBoundingClientRect())));
    const before = await boxes();
    expect((await stillInfo(page)).map((image) => image.shown)).toEqual([true, true, true]);
    for (const { id } of CHARTS) {
      await page.locator(`#${id} .chart-canvas`).scrollIntoViewIfNeeded();
      await expect.poll(() => page.$eval(`#${id}`, (figure) => figure.closest('chart-figure')!.hasAttribute('data-drawn')), { timeout: 15_000 }).toBe(true);
    }
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    expect(await boxes()).toEqual(before);
    expect((await stillInfo(page)).map((image) => image.shown)).toEqual([false, false, false]);
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
    await context.close();
  });

  test.each(CHARTS.map((chart) => chart.id))('%s: the still and Chart.js in the browser draw the same bars at the same size', async (id) => {
    const options = { viewport: { width: 1280, height: 720 }, deviceScaleFactor: 2, reducedMotion: 'reduce' } as const;
    const still = await site.browser.newContext({ ...options, javaScriptEnabled: false });
    const live = await site.browser.newContext(options);
    const [stillPage, livePage] = await Promise.all([still.newPage(), live.newPage()]);
    await Promise.all([stillPage.goto(site.server.root), livePage.goto(site.server.root)]);
    await stillPage.locator(`#${id} .chart-canvas`).scrollIntoViewIfNeeded();
    await expect.poll(() => stillPage.$eval(`#${id} .chart-still img`, (image) => (image as HTMLImageElement).complete)).toBe(true);
    await livePage.locator(`#${id} .chart-canvas`).scrollIntoViewIfNeeded();
    await expect.poll(() => livePage.$eval(`#${id}`, (figure) => figure.closest('chart-figure')!.hasAttribute('data-drawn')), { timeout: 15_000 }).toBe(true);
    const [fromBuild, fromBrowser] = [await boxShot(stillPage, id), await boxShot(livePage, id)];
    expect([fromBuild.width, fromBuild.height]).toEqual([fromBrowser.width, fromBrowser.height]);
    // By hand, from src/lib/site/palette.ts: the light scheme's two stated colours and its derived one, hatched.
    const colours = [
      { colour: '#0072b2', reach: 1 },
      { colour: '#00497a', reach: 1 },
      { colour: DERIVED.light, reach: 4 },
    ];
    expect(colours.flatMap(({ colour, reach }) => areas(fromBuild, colour, reach)).length).toBeGreaterThan(0);
    for (const { colour, reach } of colours) {
      const [built, drawn] = [areas(fromBuild, colour, reach), areas(fromBrowser, colour, reach)];
      expect(built.length).toBe(drawn.length);
      // Two image pixels (one CSS pixel) either way: the edges of a bar are antialiased in each.
      built.forEach((rect, index) => {
        for (const side of ['x0', 'x1', 'y0', 'y1'] as const)
          expect(Math.abs(rect[side] - drawn[index]![side]), `${colour} area ${index} ${side}`).toBeLessThanOrEqual(2);
      });
    }
    await Promise.all([still.close(), live.close()]);
  });

  test('printed for real before its chart code arrives, with the screen in dark, every chart’s light still is on paper', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.route(/draw-chart/u, (route) => route.abort());
    const stills: string[] = [];
    page.on('request', (request) => (request.url().includes('/charts/still/') ? stills.push(request.url().split('/').at(-1)!) : undefined));
    await page.goto(site.server.root);
    await page.waitForLoadState('networkidle');
    const pdf = Buffer.from(await page.pdf()).toString('latin1');
    // By hand: paper's still is the widest light one, 736 px, at twice its pixels and its box's height. The print asks
    // for them while it lays out, and a request's event may reach the test after the PDF does: waited for, not assumed.
    await expect.poll(() => stills).toEqual(expect.arrayContaining(['chart-deals-light-736.png', 'chart-mi35-light-736.png', 'chart-spending-light-736.png']));
    const images = [...pdf.matchAll(/\/Subtype\s*\/Image\b[^>]*?\/Width (\d+)[^>]*?\/Height (\d+)/gu)].map(([, w, h]) => `${w}×${h}`);
    expect(new Set(images)).toEqual(new Set(['1472×360', '1472×272', '1472×352']));
    await context.close();
  });

  test('printed before its chart code arrives, with the screen in dark, every chart shows its still in paper’s colours', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme: 'dark' });
    const page = await context.newPage();
    // Printed at once: the drawing code, which would redraw every chart for paper, has not arrived.
    await page.route(/draw-chart/u, (route) => route.abort());
    await page.goto(site.server.root);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(async () => (await stillInfo(page)).every((image) => image.loaded && image.file?.includes('-light-'))).toBe(true);
    expect(await page.$$eval('chart-figure[data-drawn]', (all) => all.length)).toBe(0);
    for (const { id, mark, reach } of CHARTS) {
      const shot = await boxShot(page, id);
      expect(areas(shot, mark.light, reach).reduce((sum, rect) => sum + rect.x1 - rect.x0, 0)).toBeGreaterThan(100);
      expect(areas(shot, mark.dark, reach)).toEqual([]);
    }
    await context.close();
  });
});
