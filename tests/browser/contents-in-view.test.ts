import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { requireChromium, useServedSite } from '../support/browser';
import { scrollSettledInPage } from '../support/page-checks';

// A loaded 2-core machine can take seconds to lay out and scroll the page.
const WAIT = { timeout: 20_000 };

/** In the page: the contents list's box, the sticky header's bottom, and the boxes of the text in view (paragraphs, headings, charts). */
function contentsAndTextInPage() {
  const box = (el: Element) => {
    const { left, top, right, bottom } = el.getBoundingClientRect();
    return { left, top, right, bottom };
  };
  const text = [...document.querySelectorAll('.story :is(p, h1, h2, figure)')]
    .filter((el) => !el.closest('nav'))
    .map((el) => ({ id: el.id || el.tagName.toLowerCase(), ...box(el) }))
    .filter((b) => b.bottom > 0 && b.top < window.innerHeight && b.right > b.left);
  return {
    toc: box(document.querySelector('nav.toc')!),
    links: document.querySelectorAll('nav.toc a').length,
    headerBottom: document.querySelector('.site-header')!.getBoundingClientRect().bottom,
    viewport: { width: window.innerWidth, height: window.innerHeight },
    text,
  };
}

/** What a reader would find wrong with the contents list on a wide screen: out of view, under the header or over the text. */
async function contentsProblems(page: Page): Promise<string[]> {
  const seen = await page.evaluate(contentsAndTextInPage);
  const { toc, viewport, headerBottom } = seen;
  // Without text in view, "not over the text" would hold of nothing.
  expect(seen.text.length, 'text boxes in view').toBeGreaterThanOrEqual(2);
  expect(seen.links, 'links in the contents list').toBeGreaterThanOrEqual(6);
  const problems: string[] = [];
  if (toc.top < headerBottom - 0.5) problems.push(`its top ${toc.top} is under the header (bottom ${headerBottom})`);
  if (toc.bottom > viewport.height + 0.5) problems.push(`its bottom ${toc.bottom} is below the screen (${viewport.height})`);
  if (toc.left < -0.5 || toc.right > viewport.width + 0.5) problems.push(`it runs off the side (${toc.left}–${toc.right} of ${viewport.width})`);
  for (const t of seen.text) {
    const overlaps = t.left < toc.right && toc.left < t.right && t.top < toc.bottom && toc.top < t.bottom;
    if (overlaps) problems.push(`it covers ${t.id}`);
  }
  return problems;
}

requireChromium();

describe('the contents list while reading', () => {
  const site = useServedSite();

  // A laptop and a large monitor, both wide enough for the list to sit beside the text.
  const wide = [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ];

  test.each(wide.flatMap((viewport) => ['alarm-in-armenia', 'timeline'].map((id) => ({ ...viewport, id }))))(
    'at $width × $height px, opened at #$id, the whole list is on screen below the header and clear of the text',
    async ({ width, height, id }) => {
      const page = await site.browser.newPage({ viewport: { width, height }, reducedMotion: 'reduce' });
      await page.goto(`${site.server.root}#${id}`);
      // Landed: the target is the :target and the page has come to rest somewhere below its top.
      await page.waitForFunction((target) => document.querySelector(':target')?.id === target && window.scrollY > 0, id, WAIT);
      await page.waitForFunction(scrollSettledInPage, undefined, WAIT);
      expect(await contentsProblems(page)).toEqual([]);
      await page.close();
    },
  );

  test.each(wide)(
    'at $width × $height px, scrolled to the middle of the article, the whole list is on screen below the header and clear of the text',
    async ({ width, height }) => {
      const page = await site.browser.newPage({ viewport: { width, height }, reducedMotion: 'reduce' });
      await page.goto(site.server.root);
      const middle = await page.evaluate(() => {
        const article = document.querySelector('article.story')!.getBoundingClientRect();
        const y = Math.round(article.top + window.scrollY + article.height / 2 - window.innerHeight / 2);
        window.scrollTo({ top: y, behavior: 'instant' });
        return y;
      });
      // The middle of a 6,000 px article: well past the first screen.
      expect(middle).toBeGreaterThan(2 * height);
      await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 1, middle, WAIT);
      await page.waitForFunction(scrollSettledInPage, undefined, WAIT);
      expect(await contentsProblems(page)).toEqual([]);
      await page.close();
    },
  );

  // Where the list collapses above the text: a phone, a tablet, and just short of the two-column width (64rem).
  test.each([360, 768, 1000])('at %i px the collapsed “Contents” starts at the text’s left edge', async (width) => {
    const page = await site.browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(site.server.root);
    const edges = await page.evaluate(() => ({
      open: document.querySelector<HTMLDetailsElement>('nav.toc details')!.open,
      contents: document.querySelector('nav.toc summary')!.getBoundingClientRect().left,
      headline: document.querySelector('.story h1')!.getBoundingClientRect().left,
      paragraph: document.getElementById('p-1')!.getBoundingClientRect().left,
    }));
    expect(edges.open, 'the list is collapsed').toBe(false);
    expect(Math.abs(edges.contents - edges.paragraph), `“Contents” at ${edges.contents} px, the text at ${edges.paragraph} px`).toBeLessThanOrEqual(1);
    expect(Math.abs(edges.contents - edges.headline), `“Contents” at ${edges.contents} px, the headline at ${edges.headline} px`).toBeLessThanOrEqual(1);
    await page.close();
  });
});
