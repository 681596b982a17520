import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { selectAll } from 'hast-util-select';
import { assertBuilt, distDir, distFiles, loadPage } from '../support/dist';
import { allJs, BUDGETS, pageBytes, renderBlocking } from '../support/sizes';

assertBuilt();
const pages = distFiles().filter((f) => f.endsWith('.html'));

describe('byte budgets (gzip, deterministic: measured from dist/, never timed)', () => {
  test.each(pages)('%s: JavaScript before the first scroll is at most 5 KB', (page) => {
    const { jsBeforeScroll } = pageBytes(distDir, page);
    expect(jsBeforeScroll.gzip).toBeLessThanOrEqual(BUDGETS.jsBeforeScroll);
    // Chart.js loads as a chart nears, the quote links' code on a first selection in a paragraph.
    expect(jsBeforeScroll.files.join(' ')).not.toMatch(/draw-chart|quote-link/u);
  });

  // A module a script imports is fetched at high priority whatever the script's own; finished before the first paint,
  // Lighthouse counts it as holding the paint back. So each page's scripts import nothing up front.
  test.each(pages)('%s: its scripts up front are its script tags alone, at low priority, none importing another file', (page) => {
    const tags = selectAll('script[src]', loadPage(page));
    expect(pageBytes(distDir, page).jsBeforeScroll.files).toHaveLength(tags.length);
    expect(tags.filter((tag) => tag.properties.fetchPriority !== 'low')).toEqual([]);
  });

  test('the article and the ledger load one script each, the same file', () => {
    const sources = ['index.html', 'figures/index.html'].map((page) => selectAll('script[src]', loadPage(page)).map((tag) => tag.properties.src));
    expect(sources[0]).toHaveLength(1);
    expect(sources[1]).toEqual(sources[0]);
  });

  test.each(pages)('%s: HTML and CSS together are at most 30 KB', (page) => {
    const { html, css, inlineCss } = pageBytes(distDir, page);
    // The page does carry its styles (inline, counted in its HTML), so the sum below is not of an unstyled page.
    expect(inlineCss.raw + css.raw).toBeGreaterThan(1024);
    expect(html.gzip + css.gzip).toBeLessThanOrEqual(BUDGETS.htmlPlusCssPerPage);
  });

  test.each(pages)('%s: nothing in it blocks the first paint: its CSS is inline and its scripts are modules', (page) => {
    expect(renderBlocking(distDir, page)).toEqual([]);
    expect(pageBytes(distDir, page).inlineCss.raw).toBeGreaterThan(1024);
  });

  test('the render-blocking check finds a stylesheet link and a classic script in the head', () => {
    const dir = mkdtempSync(join(tmpdir(), 'blocking-'));
    const page = readFileSync(join(distDir, 'index.html'), 'utf8').replace(
      '</head>',
      '<link rel="stylesheet" href="/a.css"><script src="/b.js"></script></head>',
    );
    writeFileSync(join(dir, 'index.html'), page);
    expect(renderBlocking(dir, 'index.html')).toEqual(['stylesheet /a.css', 'script /b.js']);
    rmSync(dir, { recursive: true });
  });

  test('all JavaScript, the lazy chart code included, is at most 60 KB', () => {
    const js = allJs(distDir);
    expect(js.files.some((f) => f.includes('draw-chart'))).toBe(true);
    expect(js.gzip).toBeLessThanOrEqual(BUDGETS.jsTotal);
  });

  test('the article page runs some script up front (table of contents, copy link) but far less than the charts', () => {
    const { jsBeforeScroll } = pageBytes(distDir, 'index.html');
    expect(jsBeforeScroll.gzip).toBeGreaterThan(0);
    expect(jsBeforeScroll.gzip * 5).toBeLessThan(allJs(distDir).gzip);
  });
});
