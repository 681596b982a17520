import { describe, expect, test } from 'vitest';
import { LOCAL_ORIGIN } from '../../src/lib/site/deploy-target';
import { requireChromium, useServedSite, VIEWPORTS } from '../support/browser';

// Written out by hand: what a reader who copies a citation must get, with the site's canonical origin (not the test server's).
const root = `${LOCAL_ORIGIN}/`;
const source = 'Source report: Azatutyun (RFE/RL’s Armenian Service), https://azatutyun.am/a/25075315.html.';

requireChromium();

describe('“Cite this” in a real browser', () => {
  const site = useServedSite();

  test('“Copy BibTeX” under a chart puts its BibTeX on the clipboard, exactly as shown, and says what to do with it', async () => {
    const context = await site.browser.newContext({ ...VIEWPORTS.desktop, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site.server.root}#chart-mi35`);
    const button = page.getByRole('button', { name: 'Copy BibTeX for the chart “The Mi-35 deal: 24 gunships at $15 million each”', exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('copy-status')?.textContent?.startsWith('BibTeX copied'));
    expect(await page.evaluate(() => document.getElementById('copy-status')?.textContent)).toBe('BibTeX copied: paste it into your bibliography file');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      [
        '@misc{arms-to-baku-checked-chart-mi35,',
        '  title = {{The Mi-35 deal: 24 gunships at \\$15 million each}},',
        '  howpublished = {Chart in “Russia’s arms trade with Azerbaijan, figure by figure”},',
        '  organization = {{Arms to Baku, checked}},',
        `  url = {${root}#chart-mi35},`,
        '  note = {Source report: Azatutyun (RFE/RL’s Armenian Service), \\url{https://azatutyun.am/a/25075315.html}}',
        '}',
      ].join('\n'),
    );
    await context.close();
  });

  test('“Copy citation” for the analysis, opened from its fold, puts the sentence on the clipboard', async () => {
    const context = await site.browser.newContext({ ...VIEWPORTS.phone, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site.server.root}#about-this-text`);
    await page.getByText('Cite this analysis', { exact: true }).click();
    await page.getByRole('button', { name: 'Copy citation for this analysis', exact: true }).click();
    await page.waitForFunction(() => document.getElementById('copy-status')?.textContent?.startsWith('Citation copied'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `“Russia’s arms trade with Azerbaijan, figure by figure.” Arms to Baku, checked. ${root}. ${source}`,
    );
    await context.close();
  });

  test('without JavaScript the copy buttons stay hidden and the citation is there to select', async () => {
    const context = await site.browser.newContext({ ...VIEWPORTS.desktop, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.root}#chart-spending`);
    await page.locator('#chart-spending summary').click();
    expect(await page.locator('#chart-spending .cite-this button:visible').count()).toBe(0);
    await page.locator('#cite-chart-spending-text').selectText();
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(
      `“Military spending over Aliyev’s decade: almost 30 times higher.” Chart in “Russia’s arms trade with Azerbaijan, figure by figure.” Arms to Baku, checked. ${root}#chart-spending. ${source}`,
    );
    await context.close();
  });
});
