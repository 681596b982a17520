import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type EvaluateFunc, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { serve } from './browser.ts';
import { assertBuilt, distDir } from './dist.ts';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr', '/Applications/Firefox.app/Contents/MacOS/firefox'];

/** The Firefox to drive: FIREFOX_PATH, else Debian's Firefox ESR, else the usual Firefox locations. */
export function firefoxPath(): string | undefined {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH is ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  return CANDIDATES.find((path) => existsSync(path));
}

/** How to get Firefox, said when none is found. */
export const HOW_TO_GET_FIREFOX =
  'No Firefox found. Install Debian’s: `sudo apt-get install -y firefox-esr` (it lands at /usr/bin/firefox-esr), or point FIREFOX_PATH at a Firefox binary. Nothing here downloads a browser.';

/** Stops the Firefox tests at once, naming what to install, when no Firefox is found: never a skip. */
export function requireFirefox(): void {
  if (!firefoxPath()) throw new Error(HOW_TO_GET_FIREFOX);
}

/**
 * Launches the installed Firefox headless over WebDriver BiDi. Puppeteer's own Firefox preferences already turn off
 * updates, telemetry and the other background requests; these keep the remaining ones off the network too.
 */
export function launchFirefox(prefs: Record<string, unknown> = {}): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: {
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      ...prefs,
    },
  });
}

/** Widths the Firefox tests cover: a 360 px phone and a 1280 px desktop. */
export const FIREFOX_WIDTHS = [
  { device: 'phone', width: 360, height: 740 },
  { device: 'desktop', width: 1280, height: 800 },
] as const;

/** For a describe block: Firefox (with `prefs` besides ours) and a server for the built site, started before its tests and closed after. */
export function useFirefoxSite(dir = distDir, prefs: Record<string, unknown> = {}) {
  const site = {} as { browser: Browser; server: Awaited<ReturnType<typeof serve>> };
  beforeAll(async () => {
    assertBuilt(dir);
    [site.browser, site.server] = await Promise.all([launchFirefox(prefs), serve(dir)]);
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/**
 * Waits until a function run in the page returns true, asking again each animation frame; fails naming `what` when
 * it has not by `timeout`. Run from here, not by waitForFunction, which builds a Function() the page's CSP refuses.
 */
export async function waitInPage<A extends unknown[]>(page: Page, what: string, check: EvaluateFunc<A>, args: A, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await page.evaluate(check, ...args))) {
    if (Date.now() > deadline) throw new Error(`Firefox: waited ${timeout} ms for ${what}`);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
}

/**
 * Sets a Firefox page's viewport. Puppeteer asks for a screen-orientation override with it, a WebDriver BiDi command
 * Firefox ESR 140 does not know: that one refusal is tolerated, and the window must then have the size asked for.
 */
export async function setFirefoxViewport(page: Page, { width, height }: { width: number; height: number }): Promise<void> {
  try {
    await page.setViewport({ width, height });
  } catch (error) {
    if (!String(error).includes('unknown command emulation.setScreenOrientationOverride')) throw error;
  }
  const sized = (w: number, h: number) => window.innerWidth === w && window.innerHeight === h;
  await waitInPage(page, `a ${width} × ${height} viewport`, sized, [width, height]);
}
