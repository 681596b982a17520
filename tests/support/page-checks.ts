import type { Page } from 'playwright-core';

// The checks run inside the page, so Chromium (Playwright) and Firefox (Puppeteer) evaluate the very same functions.
// Each must stand alone: the driver sends its source text, not its closure.

/** Where a deep link landed: the target's box against the viewport and the sticky header (`targetBoxInPage`). */
export type TargetBox = NonNullable<ReturnType<typeof targetBoxInPage>>;

/** What is wrong with where a deep link to `id` landed, in words; nothing when the target is in full view below the header. */
export function landingProblems(id: string, box: TargetBox | null, isTarget: boolean): string[] {
  if (!box) return [`#${id}: not on the page`];
  const problems: string[] = [];
  const room = box.viewport - box.headerBottom;
  if (box.top < box.headerBottom - 1) problems.push(`#${id}: top ${box.top} is under the header (bottom ${box.headerBottom})`);
  if (box.top > box.viewport - 40) problems.push(`#${id}: top ${box.top} is below the screen`);
  if (box.height <= room && box.bottom > box.viewport + 1) problems.push(`#${id}: cut off at the bottom (${box.bottom} > ${box.viewport})`);
  if (!isTarget) problems.push(`#${id}: is not the :target`);
  return problems;
}

/** In the page: resolves once the page has held still for three animation frames (smooth scrolling, if any, has finished). */
export function scrollSettledInPage(): Promise<void> {
  return new Promise((resolve) => {
    let last = -1;
    let still = 0;
    const frame = () => {
      still = window.scrollY === last ? still + 1 : 0;
      last = window.scrollY;
      if (still >= 3) resolve();
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

/** In the page: where a target sits against the viewport and the sticky header, or null if either is missing. */
export function targetBoxInPage(targetId: string) {
  const el = document.getElementById(targetId);
  const header = document.querySelector('.site-header');
  if (!el || !header) return null;
  const box = el.getBoundingClientRect();
  // An alias anchor is an empty span: what the reader must see is the heading beside it.
  const shown = box.height === 0 ? (el.parentElement?.getBoundingClientRect() ?? box) : box;
  return { top: shown.top, bottom: shown.bottom, height: shown.height, headerBottom: header.getBoundingClientRect().bottom, viewport: window.innerHeight };
}

/** In the page: scrolls through the whole page in steps, as a reader would, so every lazy chart is drawn. */
export async function scrollThroughInPage(): Promise<void> {
  for (let y = 0; y <= document.documentElement.scrollHeight; y += Math.round(window.innerHeight * 0.6)) {
    window.scrollTo({ top: y, behavior: 'instant' });
    // Two frames, not a fixed time: the charts' IntersectionObserver looks once a frame, so on a loaded machine two
    // steps inside one frame could carry a chart past unseen, and it would never draw (seen once in a full run).
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }
}

/** In the page: whether a canvas has any painted pixel. */
export function canvasPaintedInPage(selector: string): boolean {
  const canvas = document.querySelector<HTMLCanvasElement>(selector);
  const ctx = canvas?.getContext('2d');
  if (!canvas || !ctx || canvas.width === 0) return false;
  const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
  return false;
}

/** Waits until the page has stopped scrolling (smooth scrolling, if any, has finished); fails if it never does. */
export async function settleScroll(page: Page, timeout = 15_000): Promise<void> {
  const settled = await page.evaluate(async (limit) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const deadline = performance.now() + limit;
    let last = window.scrollY;
    // At rest: the same scroll position over three painted frames in a row.
    for (let still = 0; performance.now() < deadline;) {
      await frame();
      still = window.scrollY === last ? still + 1 : 0;
      last = window.scrollY;
      if (still >= 3) return true;
    }
    return false;
  }, timeout);
  if (!settled) throw new Error(`settleScroll: the page was still scrolling after ${timeout} ms`);
}

/** Where a target sits against the viewport and the sticky header, for deep-link checks. */
export function targetBox(page: Page, id: string) {
  return page.evaluate(targetBoxInPage, id);
}

/** Scrolls through the whole page in steps, as a reader would, so every lazy chart is drawn. */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(scrollThroughInPage);
}

/** Whether a canvas has any painted pixel. */
export function canvasPainted(page: Page, selector: string): Promise<boolean> {
  return page.evaluate(canvasPaintedInPage, selector);
}
