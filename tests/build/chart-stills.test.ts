import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { assertBuilt, distDir, loadPage } from '../support/dist';
import { decodePng } from '../support/pixels';

assertBuilt();

// By hand: each chart's box height, as charts.test.ts has it; a still has twice its CSS pixels.
const HEIGHTS: Record<string, number> = { 'chart-deals': 180, 'chart-mi35': 136, 'chart-spending': 176 };
const PAGES = ['index.html', 'embed/chart-deals/index.html', 'embed/chart-mi35/index.html', 'embed/chart-spending/index.html'];

describe('each chart’s still, in the page', () => {
  test.each(PAGES)('%s: every still a chart’s picture names is there, a PNG of its chart at twice the named width and its box’s height', (path) => {
    const page = loadPage(path);
    const figures = selectAll('figure.chart', page);
    expect(figures.length).toBe(path === 'index.html' ? 3 : 1);
    for (const figure of figures) {
      const id = String(figure.properties.id);
      const picture = select('.chart-canvas > picture.chart-still', figure)!;
      const urls = [
        ...selectAll('source', picture).map((source) => String(source.properties.srcSet).replace(/ 2x$/u, '')),
        String(select('img', picture)?.properties.src),
      ];
      // Both schemes, a light one for print, and the img's own: at least four.
      expect(urls.length).toBeGreaterThanOrEqual(4);
      for (const url of urls) {
        const [, chart, , width] = /^\/charts\/still\/(chart-[a-z0-9]+)-(light|dark)-(\d+)\.png$/u.exec(url) ?? [];
        expect(chart, url).toBe(id);
        const image = decodePng(readFileSync(join(distDir, url)));
        expect([image.width, image.height], url).toEqual([Number(width) * 2, HEIGHTS[id]! * 2]);
      }
      expect(select('img', picture)?.properties.height).toBe(HEIGHTS[id]);
      // Paper is white: the first source, for print, is a light still.
      expect(select('source', picture)?.properties).toMatchObject({ media: 'print', srcSet: expect.stringMatching(/-light-\d+\.png 2x$/u) });
    }
  });
});
