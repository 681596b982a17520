import type { Element } from 'hast';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import { charts } from '../../src/data/charts';
import { figures, ledgerInput } from '../../src/data/figures';
import { articleBlocks } from '../../src/lib/article/contract';
import { checkLedger } from '../../src/lib/figures/ledger';
import { readArticle } from '../support/article';
import { passed } from '../support/checked';
import { assertBuilt, distDir, distFiles, loadPage } from '../support/dist';

const ledger = passed(checkLedger(ledgerInput, articleBlocks(readArticle().body).paragraphs));
let page: ReturnType<typeof loadPage>;
let ledgerPage: ReturnType<typeof loadPage>;

beforeAll(() => {
  assertBuilt();
  page = loadPage('index.html');
  ledgerPage = loadPage('figures/index.html');
});

describe('figures in the text', () => {
  test.each(figures.filter((f) => f.kind === 'stated').map((f) => [f.id, f] as const))(
    '%s is marked once with its value and links to its chart or ledger row',
    (id, figure) => {
      const marks = selectAll(`a.figure-ref[data-figure="${id}"]`, page);
      expect(marks).toHaveLength(1);
      expect(select('data', marks[0]!)?.properties.value).toBe(String(figure.value));
      const href = String(marks[0]!.properties.href);
      const [path, fragment] = href.split('#');
      const target = path === '' ? page : ledgerPage;
      expect(select(`[id="${fragment}"]`, target), `${href} does not resolve`).toBeTruthy();
      expect(figure.quote).toContain(toString(marks[0]!));
    },
  );
});

describe('chart figures', () => {
  test.each(charts.map((c) => [c.id] as const))(
    '%s has a caption, a described canvas, a table of the ledger’s numbers, its source sentence and a CSV',
    (id) => {
      const figure = select(`figure.chart#${id}`, page);
      expect(figure).toBeTruthy();
      const caption = select('figcaption', figure!);
      expect(figure!.children.find((c) => c.type === 'element')).toBe(caption);
      expect(toString(select('.takeaway', caption!)!).length).toBeGreaterThan(30);
      expect(select(`a.self-link[href="#${id}"]`, figure!)).toBeTruthy();
      const canvas = select('canvas[role="img"]', figure!);
      const spec = JSON.parse(String(canvas?.properties.dataChart)) as { values: number[]; displays: string[] };
      expect(String(canvas?.properties.ariaLabel)).toContain(spec.displays[0]);
      for (const row of selectAll('tbody tr', figure!)) {
        const figureId = String(row.properties.dataFigure);
        const expected = ledger.figures.find((f) => f.id === figureId);
        expect(select('data', row)?.properties.value).toBe(String(expected?.value));
        const kindCell = toString(row).includes('Derived') ? 'derived' : 'stated';
        expect(kindCell).toBe(expected?.kind);
      }
      for (const value of spec.values) expect(selectAll('tbody data', figure!).map((d) => Number(d.properties.value))).toContain(value);
      expect(toString(select('details.chart-details > summary', figure!)!)).toBe('Data, workings and source');
      const source = select('blockquote.chart-source', figure!);
      const paragraphLink = String(select('footer a', source!)?.properties.href);
      const paragraph = select(`[id="${paragraphLink.slice(1)}"]`, page);
      expect(toString(paragraph!)).toContain(toString(select('p', source!)!));
      const csv = String(select('a[download]', figure!)?.properties.href);
      expect(existsSync(join(distDir, csv))).toBe(true);
    },
  );

  test('each chart stands right after the paragraph it illustrates, in the same section', () => {
    for (const chart of charts) {
      const holds = (c: Element) => c.tagName === 'chart-figure' && select(`figure.chart[id="${chart.id}"]`, c) !== undefined;
      const section = selectAll('section.article-section', page).find((s) => s.children.some((c) => c.type === 'element' && holds(c)));
      const siblings = section?.children.filter((c) => c.type === 'element') ?? [];
      const at = siblings.findIndex(holds);
      expect(at, `${chart.id} is not a child of an article section`).toBeGreaterThan(0);
      const before = siblings[at - 1];
      expect(before?.tagName, chart.id).toBe('p');
      const entry = [...ledger.figures, ...ledger.claims].find((e) => e.id === chart.anchor);
      const anchor = entry && 'location' in entry ? entry.location : undefined;
      expect(anchor, chart.id).toBeDefined();
      expect(before?.properties.id).toBe(`p-${anchor?.paragraph}`);
    }
  });

  test('the merged $4 billion chart keeps the id it replaced, so links to #chart-known still land on it', () => {
    const deals = select('figure.chart#chart-deals', page);
    expect(select('.anchor-alias#chart-known', deals!)).toBeTruthy();
    expect(deals?.properties.dataAliases).toBe('chart-known');
  });

  test('derived bars and rows are marked as derived in words, not colour alone', () => {
    for (const figure of selectAll('figure.chart', page)) {
      const spec = JSON.parse(String(select('canvas', figure)?.properties.dataChart)) as { derived: boolean[] };
      if (spec.derived.some(Boolean)) expect(toString(select('.derivations', figure)!)).toContain('=');
    }
  });
});

describe('data downloads', () => {
  test('figures.json lists every figure with the ledger’s values and paragraphs', () => {
    const json = JSON.parse(readFileSync(join(distDir, 'data/figures.json'), 'utf8')) as {
      figures: { id: string; value: number; paragraph: string | null; kind: string }[];
    };
    expect(json.figures.map((f) => f.id)).toEqual(ledger.figures.map((f) => f.id));
    for (const f of json.figures) {
      const expected = ledger.figures.find((x) => x.id === f.id)!;
      expect(f.value).toBe(expected.value);
      expect(f.paragraph).toBe(expected.kind === 'stated' ? `p-${expected.location.paragraph}` : null);
    }
  });

  test('figures.csv has a header and one row per figure', () => {
    const lines = readFileSync(join(distDir, 'data/figures.csv'), 'utf8').trimEnd().split('\r\n');
    expect(lines[0]?.startsWith('id,label,value,unit,kind')).toBe(true);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(ledger.figures.map((f) => f.id));
  });

  test('the ledger page has a row for every figure and claim, each linking to its paragraph', () => {
    for (const entry of [...ledger.figures, ...ledger.claims]) {
      const row = select(`tr[id="${entry.id}"]`, ledgerPage);
      expect(row, entry.id).toBeTruthy();
      if ('location' in entry) expect(select(`a[href$="#p-${entry.location.paragraph}"]`, row!)).toBeTruthy();
    }
  });
});

describe('chart code budget', () => {
  const js = () => distFiles().filter((f) => f.endsWith('.js'));
  const gz = (file: string) => gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;

  test('Chart.js and our chart script together stay under 60 KB gzip', () => {
    const chartChunks = js().filter((f) => readFileSync(join(distDir, f), 'utf8').includes('directLabels'));
    expect(chartChunks.length).toBeGreaterThan(0);
    const total = chartChunks.reduce((sum, f) => sum + gz(f), 0);
    expect(total).toBeLessThan(60 * 1024);
  });

  test('the page loads no chart code up front: Chart.js is only a dynamic import', () => {
    const html = readFileSync(join(distDir, 'index.html'), 'utf8');
    const upFront = selectAll('script', page).map((s) => (s.properties.src ? readFileSync(join(distDir, String(s.properties.src)), 'utf8') : toString(s)));
    expect(upFront.join('\n')).not.toMatch(/BarController|directLabels/);
    expect(html).not.toMatch(/<link[^>]+modulepreload[^>]+draw-chart/);
    expect(upFront.join('\n')).toMatch(/import\(\s*["'`][^"'`]*draw-chart/);
  });
});
