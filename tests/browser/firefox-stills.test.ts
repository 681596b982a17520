import { describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { FIREFOX_WIDTHS, requireFirefox, useFirefoxSite } from '../support/firefox';
import { readBars } from '../support/bars';
import { CHART_GROUND_BY_HAND, CHART_MARKS_BY_HAND } from '../support/figures-by-hand';
import { areas, decodePng } from '../support/pixels';

const CHARTS = CHART_MARKS_BY_HAND;
// By hand: the still each width picks (the article's chart box is 296 px wide at 360, 736 at 1280).
const STILL = { 360: 296, 1280: 736 } as const;

// Sized as setFirefoxViewport does, but waiting without animation frames, which never come with scripts off.
async function sized(page: Page, width: number, height: number): Promise<void> {
  try {
    await page.setViewport({ width, height });
  } catch (error) {
    if (!String(error).includes('unknown command emulation.setScreenOrientationOverride')) throw error;
  }
  await expect.poll(() => page.evaluate(() => [window.innerWidth, window.innerHeight])).toEqual([width, height]);
}

requireFirefox();

// Firefox has no per-page switch for scripts or the colour scheme over WebDriver BiDi: each scheme is its own
// browser, launched with scripts off and the scheme set by preference (0 dark, 1 light).
describe.each(['light', 'dark'] as const)('Firefox with scripts off, in %s', (scheme) => {
  const site = useFirefoxSite(undefined, { 'javascript.enabled': false, 'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1 });

  // Every look at the page is one evaluate: Puppeteer's element queries run page script, which is off here.
  test.each(FIREFOX_WIDTHS)('on the $device every chart shows its still, whole, its marks in the scheme’s colour', async ({ width, height }) => {
    const page = await site.browser.newPage();
    await sized(page, width, height);
    await page.goto(site.server.root, { waitUntil: 'load' });
    expect(await page.evaluate(() => document.querySelectorAll('chart-figure[data-drawn]').length)).toBe(0);
    const still = STILL[width];
    for (const { id, mark, reach } of CHARTS) {
      const seen = await page.evaluate((id) => {
        const box = document.querySelector(`#${id} .chart-canvas`)!;
        box.scrollIntoView({ block: 'center' });
        const image = box.querySelector('img')!;
        const [outer, inner] = [box.getBoundingClientRect(), image.getBoundingClientRect()];
        return {
          clip: { x: outer.x + window.scrollX, y: outer.y + window.scrollY, width: outer.width, height: outer.height },
          file: image.complete && image.naturalWidth > 0 ? image.currentSrc.split('/').at(-1) : 'not loaded',
          // Where the still is drawn inside its image box (object-fit: scale-down), against the chart's box.
          drawn: Math.min(image.naturalWidth / 2, inner.width),
        };
      }, id);
      expect(seen.file).toBe(`${id}-${scheme}-${still}.png`);
      expect(seen.drawn).toBeLessThanOrEqual(seen.clip.width);
      const shot = async () => decodePng(await page.screenshot({ clip: seen.clip }));
      const span = async (hex: string) => areas(await shot(), hex, reach).reduce((sum, rect) => sum + rect.x1 - rect.x0, 0);
      // The image may reach the screen a frame after it scrolled into view: read until its marks show. Read as the
      // marks' parts against the box's ground, so a hatch's stripes count however the 2x still is scaled down.
      const marks = async () => readBars(await shot(), [mark[scheme]], CHART_GROUND_BY_HAND[scheme]).reduce((sum, bar) => sum + bar.length, 0);
      await expect.poll(marks).toBeGreaterThan(still / 5);
      // Shrunk a little where a classic scrollbar narrows the box, a hatch's stripes blend with the ground into
      // specks near the other scheme's colour: a still of the wrong scheme would span a fair part of the plot.
      expect(await span(mark[scheme === 'light' ? 'dark' : 'light'])).toBeLessThan(still / 10);
    }
    await page.close();
  });
});
