// `npm run bench`: build time, bytes, render-blocking requests, JavaScript before and after scrolling, and Lighthouse,
// against the targets in the README. Wall-clock numbers live here and never in tests. Prints a table; writes bench-results/bench.json.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import { build as esbuild } from 'esbuild';
import lighthouse from 'lighthouse';
import { root } from '../support/article.ts';
import { chromePath, HOW_TO_GET_CHROMIUM, launch, serve } from '../support/browser.ts';
import { astroBuild } from '../support/build.ts';
import { distFiles } from '../support/dist.ts';
import { allJs, BUDGETS, pageBytes } from '../support/sizes.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;
if (!chromePath()) throw new Error(HOW_TO_GET_CHROMIUM);

/** How many requests Lighthouse's render-blocking insight lists, or null if the audit or its table is missing. */
function lighthouseBlocking(audit: { details?: unknown } | undefined): number | null {
  const details = audit?.details as { type?: string; items?: unknown[] } | undefined;
  if (!audit) return null;
  // A passing insight may carry no table at all: that is zero requests, not a missing audit.
  return details?.type === 'table' ? (details.items?.length ?? 0) : details === undefined ? 0 : null;
}

const scratch = mkdtempSync(join(tmpdir(), 'bench-'));
const out = join(scratch, 'dist');
// The server starts first so the build can use its address as SITE_URL: canonical URLs then match what is measured.
const server = await serve(out);

// 1. Build time: the median of several clean builds (content cache cleared each time).
const buildSeconds: number[] = [];
for (let i = 0; i < RUNS; i += 1) {
  rmSync(out, { recursive: true, force: true });
  const started = performance.now();
  const run = astroBuild(out, { SITE_URL: server.origin }, root, ['--force']);
  if (run.status !== 0) throw new Error(`build failed:\n${run.output}`);
  buildSeconds.push((performance.now() - started) / 1000);
}

// 2. Bytes per page.
const pages = distFiles(out).filter((f) => f.endsWith('.html'));
const bytes = Object.fromEntries(pages.map((page) => [page, pageBytes(out, page)]));
const js = allJs(out);

// 3. JavaScript fetched before any scroll, and after scrolling through the article (gzip of the files fetched).
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
const page = await context.newPage();
const fetched = new Set<string>();
page.on('response', (response) => {
  if (response.url().endsWith('.js')) fetched.add(response.url().slice(server.root.length));
});
await page.goto(server.root, { waitUntil: 'networkidle' });
const jsGzip = (files: Iterable<string>) => [...files].reduce((sum, f) => sum + gz(readFileSync(join(out, f))), 0);
const beforeScroll = jsGzip(fetched);
await page.evaluate(async () => {
  for (let y = 0; y <= document.documentElement.scrollHeight; y += 400) {
    window.scrollTo(0, y);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
});
await page.waitForLoadState('networkidle');
const afterScroll = jsGzip(fetched);
await context.close();

// 3b. Render-blocking requests as Chromium classes them (Resource Timing's renderBlockingStatus), on every page.
const blockingContext = await browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
const blocking: Record<string, string[]> = {};
// A share page refreshes to its deep link at once, which would tear down the page before it is read: it is measured
// as served, less that one <meta http-equiv="refresh">.
await blockingContext.route('**/share/*/', async (route) => {
  const response = await route.fetch();
  const body = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/u, '');
  await route.fulfill({ response, body });
});
for (const name of pages) {
  const tab = await blockingContext.newPage();
  await tab.goto(`${server.root}${name.replace(/(^|\/)index\.html$/u, '$1')}`, { waitUntil: 'load' });
  blocking[name] = await tab.evaluate(() =>
    (performance.getEntriesByType('resource') as (PerformanceResourceTiming & { renderBlockingStatus?: string })[])
      .filter((entry) => entry.renderBlockingStatus === 'blocking')
      .map((entry) => entry.name),
  );
  await tab.close();
}
const blockingCount = Object.values(blocking).reduce((sum, urls) => sum + urls.length, 0);
await browser.close();

// 4. Our chart bundle against chart.js/auto, both bundled and minified by esbuild the same way.
const bundle = async (contents: string) => {
  const result = await esbuild({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return gz(Buffer.from(result.outputFiles[0]!.contents));
};
const ours = await bundle("export * from './src/components/chart/draw-chart.ts';");
const auto = await bundle("import Chart from 'chart.js/auto'; export { Chart };");

// 5. Lighthouse, mobile defaults, on the article page: median of RUNS runs.
const chrome = await chromeLauncher.launch({
  chromePath: chromePath(),
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const lh: { scores: Record<string, number>; fcp: number; lcp: number; cls: number; tbt: number; renderBlocking: number | null }[] = [];
for (let i = 0; i < RUNS; i += 1) {
  const result = await lighthouse(server.root, { port: chrome.port, output: 'json', logLevel: 'error' });
  const lhr = result?.lhr;
  if (!lhr) throw new Error('Lighthouse returned no result');
  lh.push({
    scores: Object.fromEntries(Object.entries(lhr.categories).map(([key, category]) => [key, Math.round((category.score ?? 0) * 100)])),
    fcp: lhr.audits['first-contentful-paint']?.numericValue ?? NaN,
    lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
    // Lighthouse's own list; null (shown as n/a) if this Lighthouse has no such insight, never a silent 0.
    renderBlocking: lighthouseBlocking(lhr.audits['render-blocking-insight']),
  });
}
chrome.kill();
await server.close();
rmSync(scratch, { recursive: true, force: true });

const score = (key: string) => median(lh.map((run) => run.scores[key] ?? 0));
const lhBlocking = lh.map((run) => run.renderBlocking);
const article = bytes['index.html']!;
const results = {
  runs: RUNS,
  buildSeconds: { median: median(buildSeconds), all: buildSeconds },
  pages: Object.fromEntries(
    Object.entries(bytes).map(([name, b]) => [name, { html: b.html, inlineCss: b.inlineCss, css: b.css, jsBeforeScroll: b.jsBeforeScroll }]),
  ),
  jsTotal: js,
  jsFetched: { beforeScrollGzip: beforeScroll, afterScrollGzip: afterScroll },
  renderBlocking: { chromium: blocking, lighthouse: lhBlocking },
  chartBundle: { oursGzip: ours, chartJsAutoGzip: auto, ratio: ours / auto },
  lighthouse: {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    fcpMs: median(lh.map((r) => r.fcp)),
    lcpMs: median(lh.map((r) => r.lcp)),
    cls: median(lh.map((r) => r.cls)),
    tbtMs: median(lh.map((r) => r.tbt)),
    runs: lh,
  },
};

const targets: [string, string, boolean][] = [
  ['Lighthouse performance', `${results.lighthouse.performance}`, results.lighthouse.performance === 100],
  ['Lighthouse accessibility', `${results.lighthouse.accessibility}`, results.lighthouse.accessibility === 100],
  ['Lighthouse best practices', `${results.lighthouse['best-practices']}`, results.lighthouse['best-practices'] === 100],
  ['Lighthouse SEO', `${results.lighthouse.seo}`, results.lighthouse.seo === 100],
  ['CLS', `${results.lighthouse.cls}`, results.lighthouse.cls === 0],
  [
    'Render-blocking requests, every page (Chromium)',
    `${blockingCount}${blockingCount ? `: ${Object.values(blocking).flat().join(', ')}` : ''}`,
    blockingCount === 0,
  ],
  ['Render-blocking requests, article (Lighthouse)', lhBlocking.map((n) => n ?? 'n/a').join(', '), lhBlocking.every((n) => n === 0 || n === null)],
  ['JS before first scroll (gzip)', kb(beforeScroll), beforeScroll <= BUDGETS.jsBeforeScroll],
  ['All JS (gzip)', kb(js.gzip), js.gzip <= BUDGETS.jsTotal],
  ['Article HTML + CSS (gzip)', kb(article.html.gzip + article.css.gzip), article.html.gzip + article.css.gzip <= BUDGETS.htmlPlusCssPerPage],
];
const info: [string, string][] = [
  ['Build time, median of clean builds', `${results.buildSeconds.median.toFixed(2)} s (${buildSeconds.map((s) => s.toFixed(2)).join(', ')})`],
  [
    'FCP / LCP / TBT (Lighthouse mobile, median)',
    `${Math.round(results.lighthouse.fcpMs)} ms / ${Math.round(results.lighthouse.lcpMs)} ms / ${Math.round(results.lighthouse.tbtMs)} ms`,
  ],
  ['JS fetched after scrolling through (gzip)', kb(afterScroll)],
  ['Chart bundle vs chart.js/auto (gzip)', `${kb(ours)} vs ${kb(auto)}: ${(results.chartBundle.ratio * 100).toFixed(0)}%`],
  ...pages.map((name): [string, string] => {
    const b = bytes[name]!;
    return [
      `${name}: HTML (inline CSS) / linked CSS / JS up front`,
      `${kb(b.html.raw)} (${kb(b.html.gzip)} gz; ${kb(b.inlineCss.raw)} CSS) / ${kb(b.css.raw)} (${kb(b.css.gzip)} gz) / ${kb(b.jsBeforeScroll.raw)} (${kb(b.jsBeforeScroll.gzip)} gz)`,
    ];
  }),
];

const width = Math.max(...[...targets, ...info].map(([name]) => name.length));
console.log(`\nBenchmark (${RUNS} runs each)\n`);
for (const [name, value, ok] of targets) console.log(`${ok ? 'met   ' : 'MISSED'}  ${name.padEnd(width)}  ${value}`);
console.log('');
for (const [name, value] of info) console.log(`        ${name.padEnd(width)}  ${value}`);
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(
  join(root, 'bench-results/bench.json'),
  `${JSON.stringify({ targets: targets.map(([name, value, met]) => ({ name, value, met })), ...results }, null, 2)}\n`,
);
console.log('\nWrote bench-results/bench.json');
if (targets.some(([, , ok]) => !ok)) process.exitCode = 1;
