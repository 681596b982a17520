import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { charts } from '../../src/data/charts';
import { requireChromium, useServedSite } from '../support/browser';
import { canvasPainted, scrollThrough } from '../support/page-checks';

const WIDTHS = [360, 768, 1280, 1920];
// The light scheme alone: the dark one changes colour tokens and nothing else, which a unit test holds
// (tests/unit/site/palette.test.ts), so its geometry is this geometry. axe and the screenshots cover both schemes.
const cases = WIDTHS.map((width) => ({ width, scheme: 'light' as const }));

/** Opens the article at a width and scheme with every chart drawn, as a reader who scrolled through it sees it. */
async function drawnArticle(site: ReturnType<typeof useServedSite>, width: number, scheme: 'light' | 'dark'): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme, reducedMotion: 'reduce' });
  await page.goto(site.server.root);
  await scrollThrough(page);
  for (const chart of charts) {
    await page.locator(`#${chart.id} canvas`).scrollIntoViewIfNeeded();
    await expect.poll(() => canvasPainted(page, `#${chart.id} canvas`), { timeout: 10_000 }).toBe(true);
  }
  return page;
}

requireChromium();

describe('the article’s layout at every width', () => {
  const site = useServedSite();

  // Each check reads the same drawn page: one page a width and scheme keeps the layer fast.
  const noHoles = async (page: Page) => {
    const gap = await page.evaluate(() => {
      const first = document.getElementById('p-1')!.getBoundingClientRect();
      const last = document.getElementById('p-13')!.getBoundingClientRect();
      const [left, right] = [first.left, first.right];
      // The boxes that show something in the text column: text blocks, headings and whole figures.
      const boxes = [...document.querySelectorAll('main :is(p, h2, .heading-wrap, figure, li)')]
        .map((el) => el.getBoundingClientRect())
        .filter((box) => box.height > 0 && box.right > left && box.left < right && box.bottom > first.top && box.top < last.bottom)
        .sort((a, b) => a.top - b.top);
      let reached = first.top;
      let widest = 0;
      for (const box of boxes) {
        widest = Math.max(widest, box.top - reached);
        reached = Math.max(reached, box.bottom);
      }
      return { widest, boxes: boxes.length };
    });
    expect(gap.boxes).toBeGreaterThan(20);
    expect(gap.widest, 'the tallest run of the text column that nothing covers').toBeLessThanOrEqual(96);
  };

  const nothingOut = async (page: Page) => {
    // Tables sit in closed details on screen: open them all, so they are measured too.
    await page.$$eval('main details', (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const report = await page.evaluate(() => {
      const root = document.documentElement;
      const sideways = root.scrollWidth - root.clientWidth;
      const outside = [...document.querySelectorAll('figure.chart')].flatMap((figure) => {
        const box = figure.getBoundingClientRect();
        return [...figure.querySelectorAll('table, canvas, summary, blockquote')].flatMap((el) => {
          const inner = el.getBoundingClientRect();
          return inner.left < box.left - 0.5 || inner.right > box.right + 0.5 ? [`${figure.id} ${el.tagName.toLowerCase()}`] : [];
        });
      });
      const clipped = [...document.querySelectorAll('main *')].flatMap((el) => {
        if (!(el instanceof HTMLElement) || el.closest('.visually-hidden')) return [];
        const style = getComputedStyle(el);
        const clips = [style.overflowX, style.overflowY].some((o) => o !== 'visible');
        const cut = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
        const scrollRegion = el.getAttribute('role') === 'region' && el.tabIndex >= 0 && (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby'));
        return clips && cut && !scrollRegion ? [`${el.tagName.toLowerCase()}.${el.className}`] : [];
      });
      return { sideways, outside, clipped };
    });
    expect(report).toEqual({ sideways: 0, outside: [], clipped: [] });
  };

  const chartsWide = async (page: Page) => {
    const measures = await page.evaluate(() => {
      const column = document.getElementById('p-1')!.getBoundingClientRect().width;
      return [...document.querySelectorAll('chart-figure')].map((element) => {
        const { chart } = element as unknown as {
          chart: {
            chartArea: { width: number };
            data: { datasets: unknown[] };
            getDatasetMeta: (i: number) => { data: { x: number; base: number; y: number }[] };
          };
        };
        const canvas = element.querySelector('canvas')!.getBoundingClientRect().width;
        // A bar is everything drawn on one row: a stacked bar is one row of parts, a bar chart a row per bar.
        const rows = new Map<number, { from: number; to: number }>();
        chart.data.datasets.forEach((_, d) =>
          chart.getDatasetMeta(d).data.forEach((bar) => {
            const row = rows.get(Math.round(bar.y)) ?? { from: Infinity, to: -Infinity };
            rows.set(Math.round(bar.y), { from: Math.min(row.from, bar.base, bar.x), to: Math.max(row.to, bar.base, bar.x) });
          }),
        );
        const longest = Math.max(...[...rows.values()].map((r) => r.to - r.from));
        return { id: element.querySelector('figure')!.id, ofColumn: canvas / column, ofPlot: longest / chart.chartArea.width };
      });
    });
    expect(measures.map((m) => m.id)).toEqual(charts.map((chart) => chart.id));
    for (const m of measures) {
      expect(m.ofColumn, `${m.id}: canvas against the text column`).toBeGreaterThanOrEqual(0.85);
      expect(m.ofPlot, `${m.id}: longest bar against the plot`).toBeGreaterThanOrEqual(0.6);
    }
  };

  const readableMeasure = async (page: Page, width: number) => {
    const perLine = await page.evaluate(() => {
      let characters = 0;
      let lines = 0;
      for (const p of document.querySelectorAll<HTMLElement>('section.article-section p[id^="p-"]')) {
        const text = [...p.childNodes]
          .filter((node) => !(node instanceof HTMLElement && node.classList.contains('pilcrow')))
          .map((node) => node.textContent)
          .join('')
          .trim();
        characters += text.length;
        lines += Math.round(p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight));
      }
      return characters / lines;
    });
    expect(perLine, 'characters a line, on average').toBeLessThanOrEqual(80);
    // A phone's column is too narrow for more: 35 characters is its floor, 45 from a tablet's width up.
    expect(perLine).toBeGreaterThanOrEqual(width < 600 ? 35 : 45);
  };

  test.each(cases)(
    'at $width px ($scheme): the text runs on without holes, nothing scrolls sideways or is cut off, each chart is as wide as the text with its longest bar across most of the plot, and lines keep a readable measure',
    async ({ width, scheme }) => {
      const page = await drawnArticle(site, width, scheme);
      await noHoles(page);
      await chartsWide(page);
      await readableMeasure(page, width);
      // Last, as it opens every details element to measure the tables inside.
      await nothingOut(page);
      await page.close();
    },
  );
});
