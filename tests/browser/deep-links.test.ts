import { describe, expect, test } from 'vitest';
import anchors from '../../src/data/published-anchors.json' with { type: 'json' };
import { requireChromium, useServedSite, VIEWPORTS } from '../support/browser';
import { landingProblems, settleScroll, targetBox } from '../support/page-checks';

const viewports = Object.entries(VIEWPORTS).map(([name, options]) => ({ name, options }));

requireChromium();

describe('deep links in a real browser', () => {
  const site = useServedSite();

  test.each(viewports)('on the $name every published section, paragraph and chart link lands fully visible below the sticky header', async ({ options }) => {
    const context = await site.browser.newContext(options);
    const page = await context.newPage();
    const problems: string[] = [];
    for (const id of anchors['/']) {
      await page.goto('about:blank');
      await page.goto(`${site.server.root}#${id}`);
      await settleScroll(page);
      const box = await targetBox(page, id);
      const highlighted = await page.evaluate((target) => document.querySelector(':target')?.id === target, id);
      problems.push(...landingProblems(id, box, highlighted));
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the :target paragraph is highlighted', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.root}#p-7`);
    const [target, other] = await page.evaluate(() => ['p-7', 'p-6'].map((id) => getComputedStyle(document.getElementById(id)!).backgroundColor));
    expect(target).not.toBe(other);
    await page.close();
  });

  test.each(viewports)('on the $name the table of contents marks the section being read', async ({ options }) => {
    const context = await site.browser.newContext({ ...options, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(site.server.root);
    const sections = await page.$$eval('nav.toc a[data-toc-link]', (links) => links.map((a) => a.getAttribute('data-toc-link')!));
    expect(sections.length).toBeGreaterThanOrEqual(6);
    for (const id of [sections[1]!, sections[4]!, sections[2]!]) {
      await page.evaluate((target) => document.getElementById(target)!.scrollIntoView({ block: 'start', behavior: 'instant' }), id);
      await page.waitForFunction((target) => document.querySelector('nav.toc a[aria-current]')?.getAttribute('data-toc-link') === target, id, {
        timeout: 3000,
      });
      expect(await page.$$eval('nav.toc a[aria-current]', (links) => links.map((a) => a.getAttribute('aria-current')))).toEqual(['location']);
    }
    await context.close();
  });

  test('on a phone the table of contents starts collapsed; on a desktop it is open', async () => {
    for (const [name, open] of [
      ['phone', false],
      ['desktop', true],
    ] as const) {
      const context = await site.browser.newContext(VIEWPORTS[name]);
      const page = await context.newPage();
      await page.goto(site.server.root);
      expect(await page.$eval('nav.toc details', (d) => (d as HTMLDetailsElement).open)).toBe(open);
      expect(await page.isVisible('nav.toc ol a')).toBe(open);
      await context.close();
    }
  });

  test('the copy-link button puts the absolute URL of the section’s share page on the clipboard, the same whatever query the page has, and says so', async () => {
    const context = await site.browser.newContext({ ...VIEWPORTS.desktop, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site.server.root}?from=test`);
    const button = page.locator('copy-link[data-fragment="where-moscow-said-no"] button');
    await button.scrollIntoViewIfNeeded();
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('copy-status')?.textContent?.startsWith('Link copied'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.server.root}share/where-moscow-said-no/`);
    expect(await button.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('"Copied"');
    await context.close();
  });

  test('on the ledger, whose sections have no share page, the copy-link button copies the absolute URL with the page’s query and the fragment', async () => {
    const context = await site.browser.newContext({ ...VIEWPORTS.desktop, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site.server.root}figures/?from=test`);
    const button = page.locator('copy-link[data-fragment="stated"] button');
    expect(await page.locator('copy-link[data-fragment="stated"]').getAttribute('data-share')).toBeNull();
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('copy-status')?.textContent?.startsWith('Link copied'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.server.root}figures/?from=test#stated`);
    await context.close();
  });

  test('on a touch device with a share sheet, the button shares the absolute URL of the section’s share page', async () => {
    const context = await site.browser.newContext(VIEWPORTS.phone);
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { shared: ShareData[] }).shared = [];
      navigator.share = async (data?: ShareData) => void (window as unknown as { shared: ShareData[] }).shared.push(data ?? {});
    });
    await page.goto(site.server.root);
    await page.locator('copy-link[data-fragment="where-moscow-said-no"] button').tap();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared))
      .toEqual([{ title: 'Where Moscow said no', url: `${site.server.root}share/where-moscow-said-no/` }]);
    await context.close();
  });

  test('where the clipboard is refused, the link is shown selected for copying by hand', async () => {
    const context = await site.browser.newContext(VIEWPORTS.desktop);
    const page = await context.newPage();
    await page.goto(site.server.root);
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } }));
    await page.locator('copy-link[data-fragment="alarm-in-armenia"] button').click();
    const field = page.locator('input.copy-fallback');
    await expect.poll(() => field.inputValue()).toBe(`${site.server.root}share/alarm-in-armenia/`);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('copy-fallback'))).toBe(true);
    // Selected whole, so Ctrl+C or Command+C copies it at once.
    expect(await field.evaluate((input) => [(input as HTMLInputElement).selectionStart, (input as HTMLInputElement).selectionEnd])).toEqual([
      0,
      `${site.server.root}share/alarm-in-armenia/`.length,
    ]);
    await context.close();
  });

  test('a reader who closes the share sheet has nothing copied behind their back', async () => {
    const context = await site.browser.newContext(VIEWPORTS.phone);
    const page = await context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      navigator.share = async () => {
        seen.push('share');
        throw new DOMException('The user closed the share sheet', 'AbortError');
      };
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void seen.push(`copy ${text}`) } });
    });
    await page.goto(site.server.root);
    await page.locator('copy-link[data-fragment="where-moscow-said-no"] button').tap();
    // The rejection is handled in microtasks, all run before the next frame in which this condition is checked.
    await page.waitForFunction(() => (window as unknown as { seen: string[] }).seen.includes('share'));
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['share']);
    expect(await page.textContent('#copy-status')).toBe('');
    await context.close();
  });
});
