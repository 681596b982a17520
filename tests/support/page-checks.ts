import type { Page } from 'playwright-core';

/** Waits until the page has stopped scrolling (smooth scrolling, if any, has finished). */
export async function settleScroll(page: Page): Promise<void> {
  let last = -1;
  for (let i = 0; i < 40; i += 1) {
    const y = await page.evaluate(() => window.scrollY);
    if (y === last) return;
    last = y;
    await page.waitForTimeout(50);
  }
}

/** Where a target sits against the viewport and the sticky header, for deep-link checks. */
export function targetBox(page: Page, id: string) {
  return page.evaluate((targetId) => {
    const el = document.getElementById(targetId);
    const header = document.querySelector('.site-header');
    if (!el || !header) return null;
    const box = el.getBoundingClientRect();
    // An alias anchor is an empty span: what the reader must see is the heading beside it.
    const shown = box.height === 0 ? (el.parentElement?.getBoundingClientRect() ?? box) : box;
    return { top: shown.top, bottom: shown.bottom, height: shown.height, headerBottom: header.getBoundingClientRect().bottom, viewport: window.innerHeight };
  }, id);
}

/** Scrolls through the whole page in steps, as a reader would, so every lazy chart is drawn. */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y <= document.documentElement.scrollHeight; y += Math.round(window.innerHeight * 0.6)) {
      window.scrollTo({ top: y, behavior: 'instant' });
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
  });
}

/** Whether a canvas has any painted pixel. */
export function canvasPainted(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const canvas = document.querySelector<HTMLCanvasElement>(sel);
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || canvas.width === 0) return false;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
    return false;
  }, selector);
}
