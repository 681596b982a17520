import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { charts } from '../../src/data/charts';
import { axeViolations } from '../support/axe';
import { requireChromium, useServedSite, VIEWPORTS } from '../support/browser';
import { distDir } from '../support/dist';

// Every share page the build wrote, by the id in its address.
const shared = readdirSync(join(distDir, 'share'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => ({ id: entry.name }));

requireChromium();

// Every page of the article, the ledger, the 404 page and the embeds is judged by axe in pages.test.ts, on the same
// load that checks it for errors, at both widths and in both schemes with its charts drawn.
describe('accessibility in a real browser', () => {
  const site = useServedSite();

  test.concurrent.each(shared)('axe, with all its rules, finds no violation on the share page of $id, as served, its redirect held back', async ({ id }) => {
    const page = await site.browser.newPage(VIEWPORTS.phone);
    // The page sends readers on at once: the next navigation is answered "204 No Content", which keeps the share page.
    const heldBack = new Promise<void>((resolve) =>
      page.route(`${site.server.root}`, async (route) => {
        await route.fulfill({ status: 204 });
        resolve();
      }),
    );
    await page.goto(`${site.server.root}share/${id}/`);
    await heldBack;
    expect(page.url()).toBe(`${site.server.root}share/${id}/`);
    expect(await page.locator('meta[http-equiv="refresh"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  test('the first Tab reaches a visible skip link that moves focus to the article', async () => {
    const page = await site.browser.newPage(VIEWPORTS.desktop);
    await page.goto(site.server.root);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return { text: el.textContent, top: box.top, href: el.getAttribute('href') };
    });
    expect(skip).toMatchObject({ text: 'Skip to main content', href: '#main' });
    expect(skip.top).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  test.each(['light', 'dark'] as const)('focus is visible on every control in the %s scheme', async (scheme) => {
    const context = await site.browser.newContext({ ...VIEWPORTS.desktop, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(site.server.root);
    const unringed: string[] = [];
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          what: `${el.tagName.toLowerCase()}.${el.className} ${el.textContent?.trim().slice(0, 30)}`,
          width: parseFloat(style.outlineWidth),
          style: style.outlineStyle,
          visible: el.getBoundingClientRect().width > 0,
        };
      });
      if (ring.style === 'none' || ring.width < 2 || !ring.visible) unringed.push(ring.what);
    }
    expect(unringed).toEqual([]);
    await context.close();
  });

  test('every self-link and copy button has a name that says what it links to', async () => {
    const page = await site.browser.newPage(VIEWPORTS.desktop);
    await page.goto(site.server.root);
    const sections = await page.$$eval('main h2', (hs) => hs.map((h) => h.textContent?.trim()));
    expect(sections.length).toBeGreaterThanOrEqual(11);
    for (const title of sections) {
      expect(await page.getByRole('link', { name: `Link to section: ${title}`, exact: true }).count()).toBe(1);
      expect(await page.getByRole('button', { name: `Copy link to section: ${title}`, exact: true }).count()).toBe(1);
    }
    expect(await page.getByRole('link', { name: /^Link to chart: / }).count()).toBe(charts.length);
    expect(await page.getByRole('link', { name: /^Link to paragraph \d+$/u }).count()).toBe(13);
    await page.close();
  });

  test('each table on the ledger page has its own accessible name, from its caption', async () => {
    const page = await site.browser.newPage(VIEWPORTS.desktop);
    await page.goto(`${site.server.root}figures/`);
    const captions = await page.$$eval('main table caption', (cs) => cs.map((c) => c.textContent!.trim()));
    expect(captions).toHaveLength(3);
    for (const caption of captions) expect(await page.getByRole('table', { name: caption, exact: true }).count()).toBe(1);
    expect(await page.getByRole('table').count()).toBe(3);
    await page.close();
  });

  test('the copy button works from the keyboard alone', async () => {
    const context = await site.browser.newContext({ ...VIEWPORTS.desktop, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(site.server.root);
    await page
      .getByRole('button', { name: /^Copy link to chart: / })
      .first()
      .focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.server.root}share/chart-deals/`);
    await context.close();
  });
});
