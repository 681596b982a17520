import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { requireChromium, useServedSite, VIEWPORTS } from '../support/browser';
import { settleScroll, targetBox } from '../support/page-checks';
import { countColour, decodePng } from '../support/pixels';

const QUOTE = 'military-technical cooperation between Russia and Azerbaijan';
const isQuoteCode = (url: string) => /quote-link/u.test(url);

/**
 * Finds some words in a paragraph's text as a reader sees it (across the marks and links inside it), then selects
 * them as a script or an assistive technology would, without a pointer, or gives their boxes on screen.
 */
function onWords(page: Page, paragraph: string, words: string, action: 'select' | 'boxes') {
  return page.evaluate(
    ({ id, text, act }) => {
      const p = document.getElementById(id)!;
      const at = (p.textContent ?? '').indexOf(text);
      if (at < 0) throw new Error(`“${text}” is not in #${id}`);
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (seen <= at && at < seen + node.length) range.setStart(node, at - seen);
        if (seen < at + text.length && at + text.length <= seen + node.length) range.setEnd(node, at + text.length - seen);
        seen += node.length;
      }
      if (act === 'select') document.getSelection()!.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
      return [...range.getClientRects()].map(({ x, y, width, height }) => ({ x, y, width, height }));
    },
    { id: paragraph, text: words, act: action },
  );
}
const wordBoxes = (page: Page, paragraph: string, words: string) => onWords(page, paragraph, words, 'boxes');
const select = (page: Page, paragraph: string, words: string) => onWords(page, paragraph, words, 'select');

// Pixels of the quote mark's colour inside some boxes of a screenshot (device pixels are CSS pixels here).
async function markedPixels(page: Page, boxes: { x: number; y: number; width: number; height: number }[]): Promise<number> {
  const image = decodePng(await page.screenshot());
  const mark = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--quote-mark').trim());
  return boxes.reduce(
    (sum, box) =>
      sum + countColour(image, mark, { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) }, 3),
    0,
  );
}

requireChromium();

describe('links to a quote in a real browser', () => {
  const site = useServedSite();

  test('selecting words in a paragraph with the mouse offers “Copy link to this quote”, whose code loads only then, and it copies a link to the words', async () => {
    const context = await site.browser.newContext({ ...VIEWPORTS.desktop, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(site.server.root, { waitUntil: 'networkidle' });
    await page.locator('#p-2').scrollIntoViewIfNeeded();
    expect(requested.filter(isQuoteCode)).toEqual([]);
    const boxes = await wordBoxes(page, 'p-2', QUOTE);
    const [first, last] = [boxes[0]!, boxes.at(-1)!];
    await page.mouse.move(first.x + 1, first.y + first.height / 2);
    await page.mouse.down();
    await page.mouse.move(last.x + last.width - 1, last.y + last.height / 2, { steps: 8 });
    await page.mouse.up();
    const button = page.getByRole('button', { name: 'Copy link to this quote' });
    await button.waitFor({ state: 'visible' });
    expect(requested.filter(isQuoteCode)).toHaveLength(1);
    // It stands just under the selection's last line, inside the page.
    const place = (await button.boundingBox())!;
    expect(place.y).toBeGreaterThanOrEqual(last.y + last.height);
    expect(place.y).toBeLessThan(last.y + last.height + 40);
    expect(place.x + place.width).toBeLessThanOrEqual(VIEWPORTS.desktop.viewport.width);
    await button.click();
    await page.waitForFunction(() => document.getElementById('copy-status')?.textContent?.startsWith('Link to the quote copied'));
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(url).toBe(
      `${site.server.root}#p-2:~:text=the%20volume%20of-,military%2Dtechnical%20cooperation%20between%20Russia%20and%20Azerbaijan,-is%20measured%20at`,
    );
    await context.close();
  });

  test('words that run across two figure marks are quoted whole, from the first word to the last', async () => {
    const context = await site.browser.newContext({ ...VIEWPORTS.desktop, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site.server.root}#p-7`, { waitUntil: 'networkidle' });
    // In ¶7 "24" and "$360 million" are each a figure's mark: the selection starts in one and ends in the other.
    const words = '24 Mi-35 helicopter gunships for a combined $360 million';
    await select(page, 'p-7', words);
    const button = page.getByRole('button', { name: 'Copy link to this quote' });
    await button.waitFor({ state: 'visible' });
    await button.click();
    await page.waitForFunction(() => document.getElementById('copy-status')?.textContent?.startsWith('Link to the quote copied'));
    const url = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(url.hash.startsWith('#p-7:~:text=')).toBe(true);
    // prefix-,start,-suffix: the quoted words are the middle part, whole.
    const parts = url.hash.slice('#p-7:~:text='.length).split(',');
    expect(parts).toHaveLength(3);
    expect(decodeURIComponent(parts[1]!)).toBe(words);
    await context.close();
  });

  test('from the keyboard: Tab goes from the selected words to the control, Enter copies and the status region says so, Escape lets the words go', async () => {
    const context = await site.browser.newContext({ ...VIEWPORTS.phone, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(site.server.root);
    await select(page, 'p-7', '24 Mi-35 helicopter gunships');
    const button = page.getByRole('button', { name: 'Copy link to this quote' });
    await button.waitFor({ state: 'visible' });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Copy link to this quote');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('copy-status')?.textContent?.startsWith('Link to the quote copied: '));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${site.server.root}#p-7:~:text=2010%20to%20sell-,24%20Mi%2D35%20helicopter%20gunships,-for%20a%20combined`,
    );
    expect(await button.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('"Copied"');
    await page.keyboard.press('Escape');
    await button.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.getSelection()?.isCollapsed)).toBe(true);
    await context.close();
  });

  test.each([360, 1280].flatMap((width) => (['light', 'dark'] as const).map((scheme) => ({ width, scheme }))))(
    'at $width px in the $scheme scheme the control stands under the words, inside the page, its text in strong contrast',
    async ({ width, scheme }) => {
      const page = await site.browser.newPage({ viewport: { width, height: 720 }, colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(`${site.server.root}#p-9`);
      // The last words of a line's end, where a control could run off the page.
      await select(page, 'p-9', 'Armenia, which is locked in an intensifying arms race with oil-rich Azerbaijan');
      const button = page.getByRole('button', { name: 'Copy link to this quote' });
      await button.waitFor({ state: 'visible' });
      const place = (await button.boundingBox())!;
      expect(place.x).toBeGreaterThanOrEqual(0);
      expect(place.x + place.width).toBeLessThanOrEqual(width);
      const contrast = await button.evaluate((el) => {
        const channels = (colour: string) => (colour.match(/\d+(\.\d+)?/gu) ?? []).slice(0, 3).map(Number);
        const luminance = (colour: string) => {
          const [r, g, b] = channels(colour).map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        const style = getComputedStyle(el);
        const [a, b] = [luminance(style.color), luminance(style.backgroundColor)].sort((x, y) => y - x);
        return (a! + 0.05) / (b! + 0.05);
      });
      expect(contrast).toBeGreaterThanOrEqual(7);
      await page.close();
    },
  );

  test('words outside one paragraph, or across two, are not offered a link', async () => {
    const page = await site.browser.newPage(VIEWPORTS.desktop);
    await page.goto(site.server.root);
    await select(page, 'p-7', 'Moscow also');
    const button = page.getByRole('button', { name: 'Copy link to this quote' });
    await button.waitFor({ state: 'visible' });
    await page.evaluate(() => {
      const [a, b] = ['p-6', 'p-7'].map((id) => document.getElementById(id)!.firstChild!);
      document.getSelection()!.setBaseAndExtent(a!, 2, b!, 5);
    });
    await button.waitFor({ state: 'hidden' });
    await page.evaluate(() => document.getSelection()!.selectAllChildren(document.querySelector('h1')!));
    // The selection changed and was judged: the button stays hidden.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await button.isVisible()).toBe(false);
    await page.close();
  });

  test('opening a copied link scrolls to the quoted words and marks them, in the paragraph named by the link', async () => {
    const context = await site.browser.newContext({ ...VIEWPORTS.desktop, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(site.server.root);
    await select(page, 'p-2', QUOTE);
    await page.getByRole('button', { name: 'Copy link to this quote' }).click();
    await page.waitForFunction(() => document.getElementById('copy-status')?.textContent?.startsWith('Link to the quote copied'));
    const url = await page.evaluate(() => navigator.clipboard.readText());

    // The same words, opened by their paragraph's deep link alone: not marked. The mark's colour is nowhere on screen.
    const plain = await context.newPage();
    await plain.goto(`${site.server.root}#p-2`);
    await settleScroll(plain);
    expect(await markedPixels(plain, [{ x: 0, y: 0, width: 1280, height: 720 }])).toBe(0);

    const opened = await context.newPage();
    await opened.goto(url);
    expect(await opened.evaluate(() => window.location.hash)).toBe('#p-2');
    expect(await opened.evaluate(() => document.querySelector(':target')?.id)).toBe('p-2');
    await settleScroll(opened);
    const boxes = await wordBoxes(opened, 'p-2', QUOTE);
    const area = boxes.reduce((sum, box) => sum + box.width * box.height, 0);
    // Most of the words' boxes are in the mark's colour (the rest is the letters drawn over it).
    await expect.poll(() => markedPixels(opened, boxes)).toBeGreaterThan(area * 0.4);
    const box = await targetBox(opened, 'p-2');
    expect(boxes[0]!.y).toBeGreaterThanOrEqual(box!.headerBottom);
    await context.close();
  });

  test('where the words are not found, the link still lands on its paragraph, below the header, and marks nothing', async () => {
    const page = await site.browser.newPage(VIEWPORTS.desktop);
    await page.goto(`${site.server.root}#p-7:~:text=words%20not%20in%20the%20article`);
    // The browser looks for the words once the page has loaded, then falls back to the paragraph.
    await page.waitForFunction(() => document.querySelector(':target')?.id === 'p-7');
    await settleScroll(page);
    const box = await targetBox(page, 'p-7');
    expect(box!.top).toBeGreaterThanOrEqual(box!.headerBottom - 1);
    expect(box!.top).toBeLessThan(box!.viewport - 40);
    expect(await markedPixels(page, [{ x: 0, y: 0, width: 1280, height: 720 }])).toBe(0);
    await page.close();
  });
});
