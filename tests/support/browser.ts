import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { PassThrough } from 'node:stream';
import { constants, createGzip, gzipSync } from 'node:zlib';
import { type Browser, type BrowserContextOptions, chromium } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { assertBuilt, distDir } from './dist.ts';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The browser to drive: CHROME_PATH, else Debian's Chromium, else the usual Chrome and Chromium locations. */
export function chromePath(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  return CANDIDATES.find((path) => existsSync(path));
}

/** Debian's headless shell of the same Chromium (package chromium-headless-shell), which Playwright itself runs headless tests on. */
export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * The browser the tests drive: CHROME_PATH, else Debian's Chromium headless shell, else the full browser. The shell
 * is the same engine without the windowed browser around it: a page load and scroll costs this machine a quarter
 * less CPU (1.38 against 1.94 CPU-seconds, measured) and a launch half as much, and the browser layer is CPU-bound.
 */
export function testChromePath(): string | undefined {
  if (process.env.CHROME_PATH) return chromePath();
  return existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : chromePath();
}

/** How to get a browser, said when none is found. */
export const HOW_TO_GET_CHROMIUM =
  'No Chromium or Chrome found. Install Debian’s: `sudo apt-get install -y chromium chromium-headless-shell` (the tests drive /usr/bin/chromium-headless-shell, the benchmark /usr/bin/chromium), or point CHROME_PATH at a Chrome or Chromium binary. Nothing here downloads a browser.';

/**
 * Stops a browser test file at once, naming what to install, when no Chromium is found: a missing browser is an
 * error, never a skip. `npm run test:no-browser` is the one way to leave the browser layer out, by name.
 */
export function requireChromium(): void {
  if (!testChromePath()) throw new Error(HOW_TO_GET_CHROMIUM);
}

/** Chromium's flags here: off the network and quiet, as this machine requires. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches a browser of its own (for the benchmark and scripts; test files share one, below). */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: testChromePath(), args: CHROMIUM_ARGS });
}

/**
 * The browser project's one Chromium (started by tests/support/chromium-server.ts), connected to for this file; a
 * file run where none was started launches its own. Each file's contexts close with its connection.
 */
export function sharedChromium(): Promise<Browser> {
  const endpoint = inject('chromiumEndpoint');
  return endpoint ? chromium.connect(endpoint) : launch();
}

/** Viewports the suite covers: a 375 px phone and a 1280 px desktop. */
export const VIEWPORTS = {
  phone: { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  desktop: { viewport: { width: 1280, height: 720 } },
} as const satisfies Record<string, BrowserContextOptions>;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** One rule of a `_headers` file: a path pattern and, in order, the headers it sets (`value`) or detaches (`! Name`). */
interface HeaderRule {
  pattern: RegExp;
  lines: { name: string; value?: string }[];
}

/** The rules of a built folder's `_headers` file, in the file's order. */
export function headerRules(dir: string): HeaderRule[] {
  const file = join(dir, '_headers');
  if (!existsSync(file)) return [];
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim().startsWith('#') || line.trim() === '') continue;
    if (!/^\s/u.test(line)) {
      // A splat (*) matches any run of characters, as Netlify and Cloudflare Pages read it.
      const source = line
        .trim()
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/gu, '\\$&'))
        .join('.*');
      rules.push({ pattern: new RegExp(`^${source}$`, 'u'), lines: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: "${line.trim()}" comes before any path`);
    const detach = /^\s*!\s*(\S+)\s*$/u.exec(line);
    if (detach) rule.lines.push({ name: detach[1]! });
    else {
      const at = line.indexOf(':');
      rule.lines.push({ name: line.slice(0, at).trim(), value: line.slice(at + 1).trim() });
    }
  }
  return rules;
}

/**
 * The headers a `_headers` file gives a path (relative to the folder's root), as Cloudflare Pages applies them:
 * every matching rule in order, a header set twice joined with a comma (two policies, for a CSP), and `! Name`
 * dropping what an earlier rule set.
 */
export function hostHeaders(dir: string, path = '/', rules = headerRules(dir)): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter((r) => r.pattern.test(path))) {
    for (const { name, value } of rule.lines) {
      if (value === undefined) delete headers[name];
      else headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
    }
  }
  return headers;
}

/**
 * How a slow network delivers a page: its HTML in pieces, broken where `cuts` says (character offsets, in order), the
 * next piece sent only once `pause` resolves. `pause` is given the HTML sent so far, so a test can wait until the
 * browser has painted it: a slow link's gap, measured in frames rather than milliseconds.
 */
export interface Trickle {
  cuts: (html: string) => number[];
  pause: (sent: string) => Promise<void>;
}

/** Sends a page's HTML piece by piece, each flushed through the gzip stream so the browser can parse it at once. */
async function trickle(response: ServerResponse, html: string, gzip: boolean, { cuts, pause }: Trickle): Promise<void> {
  const out = gzip ? createGzip({ flush: constants.Z_SYNC_FLUSH }) : new PassThrough();
  out.pipe(response);
  let from = 0;
  for (const at of cuts(html)) {
    if (at <= from || at >= html.length) throw new Error(`Trickle: cut at ${at} is not after ${from} and inside the ${html.length} characters of the page`);
    out.write(html.slice(from, at));
    from = at;
    await pause(html.slice(0, at));
  }
  out.end(html.slice(from));
}

/**
 * Serves a built folder under a base path on a free loopback port, as a static host would (404.html for misses,
 * `_headers` applied, text gzipped); with `slow`, HTML arrives in pieces, as over a slow network.
 */
export async function serve(dir: string, base = '/', slow?: Trickle): Promise<{ origin: string; root: string; close: () => Promise<void> }> {
  const prefix = base.replace(/\/?$/u, '/');
  // Read at the first request, not now: the benchmark starts its server before the build that writes `_headers`.
  let rules: HeaderRule[] | undefined;
  const server: Server = createServer((request, response) => {
    rules ??= headerRules(dir);
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file: string | undefined;
    if (path.startsWith(prefix)) {
      const rest = normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/u, '');
      const candidate = join(dir, rest);
      file = [candidate, join(candidate, 'index.html')].find((f) => existsSync(f) && statSync(f).isFile());
    }
    const status = file ? 200 : 404;
    file ??= join(dir, '404.html');
    // A site without a 404 page (the benchmark's reference blog) gets the host's own plain one.
    if (!existsSync(file)) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // The rules' paths are the built folder's: a site served under a base path is matched below it.
    const headers = hostHeaders(dir, path.startsWith(prefix) ? `/${path.slice(prefix.length)}` : path, rules);
    // Text is sent gzipped to clients that ask, as every static host named in the README does.
    const gzip = /\bgzip\b/u.test(String(request.headers['accept-encoding'] ?? '')) && /^(text\/|application\/(json|xml)|image\/svg)/u.test(type);
    response.writeHead(status, { ...headers, 'Content-Type': type, Vary: 'Accept-Encoding', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
    const body = readFileSync(file);
    if (slow && type.startsWith('text/html')) {
      // A failed pause (a test's wait that timed out) breaks the page off, as a dropped connection does, and says why.
      trickle(response, body.toString('utf8'), gzip, slow).catch((error: unknown) => {
        console.error(`serve: ${path} broken off while trickling:`, error);
        response.destroy();
      });
      return;
    }
    response.end(gzip ? gzipSync(body) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return { origin, root: `${origin}${prefix}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** For a describe block: a browser and a server for a built folder, started before its tests and closed after. */
export function useServedSite(dir = distDir, base = '/') {
  const site = {} as { browser: Browser; server: Awaited<ReturnType<typeof serve>> };
  beforeAll(async () => {
    assertBuilt(dir);
    [site.browser, site.server] = await Promise.all([sharedChromium(), serve(dir, base)]);
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
