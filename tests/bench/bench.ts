// `npm run bench`: build time, bytes, render-blocking requests, JavaScript before and after scrolling, and Lighthouse,
// against the targets in the README, with the article's first paint set beside a plain blog post's (Astro's blog
// starter, tests/bench/reference.ts). Wall-clock numbers live here and never in tests. Prints a table; writes
// bench-results/bench.json.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { root } from '../support/article.ts';
import { chromePath, HOW_TO_GET_CHROMIUM, launch, serve } from '../support/browser.ts';
import { astroBuild } from '../support/build.ts';
import { distFiles } from '../support/dist.ts';
import { allJs, BUDGETS, pageBytes } from '../support/sizes.ts';
import { type FcpModel, launchForLighthouse, type LighthouseRun, lighthouseRun } from './lighthouse.ts';
import { referenceSite } from './reference.ts';
import { FIRST_ROUND_TRIP_BYTES, wireBytes } from './wire.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// Lighthouse on a shared machine is noisy: each page is run this many times, the two pages taking turns, and medians compared.
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;
if (!chromePath()) throw new Error(HOW_TO_GET_CHROMIUM);

// The reference is built first (once: later runs reuse .cache/bench-reference/), so a failure to install it stops the
// bench before the long part.
const reference = referenceSite();

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

// 5. Lighthouse, mobile defaults, on the article and on the blog starter's first post, both served by the same
// gzipping server, in turns (ours, theirs, ours, …) so a busy spell on the machine falls on both alike.
const referenceServer = await serve(reference.dist);
const referenceUrl = `${referenceServer.root}${reference.page}`;
const wire = { article: await wireBytes(server.root), reference: await wireBytes(referenceUrl) };
const chrome = await launchForLighthouse();
const lh: LighthouseRun[] = [];
const ref: LighthouseRun[] = [];
for (let i = 0; i < LIGHTHOUSE_RUNS; i += 1) {
  lh.push(await lighthouseRun(server.root, chrome.port));
  ref.push(await lighthouseRun(referenceUrl, chrome.port));
}
chrome.kill();
await Promise.all([server.close(), referenceServer.close()]);
rmSync(scratch, { recursive: true, force: true });

const score = (key: string) => median(lh.map((run) => run.scores[key] ?? 0));
const lhBlocking = lh.map((run) => run.renderBlocking);
const medianOf = (runs: LighthouseRun[], key: 'fcp' | 'lcp' | 'cls' | 'tbt' | 'styleLayoutMs' | 'transferBytes') => median(runs.map((run) => run[key]));
const fcpRatio = medianOf(lh, 'fcp') / medianOf(ref, 'fcp');
// The run whose FCP is the median, so its parts add up to the FCP the table shows.
const medianRun = (runs: LighthouseRun[]) => [...runs].sort((a, b) => a.fcp - b.fcp)[Math.floor(runs.length / 2)]!;
const modelParts = (m: FcpModel) =>
  `document ${Math.round(m.document)} + parse ${Math.round(m.parse)} + layout ${Math.round(m.layout)} + paint ${Math.round(m.paint)}` +
  (Math.round(m.other) ? ` + other ${Math.round(m.other)}` : '') +
  ' ms';
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
    fcpMs: medianOf(lh, 'fcp'),
    lcpMs: medianOf(lh, 'lcp'),
    cls: medianOf(lh, 'cls'),
    tbtMs: medianOf(lh, 'tbt'),
    styleLayoutMs: medianOf(lh, 'styleLayoutMs'),
    transferBytes: medianOf(lh, 'transferBytes'),
    runs: lh,
  },
  reference: {
    what: "Astro's blog starter (withastro/astro examples/blog, tests/bench/reference/blog), its first post",
    page: reference.page,
    fcpMs: medianOf(ref, 'fcp'),
    lcpMs: medianOf(ref, 'lcp'),
    cls: medianOf(ref, 'cls'),
    tbtMs: medianOf(ref, 'tbt'),
    styleLayoutMs: medianOf(ref, 'styleLayoutMs'),
    transferBytes: medianOf(ref, 'transferBytes'),
    runs: ref,
  },
  fcpRatio,
  // The document's whole response on the wire: over one round trip's worth, Lighthouse's model waits another round trip.
  documentOnTheWire: { articleBytes: wire.article, referenceBytes: wire.reference, firstRoundTripBytes: FIRST_ROUND_TRIP_BYTES },
};

const targets: [string, string, boolean][] = [
  ['Lighthouse performance', `${results.lighthouse.performance}`, results.lighthouse.performance === 100],
  ['Lighthouse accessibility', `${results.lighthouse.accessibility}`, results.lighthouse.accessibility === 100],
  ['Lighthouse best practices', `${results.lighthouse['best-practices']}`, results.lighthouse['best-practices'] === 100],
  ['Lighthouse SEO', `${results.lighthouse.seo}`, results.lighthouse.seo === 100],
  ['CLS', `${results.lighthouse.cls}`, results.lighthouse.cls === 0],
  [
    'FCP ratio, article / blog starter post (≤ 1.0)',
    `${fcpRatio.toFixed(2)} (${Math.round(results.lighthouse.fcpMs)} ms / ${Math.round(results.reference.fcpMs)} ms)`,
    fcpRatio <= 1,
  ],
  // Deterministic, unlike the FCPs: past this size Lighthouse's model (and a real slow link) waits a round trip more.
  [
    `Article document on the wire, headers + gzip (≤ ${FIRST_ROUND_TRIP_BYTES} B, TCP's first round trip)`,
    `${wire.article} B`,
    wire.article <= FIRST_ROUND_TRIP_BYTES,
  ],
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
  [
    'Blog starter post: FCP / LCP / TBT',
    `${Math.round(results.reference.fcpMs)} ms / ${Math.round(results.reference.lcpMs)} ms / ${Math.round(results.reference.tbtMs)} ms (CLS ${results.reference.cls})`,
  ],
  ['FCP, each run: article | blog starter', `${lh.map((run) => Math.round(run.fcp)).join(', ')} | ${ref.map((run) => Math.round(run.fcp)).join(', ')}`],
  ['FCP in Lighthouse’s model (median run), article', modelParts(medianRun(lh).fcpModel)],
  ['FCP in Lighthouse’s model (median run), blog starter', modelParts(medianRun(ref).fcpModel)],
  [
    'Style & layout, article vs blog starter',
    `${Math.round(results.lighthouse.styleLayoutMs)} ms vs ${Math.round(results.reference.styleLayoutMs)} ms (main thread, unthrottled, whole load)`,
  ],
  ['Bytes transferred, article vs blog starter', `${kb(results.lighthouse.transferBytes)} vs ${kb(results.reference.transferBytes)}`],
  ['Blog starter post: document on the wire (headers + gzip)', `${wire.reference} B`],
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
console.log(`\nBenchmark (${RUNS} clean builds; Lighthouse ${LIGHTHOUSE_RUNS} runs a page, article and blog starter in turns)\n`);
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
