import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LOCAL_ORIGIN } from '../../src/lib/site/deploy-target';
import { requireChromium, useServedSite, VIEWPORTS } from '../support/browser';
import { root } from '../support/article';
import { loadPage } from '../support/dist';

/** Git-ignored: screenshots are for a person to look at, not to commit. */
const SHOTS = join(root, 'screenshots');

// The embed code as the article offers it, one a chart, read from the built page.
const codes = selectAll('figure.chart', loadPage('index.html')).map((figure) => ({
  id: String(figure.properties.id),
  code: toString(select('.chart-embed pre code', figure)!),
}));

/** Another site: a server on another origin (localhost, where ours is 127.0.0.1) that serves whatever page it is given. */
function otherSite() {
  let html = '';
  const server: Server = createServer((_, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(html);
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

// The frame a page holds, once it has loaded whatever it was allowed to load.
async function loadedFrame(page: Page): Promise<Frame> {
  const element = await page.waitForSelector('iframe');
  const frame = await element.contentFrame();
  if (!frame) throw new Error('the iframe has no frame');
  await frame.waitForLoadState('load');
  return frame;
}

requireChromium();

describe('embeds in a real browser', () => {
  const site = useServedSite();
  const host = otherSite();
  beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

  const cases = codes.flatMap(({ id, code }) =>
    (['phone', 'desktop'] as const).flatMap((width) => (['light', 'dark'] as const).map((scheme) => ({ id, code, width, scheme }))),
  );
  test.each(cases)(
    '$id: its embed code, pasted into a page of another origin, shows the chart drawn, whole within the frame, on a $width in the $scheme scheme',
    async ({ id, code, width, scheme }) => {
      expect(code).toContain(`src="${LOCAL_ORIGIN}/embed/`);
      host.show(code.replace(LOCAL_ORIGIN, site.server.origin));
      const context = await site.browser.newContext({ ...VIEWPORTS[width], colorScheme: scheme, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
      });
      page.on('requestfailed', (request) => problems.push(`failed ${request.url()}`));
      await page.goto(host.origin);
      const frame = await loadedFrame(page);
      expect(frame.url()).toMatch(new RegExp(`^${site.server.origin}/embed/chart-`, 'u'));
      // Drawn once its chart exists (with reduced motion, at once); its pixels are read once, as a reader's eye would.
      await frame.waitForFunction(() => (document.querySelector('chart-figure') as unknown as { chart?: unknown } | null)?.chart !== undefined);
      const painted = await frame.evaluate(() => {
        const canvas = document.querySelector('canvas');
        const pixels = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
        return Array.prototype.some.call(pixels, (value: number, i: number) => i % 4 === 3 && value !== 0);
      });
      expect(painted).toBe(true);
      // The height in the code holds the page: nothing scrolls or is cut off inside the frame.
      const fit = await frame.evaluate(() => ({
        content: document.documentElement.scrollHeight,
        frame: window.innerHeight,
        sideways: document.documentElement.scrollWidth - window.innerWidth,
      }));
      expect(fit.content).toBeLessThanOrEqual(fit.frame);
      expect(fit.sideways).toBeLessThanOrEqual(0);
      expect(problems).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `embed-in-frame-${id}-${width}-${scheme}.png`), fullPage: true });
      await context.close();
    },
  );

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

  test('“Copy embed code” puts the chart’s iframe on the clipboard and says so', async () => {
    const context = await site.browser.newContext({ ...VIEWPORTS.desktop, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site.server.root}#chart-spending`);
    const button = page.getByRole('button', { name: /^Copy embed code for the chart “Military spending/u });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('copy-status')?.textContent?.startsWith('Embed code copied'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(codes.find((c) => c.id === 'chart-spending')?.code);
    expect(await button.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('"Copied"');
    await context.close();
  });
});
