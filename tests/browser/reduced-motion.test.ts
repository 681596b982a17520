import { describe, expect, test } from 'vitest';
import { requireChromium, useServedSite, VIEWPORTS } from '../support/browser';

// A loaded 2-core machine can take seconds to finish a smooth scroll.
const WAIT = { timeout: 20_000 };

/**
 * In the page: scrolls to a section the way an in-page jump does, honouring the page's CSS `scroll-behavior`
 * (no `behavior` is passed), and reads where the page stands in the same task, before any frame is drawn. An
 * instant jump is already there; a smooth one has not moved yet.
 */
function jumpInPage(id: string) {
  const from = window.scrollY;
  const section = document.getElementById(id)!;
  section.scrollIntoView();
  return { from, at: window.scrollY, top: section.getBoundingClientRect().top, screen: window.innerHeight };
}

requireChromium();

describe('in-page jumps and the reader’s motion setting', () => {
  const site = useServedSite();

  // Headless Chromium does not animate a followed anchor link even when smooth scrolling is on, so the jump is
  // made by script, after the reader has moved focus into the contents list as they do when they use it: the page
  // asks for smooth scrolling only while focus is inside it.
  const jumpFromContents = async (reducedMotion: 'reduce' | 'no-preference') => {
    const context = await site.browser.newContext({ ...VIEWPORTS.desktop, reducedMotion });
    const page = await context.newPage();
    await page.goto(site.server.root);
    await page.locator('nav.toc a[href="#alarm-in-armenia"]').focus();
    const jump = await page.evaluate(jumpInPage, 'alarm-in-armenia');
    return { page, context, jump };
  };

  test('a reader who asks for reduced motion jumps straight to a section', async () => {
    const { context, jump } = await jumpFromContents('reduce');
    expect(jump.from).toBe(0);
    // Alarm in Armenia is thousands of pixels down the page: the jump has landed before a frame is drawn, with the
    // section's heading at the top of the screen.
    expect(jump.at).toBeGreaterThan(1000);
    expect(jump.top).toBeGreaterThanOrEqual(0);
    expect(jump.top).toBeLessThan(jump.screen / 2);
    await context.close();
  });

  test('a reader who has not asked for reduced motion is carried to the section smoothly, and arrives', async () => {
    const { page, context, jump } = await jumpFromContents('no-preference');
    expect(jump.from).toBe(0);
    // Nothing has moved yet in the task that asked: the scroll is animated over the frames that follow.
    expect(jump.at).toBe(0);
    expect(jump.top).toBeGreaterThan(jump.screen);
    await expect.poll(() => page.evaluate(() => window.scrollY), WAIT).toBeGreaterThan(1000);
    await context.close();
  });
});
