// One Lighthouse run (mobile defaults: a mid-range phone, simulated slow 4G, CPU slowed four times) and the figures the
// benchmark reads from it, for our article and for the reference blog post alike.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromePath } from '../support/browser.ts';

/** What one Lighthouse run says of a page. */
export interface LighthouseRun {
  url: string;
  scores: Record<string, number>;
  fcp: number;
  lcp: number;
  cls: number;
  tbt: number;
  /** Requests Lighthouse's render-blocking insight lists; null if this Lighthouse has no such insight. */
  renderBlocking: number | null;
  /** Main-thread time in style and layout, and in all, as observed (before the simulation slows the CPU). */
  styleLayoutMs: number;
  mainThreadMs: number;
  /** Bytes transferred, as Lighthouse counts them (gzipped where the server gzipped). */
  transferBytes: number;
}

/** How many requests Lighthouse's render-blocking insight lists, or null if the audit or its table is missing. */
export function lighthouseBlocking(audit: { details?: unknown } | undefined): number | null {
  const details = audit?.details as { type?: string; items?: unknown[] } | undefined;
  if (!audit) return null;
  // A passing insight may carry no table at all: that is zero requests, not a missing audit.
  return details?.type === 'table' ? (details.items?.length ?? 0) : details === undefined ? 0 : null;
}

/** Starts the Chromium that Lighthouse drives, kept off the network and quiet as this machine requires. */
export function launchForLighthouse() {
  return chromeLauncher.launch({
    chromePath: chromePath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
}

/** Runs Lighthouse once on `url` in the Chromium listening on `port`. */
export async function lighthouseRun(url: string, port: number): Promise<LighthouseRun> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const breakdown = (lhr.audits['mainthread-work-breakdown']?.details as { items?: { group: string; duration: number }[] } | undefined)?.items ?? [];
  return {
    url,
    scores: Object.fromEntries(Object.entries(lhr.categories).map(([key, category]) => [key, Math.round((category.score ?? 0) * 100)])),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    cls: audit('cumulative-layout-shift'),
    tbt: audit('total-blocking-time'),
    renderBlocking: lighthouseBlocking(lhr.audits['render-blocking-insight']),
    styleLayoutMs: breakdown.find((item) => item.group === 'styleLayout')?.duration ?? NaN,
    mainThreadMs: audit('mainthread-work-breakdown'),
    transferBytes: audit('total-byte-weight'),
  };
}
