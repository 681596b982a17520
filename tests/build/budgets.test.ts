import { describe, expect, test } from 'vitest';
import { assertBuilt, distDir, distFiles } from '../support/dist';
import { allJs, BUDGETS, pageBytes } from '../support/sizes';

assertBuilt();
const pages = distFiles().filter((f) => f.endsWith('.html'));

describe('byte budgets (gzip, deterministic: measured from dist/, never timed)', () => {
  test.each(pages)('%s: JavaScript before the first scroll is at most 5 KB', (page) => {
    const { jsBeforeScroll } = pageBytes(distDir, page);
    expect(jsBeforeScroll.gzip).toBeLessThanOrEqual(BUDGETS.jsBeforeScroll);
    expect(jsBeforeScroll.files.join(' ')).not.toMatch(/draw-chart/u);
  });

  test.each(pages)('%s: HTML and CSS together are at most 30 KB', (page) => {
    const { html, css } = pageBytes(distDir, page);
    expect(css.files.length).toBeGreaterThan(0);
    expect(html.gzip + css.gzip).toBeLessThanOrEqual(BUDGETS.htmlPlusCssPerPage);
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
