import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { LOCAL_ORIGIN } from '../../src/lib/site/deploy-target';
import { readArticle } from '../support/article';
import { hostHeaders } from '../support/browser';
import { BASE_DIST } from '../support/build-base';
import { assertBuilt, distDir, distFiles, loadPage } from '../support/dist';

assertBuilt();
const article = loadPage('index.html');
const ids = selectAll('figure.chart', article).map((figure) => String(figure.properties.id));
const text = (node: Parameters<typeof toString>[0] | undefined) => (node ? toString(node).replace(/\s+/gu, ' ').trim() : '');
// The directive of a policy, read as CSP reads it: directives split on ';', sources on spaces.
const directive = (policy: string | undefined, name: string) =>
  (policy ?? '')
    .split(/[;,]/u)
    .map((part) => part.trim().split(/\s+/u))
    .filter(([directiveName]) => directiveName === name)
    .map((sources) => sources.slice(1).join(' '));

describe('embed pages', () => {
  test.each(ids)('/embed/%s/ holds the article’s chart, its title and takeaway and a source line linking back, and nothing of the site around it', (id) => {
    const page = loadPage(`embed/${id}/index.html`);
    const figure = select(`figure.chart#${id}`, article)!;
    const embedded = select('main figure.chart', page)!;
    expect(embedded).toBeTruthy();
    // The same drawing: the same spec and description as the article's canvas.
    expect(select('canvas', embedded)?.properties.dataChart).toBe(select('canvas', figure)?.properties.dataChart);
    expect(select('.chart-canvas', embedded)?.properties.ariaLabel).toBe(select('.chart-canvas', figure)?.properties.ariaLabel);
    expect(select('.chart-canvas', embedded)?.properties.ariaLabel).toEqual(expect.stringContaining(': '));
    expect(text(select('.chart-title', embedded))).toBe(text(select('.chart-title', figure)));
    expect(text(select('.takeaway', embedded))).toBe(text(select('.takeaway', figure)));
    // The source, and the chart in the article, open outside the frame.
    const links = selectAll('.embed-source a', embedded);
    expect(links.map((a) => a.properties.href)).toEqual([readArticle().frontmatter.source.url, `/#${id}`]);
    for (const link of links) expect(link.properties).toMatchObject({ target: '_blank', rel: ['noopener'] });
    expect(text(select('.embed-source', embedded))).toMatch(/^Source: Azatutyun .*Charted and checked by Arms to Baku, checked/u);
    expect(select('meta[name="robots"]', page)?.properties.content).toBe('noindex');
    expect(selectAll('header.site-header, footer.site-footer, details, copy-link', page)).toEqual([]);
  });
});

// Where each embed page sends search engines and shares: the chart in the article, written out by hand.
const CANONICAL = [
  ['chart-deals', 'http://localhost:4321/#chart-deals', 'https://example.org/arms-report/#chart-deals'],
  ['chart-mi35', 'http://localhost:4321/#chart-mi35', 'https://example.org/arms-report/#chart-mi35'],
  ['chart-spending', 'http://localhost:4321/#chart-spending', 'https://example.org/arms-report/#chart-spending'],
] as const;

describe('embed pages stay out of search and point to the chart in the article', () => {
  test('the table below names every embed page of the build, and every chart of the article has one', () => {
    const built = distFiles().flatMap((file) => /^embed\/([^/]+)\/index\.html$/u.exec(file)?.[1] ?? []);
    expect(CANONICAL.map(([id]) => id)).toEqual(built);
    expect(ids).toEqual(built);
  });

  test.each(CANONICAL)('/embed/%s/ is noindex, with its canonical URL %s (and %s under a base path)', (id, canonical, underBase) => {
    for (const [dir, expected] of [
      [distDir, canonical],
      [BASE_DIST, underBase],
    ] as const) {
      assertBuilt(dir);
      const page = loadPage(`embed/${id}/index.html`, dir);
      expect(selectAll('meta[name="robots"]', page).map((meta) => meta.properties.content)).toEqual(['noindex']);
      expect(selectAll('link[rel="canonical"]', page).map((link) => link.properties.href)).toEqual([expected]);
    }
  });

  test('the sitemap lists no embed page', () => {
    const urls = [...readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => url?.includes('/embed/'))).toEqual([]);
  });
});

describe('an embed page follows the theme its host asks for', () => {
  test.each(ids)('/embed/%s/ sets its theme from ?theme= in an inline script before anything is drawn, allowed by its hash', (id) => {
    const page = loadPage(`embed/${id}/index.html`);
    const [script, ...more] = selectAll('script:not([src])', page);
    expect(more).toEqual([]);
    expect(toString(script!)).toMatch(/URLSearchParams\(location\.search\)\.get\("theme"\)/u);
    // In the head, ahead of every stylesheet, so no style is computed and nothing painted before the theme is set.
    const head = select('head', page)!.children.filter((node) => node.type === 'element');
    expect(head.indexOf(script!)).toBeLessThan(head.findIndex((node) => node.tagName === 'style'));
    const hash = `'sha256-${createHash('sha256').update(toString(script!), 'utf8').digest('base64')}'`;
    const meta = String(select('meta[http-equiv="content-security-policy"]', page)?.properties.content);
    expect(directive(meta, 'script-src')[0]?.split(' ')).toContain(hash);
    expect(directive(hostHeaders(distDir, `/embed/${id}/`)['Content-Security-Policy'], 'script-src')[0]?.split(' ')).toContain(hash);
  });
});

describe('the embed code, on the ledger', () => {
  const ledger = loadPage('figures/index.html');
  /** The code under the chart's heading on the ledger, and the heading: the article's chart links to it by id. */
  const offered = (id: string) => ({ heading: select(`h3#embed-${id}`, ledger), block: select(`h3#embed-${id} + .chart-embed`, ledger) });

  test.each(ids)('%s: its evidence panel links to its code on the ledger, under a heading that is its title', (id) => {
    const figure = select(`figure.chart#${id}`, article)!;
    const link = selectAll('.chart-details a', figure).find((a) => text(a).startsWith('Embed this chart'));
    expect(link?.properties.href).toBe(`/figures/#embed-${id}`);
    expect(text(link)).toBe(`Embed this chart: ${text(select('.chart-title', figure))}`);
    expect(text(offered(id).heading)).toBe(text(select('.chart-title', figure)));
    // The article carries no embed code of its own: it would push the document past TCP's first round trip.
    expect(selectAll('.chart-embed, pre code', article).filter((node) => toString(node).includes('<iframe'))).toEqual([]);
  });

  test.each(ids)('%s offers an iframe of its embed page, named by its title, at a fixed height that holds the chart and its words', (id) => {
    const { block } = offered(id);
    const code = toString(select('pre code', block!)!);
    // The button copies the code the reader sees, named by id, not a second copy kept in an attribute.
    const source = String(select('copy-link', block!)?.properties.dataTextFrom);
    expect(toString(select(`pre#${source}`, block!)!)).toBe(code);
    expect(selectAll('[data-text]', ledger)).toEqual([]);
    expect(text(select('copy-link button', block!))).toMatch(/^Copy embed code/u);
    const iframe = select('iframe', fromHtml(code, { fragment: true }));
    expect(iframe?.properties.src).toBe(`${LOCAL_ORIGIN}/embed/${id}/`);
    expect(iframe?.properties.title).toBe(`Chart: ${text(select(`figure.chart#${id} .chart-title`, article))}`);
    // The drawing's reserved height, plus the 298 px the longest chart's words took in a 320 px frame (measured in Chromium).
    const drawing = Number(select('canvas', loadPage(`embed/${id}/index.html`))?.properties.height);
    expect(drawing).toBeGreaterThan(100);
    expect(Number(iframe?.properties.height)).toBeGreaterThanOrEqual(drawing + 298);
  });

  test.each(ids)('%s: the code ends with a listener that resizes the frame on height messages from the embed’s own origin, naming its chart', (id) => {
    const code = toString(select('pre code', offered(id).block!)!);
    const tree = fromHtml(code, { fragment: true });
    expect(selectAll('iframe, script', tree).map((element) => element.tagName)).toEqual(['iframe', 'script']);
    const script = toString(select('script', tree)!);
    expect(script).toContain('addEventListener("message"');
    expect(script).toContain('event.origin !== "http://localhost:4321"');
    expect(script).toContain('type !== "baku-arms:embed-height"');
    expect(script).toContain(`chart !== "${id}"`);
    expect(script).toContain('frame.contentWindow === event.source');
    expect(script).toContain('frame.style.height');
  });
});

describe('framing, as the host headers allow it', () => {
  test('the article, the ledger and the share pages refuse every frame; embed pages, and only they, allow any site to frame them', () => {
    for (const path of ['/', '/figures/', '/share/alarm-in-armenia/', '/no-such-page/']) {
      expect(directive(hostHeaders(distDir, path)['Content-Security-Policy'], 'frame-ancestors'), path).toEqual(["'none'"]);
    }
    for (const id of ids) {
      const csp = hostHeaders(distDir, `/embed/${id}/`)['Content-Security-Policy'];
      // One policy, the site's own in all but framing and the page's own hashes: a second, stricter one would still
      // refuse the frame.
      expect(directive(csp, 'frame-ancestors')).toEqual(['*']);
      const withoutHashes = (policy: string | undefined) => policy?.replace(/ 'sha256-[\w+/]{43}='/gu, '');
      expect(withoutHashes(csp)?.replace('frame-ancestors *', '')).toBe(
        withoutHashes(hostHeaders(distDir, '/')['Content-Security-Policy'])?.replace("frame-ancestors 'none'", ''),
      );
    }
  });
});
