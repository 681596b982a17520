import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { BrowserContextOptions, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LOCAL_ORIGIN } from '../../src/lib/site/deploy-target';
import { requireChromium, useServedSite, VIEWPORTS } from '../support/browser';
import { loadPage } from '../support/dist';
import { countColour, decodePng } from '../support/pixels';

// The embed code as the ledger offers it, one a chart of the article, read from the built pages.
const ledger = loadPage('figures/index.html');
const codes = selectAll('figure.chart', loadPage('index.html')).map((figure) => ({
  id: String(figure.properties.id),
  code: toString(select(`h3#embed-${String(figure.properties.id)} + .chart-embed pre code`, ledger)!),
}));
const codeOf = (id: string) => codes.find((c) => c.id === id)!.code;

/** The embed code as a host that drops the script would paste it: the iframe alone. */
function withoutScript(code: string): string {
  const iframe = code.replace(/\s*<script>[\s\S]*<\/script>\s*$/u, '');
  if (iframe === code || !iframe.endsWith('</iframe>')) throw new Error(`the embed code has no script after its iframe:\n${code}`);
  return iframe;
}

/** Frame widths the host may give: phones (the narrowest the fixed height is measured for, and a common one) and a desktop. */
const WIDTHS = {
  320: { ...VIEWPORTS.phone, viewport: { width: 320, height: 640 } },
  360: { ...VIEWPORTS.phone, viewport: { width: 360, height: 740 } },
  1280: VIEWPORTS.desktop,
} as const satisfies Record<number, BrowserContextOptions>;

/**
 * Another site: a server on another origin (localhost, where ours is 127.0.0.1) that serves the page it is given,
 * and at `/other-frame` a page of its own that a test can post messages from.
 */
function otherSite() {
  let html = '';
  const server: Server = createServer((request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(request.url === '/other-frame' ? '<!doctype html><html lang="en"><title>A frame of the other site</title><p>Another frame.</p></html>' : html);
  });
  const site = {
    origin: '',
    show: (body: string) =>
      (html = `<!doctype html><html lang="en"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Another site</title><body style="margin:0"><p>Our own page.</p>${body}</body></html>`),
  };
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    site.origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return site;
}

// The frame a page holds (the first, or the one a selector names), once it has loaded whatever it was allowed to load.
async function loadedFrame(page: Page, selector = 'iframe'): Promise<Frame> {
  const element = await page.waitForSelector(selector);
  const frame = await element.contentFrame();
  if (!frame) throw new Error(`${selector} has no frame`);
  await frame.waitForLoadState('load');
  return frame;
}

/** The embed document's own height, measured inside its frame once the frame has the width given: its root element's box. */
async function contentHeight(frame: Frame, width: number): Promise<number> {
  await frame.waitForFunction((w) => window.innerWidth === w, width);
  return frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
}

/** Waits until the host's iframe (by selector) shows exactly its embed's content height, then returns that height. */
async function fitted(page: Page, frame: Frame, width: number, selector = 'iframe'): Promise<number> {
  const content = await contentHeight(frame, width);
  await page.waitForFunction(([s, h]) => document.querySelector(s)?.clientHeight === h, [selector, content] as const);
  // Inside, the frame now shows the whole document and nothing more: it neither scrolls nor leaves a gap.
  expect(await frame.evaluate(() => ({ scroll: document.documentElement.scrollHeight, view: window.innerHeight }))).toEqual({
    scroll: content,
    view: content,
  });
  return content;
}

// The height of the box a host's iframe shows its page in, inside any border.
const heightOf = (page: Page, selector: string) => page.$eval(selector, (element) => element.clientHeight);
const MESSAGE = 'baku-arms:embed-height';

// What a page logs as an error or a warning, collected as it comes.
function consoleProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  return problems;
}

requireChromium();

describe('embeds in a real browser', () => {
  const site = useServedSite();
  const host = otherSite();
  // The code as pasted on the other site, pointing at the site under test.
  const pasted = (code: string) => {
    expect(code).toContain(`src="${LOCAL_ORIGIN}/embed/`);
    return code.replaceAll(LOCAL_ORIGIN, site.server.origin);
  };

  const fixedCases = codes.flatMap(({ id, code }) => ([320, 360, 1280] as const).map((width) => ({ id, code, width })));
  test.each(fixedCases)(
    '$id: its embed code pasted without its script into a page of another origin still shows the chart whole, drawn, at $width px',
    async ({ id, code, width }) => {
      host.show(pasted(withoutScript(code)));
      const context = await site.browser.newContext({ ...WIDTHS[width], reducedMotion: 'reduce' });
      const page = await context.newPage();
      const problems = consoleProblems(page);
      page.on('requestfailed', (request) => problems.push(`failed ${request.url()}`));
      await page.goto(host.origin);
      const frame = await loadedFrame(page);
      expect(frame.url()).toBe(`${site.server.origin}/embed/${id}/`);
      // Drawn once its chart exists (with reduced motion, at once); its pixels are read once, as a reader's eye would.
      await frame.waitForFunction(() => (document.querySelector('chart-figure') as unknown as { chart?: unknown } | null)?.chart !== undefined);
      const painted = await frame.evaluate(() => {
        const canvas = document.querySelector('canvas');
        const pixels = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
        return Array.prototype.some.call(pixels, (value: number, i: number) => i % 4 === 3 && value !== 0);
      });
      expect(painted).toBe(true);
      // The fixed height in the code holds the whole page (title, takeaway, drawing, source line): nothing scrolls or is cut off.
      const fit = await frame.evaluate(() => ({
        content: document.documentElement.scrollHeight,
        frame: window.innerHeight,
        sourceLineBottom: document.querySelector('.embed-source')?.getBoundingClientRect().bottom ?? Infinity,
        sideways: document.documentElement.scrollWidth - window.innerWidth,
      }));
      expect(await heightOf(page, 'iframe')).toBe(fit.frame);
      expect(fit.content).toBeLessThanOrEqual(fit.frame);
      expect(fit.sourceLineBottom).toBeLessThanOrEqual(fit.frame);
      expect(fit.sideways).toBeLessThanOrEqual(0);
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  test.each(codes)(
    '$id: its embed code, pasted into a page of another origin, fits the frame to the chart at 1280 px, and again when the page narrows to 360 px',
    async ({ code }) => {
      host.show(pasted(code));
      const context = await site.browser.newContext({ ...VIEWPORTS.desktop, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const problems = consoleProblems(page);
      await page.goto(host.origin);
      const frame = await loadedFrame(page);
      const fixed = Number(await page.getAttribute('iframe', 'height'));
      const wide = await fitted(page, frame, 1280);
      // The fixed height leaves a gap on a desktop: the frame shrank to the chart.
      expect(wide).toBeLessThan(fixed);
      await page.setViewportSize({ width: 360, height: 740 });
      const narrow = await fitted(page, frame, 360);
      // Its words wrap onto more lines: the frame grew with them.
      expect(narrow).toBeGreaterThan(wide);
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  test('a height message from another origin, or from the host page itself, resizes no frame, though it names the chart', async () => {
    host.show(`${pasted(codeOf('chart-deals'))}
      <iframe id="other" src="${host.origin}/other-frame" title="Another frame" width="300" height="120"></iframe>
      <script>window.heard = []; addEventListener('message', (event) => heard.push(event.data && event.data.height));</script>`);
    const context = await site.browser.newContext({ ...VIEWPORTS.desktop, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(host.origin);
    const frame = await loadedFrame(page, 'iframe[src*="/embed/"]');
    const other = await loadedFrame(page, '#other');
    const height = await fitted(page, frame, 1280, 'iframe[src*="/embed/"]');
    const otherHeight = await heightOf(page, '#other');
    // Well-formed and naming the chart, but from the other site's own frame, and from the host page.
    await other.evaluate((type) => window.parent.postMessage({ type, chart: 'chart-deals', height: 77 }, '*'), MESSAGE);
    await page.evaluate((type) => window.postMessage({ type, chart: 'chart-deals', height: 66 }, '*'), MESSAGE);
    // The page's own listener comes after the embed code's: once it has heard both, the embed code's has too.
    await page.waitForFunction(() => ['77', '66'].every((h) => (window as unknown as { heard: unknown[] }).heard.map(String).includes(h)));
    expect(await heightOf(page, 'iframe[src*="/embed/"]')).toBe(height);
    expect(await heightOf(page, '#other')).toBe(otherHeight);
    await context.close();
  });

  test('with two frames of one chart, each is fitted to its own content: a frame’s message never resizes another', async () => {
    host.show(`${pasted(codeOf('chart-mi35'))}
      <iframe id="narrow" src="${site.server.origin}/embed/chart-mi35/" title="The same chart, narrower" width="320" height="150"></iframe>`);
    const context = await site.browser.newContext({ ...VIEWPORTS.desktop, viewport: { width: 1280, height: 1200 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(host.origin);
    const wideFrame = await loadedFrame(page, 'iframe[width="100%"]');
    const narrowFrame = await loadedFrame(page, '#narrow');
    const wide = await fitted(page, wideFrame, 1280, 'iframe[width="100%"]');
    const narrow = await fitted(page, narrowFrame, 320, '#narrow');
    expect(narrow).toBeGreaterThan(wide);
    await context.close();
  });

  // Background and the chart's stated-figure colour of each scheme, written by hand from the design's tokens.
  const SCHEME_COLOURS = { light: { surface: '#f2efe7', stated: '#0072b2' }, dark: { surface: '#1f2328', stated: '#56b4e9' } } as const;
  test.each([
    { query: '?theme=dark', browser: 'light', shown: 'dark' },
    { query: '?theme=light', browser: 'dark', shown: 'light' },
    { query: '', browser: 'dark', shown: 'dark' },
    { query: '', browser: 'light', shown: 'light' },
    { query: '?theme=blue', browser: 'dark', shown: 'dark' },
  ] as const)('an embed at “$query” in a browser that prefers $browser shows the $shown scheme, chart and all', async ({ query, browser, shown }) => {
    host.show(pasted(codeOf('chart-deals')).replace('/embed/chart-deals/"', `/embed/chart-deals/${query}"`));
    const context = await site.browser.newContext({ ...VIEWPORTS.desktop, colorScheme: browser, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const problems = consoleProblems(page);
    await page.goto(host.origin);
    const frame = await loadedFrame(page);
    expect(frame.url()).toBe(`${site.server.origin}/embed/chart-deals/${query}`);
    await frame.waitForFunction(() => (document.querySelector('chart-figure') as unknown as { chart?: unknown } | null)?.chart !== undefined);
    // The host's query does not stop the frame from fitting its content.
    const height = await fitted(page, frame, 1280);
    const image = decodePng(await page.locator('iframe').screenshot());
    const other = shown === 'dark' ? 'light' : 'dark';
    expect(countColour(image, SCHEME_COLOURS[shown].surface)).toBeGreaterThan(image.width * height * 0.5);
    expect(countColour(image, SCHEME_COLOURS[other].surface)).toBe(0);
    expect(countColour(image, SCHEME_COLOURS[shown].stated)).toBeGreaterThan(1000);
    expect(countColour(image, SCHEME_COLOURS[other].stated)).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the article refuses to be framed by another site: the frame never shows it', async () => {
    host.show(`<iframe src="${site.server.root}" title="The article" width="800" height="600"></iframe>`);
    const page = await site.browser.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/frame-ancestors/u.test(message.text())) refused.push(message.text());
    });
    await page.goto(host.origin);
    const frame = await loadedFrame(page);
    expect(frame.url()).not.toBe(site.server.root);
    expect(await frame.evaluate(() => document.getElementById('p-1') !== null).catch(() => false)).toBe(false);
    expect(refused.join('\n')).toContain("frame-ancestors 'none'");
    await page.close();
  });

  test('“Copy embed code” puts the chart’s iframe and its listener on the clipboard and says so', async () => {
    const context = await site.browser.newContext({ ...VIEWPORTS.desktop, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site.server.root}figures/#embed-chart-spending`);
    const button = page.getByRole('button', { name: /^Copy embed code for the chart “Military spending/u });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('copy-status')?.textContent?.startsWith('Embed code copied'));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(codeOf('chart-spending'));
    expect(copied).toMatch(/^<iframe [^]*<\/iframe>\n<script>[^]*<\/script>$/u);
    expect(await button.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('"Copied"');
    await context.close();
  });
});
