// One Lighthouse run (mobile defaults: a mid-range phone, simulated slow 4G, CPU slowed four times) and the figures the
// benchmark reads from it, for our article and for the reference blog post alike.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { LanternFirstContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-first-contentful-paint.js';
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
  /** Where Lighthouse's model puts the first paint: the parts of its simulated FCP, in ms. */
  fcpModel: FcpModel;
}

/**
 * The parts of Lantern's simulated FCP: when the document has arrived, then the main-thread tasks it counts before the
 * paint, each as simulated (slowed four times; a task that lays out, two), by what the task did. They add up to the FCP.
 */
export interface FcpModel {
  document: number;
  /** The first slice of HTML parsing. */
  parse: number;
  /** The first task that lays out, with the paint when the same task paints. */
  layout: number;
  /** The first paint, when a task of its own. */
  paint: number;
  /** Anything else counted: a script that ran before the paint, a request other than the document. */
  other: number;
}

interface LanternNode {
  type: 'network' | 'cpu';
  isMainDocument?: () => boolean;
  childEvents?: { name: string }[];
}

// What a counted task is, by the first of these it did: a task that lays out and paints is the layout.
const CPU_PARTS = [
  ['Layout', 'layout'],
  ['Paint', 'paint'],
  ['ParseHTML', 'parse'],
] as const;

/** Sorts Lantern's node timings for a first paint into the parts of `FcpModel`. */
export function fcpParts(timings: Map<LanternNode, { startTime: number; endTime: number }>): FcpModel {
  const parts: FcpModel = { document: 0, parse: 0, layout: 0, paint: 0, other: 0 };
  for (const [node, { startTime, endTime }] of timings) {
    const did = (name: string) => node.childEvents?.some((event) => event.name === name) ?? false;
    const part: keyof FcpModel =
      node.type === 'network' ? (node.isMainDocument?.() ? 'document' : 'other') : (CPU_PARTS.find(([event]) => did(event))?.[1] ?? 'other');
    // The document is counted from the navigation's start; every other part by its own length.
    parts[part] += part === 'document' ? endTime : endTime - startTime;
  }
  return parts;
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
  // The same model Lighthouse ran, asked again for its node timings (its pessimistic and optimistic graphs agree here:
  // no script or stylesheet blocks the paint).
  const artifacts = result.artifacts;
  const settings = lhr.configSettings;
  const model = await LanternFirstContentfulPaint.request(
    {
      trace: artifacts.Trace,
      devtoolsLog: artifacts.DevtoolsLog,
      gatherContext: artifacts.GatherContext,
      settings,
      URL: artifacts.URL,
      SourceMaps: [],
      HostDPR: artifacts.HostDPR,
      simulator: null,
    },
    { computedCache: new Map(), settings },
  );
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
    fcpModel: fcpParts(model.pessimisticEstimate.nodeTimings as unknown as Map<LanternNode, { startTime: number; endTime: number }>),
  };
}
