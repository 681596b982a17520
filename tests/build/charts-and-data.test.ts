import type { Element } from 'hast';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import { charts } from '../../src/data/charts';
import { chartHeight } from '../../src/lib/charts/chart-config';
import { CHART_COLOURS } from '../../src/lib/charts/palettes';
import type { ChartSpec } from '../../src/lib/figures/chart-model';
import { claims, figures } from '../../src/data/figures';
import { assertBuilt, distDir, distFiles, loadPage } from '../support/dist';
import { VALUES_BY_HAND } from '../support/figures-by-hand';
import { countColour, decodePng } from '../support/pixels';

// What the page should say is read from what we declare (figures.ts, charts.ts) and from values worked out by
// hand, never from the code that builds it.
const stated = figures.filter((f) => f.kind === 'stated');
const derivedIds = new Set(figures.filter((f) => f.kind === 'derived').map((f) => f.id));
// The built paragraph whose words hold a quote, as a reader finds it.
const paragraphHolding = (quote: string) =>
  selectAll('p[id^="p-"]', page)
    .filter((p) => toString(p).includes(quote))
    .map((p) => String(p.properties.id));
let page: ReturnType<typeof loadPage>;
let ledgerPage: ReturnType<typeof loadPage>;

beforeAll(() => {
  assertBuilt();
  page = loadPage('index.html');
  ledgerPage = loadPage('figures/index.html');
});

describe('figures in the text', () => {
  test.each(stated.map((f) => [f.id, f] as const))('%s is marked once with its value and links to its chart or ledger row', (id, figure) => {
    const marks = selectAll(`a.figure-ref[data-figure="${id}"]`, page);
    expect(marks).toHaveLength(1);
    expect(select('data', marks[0]!)?.properties.value).toBe(String(figure.value));
    const href = String(marks[0]!.properties.href);
    const [path, fragment] = href.split('#');
    const target = path === '' ? page : ledgerPage;
    expect(select(`[id="${fragment}"]`, target), `${href} does not resolve`).toBeTruthy();
    expect(figure.quote).toContain(toString(marks[0]!));
  });
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
      // One description, on the box that holds the still and then the canvas; neither repeats it.
      const box = select('.chart-canvas[role="img"]', figure!);
      const canvas = select('canvas', box!);
      const spec = JSON.parse(String(canvas?.properties.dataChart)) as { values: number[]; displays: string[] };
      expect(String(box?.properties.ariaLabel)).toContain(spec.displays[0]);
      expect(selectAll('[aria-label], [role]', box!).filter((node) => node !== box)).toEqual([]);
      expect(selectAll('img', box!).map((image) => image.properties.alt)).toEqual(['']);
      expect(toString(box!).trim()).toBe('');
      // The table lists the whole, the parts and the extra rows, as charts.ts declares them, with their values.
      const declared = charts.find((c) => c.id === id)!;
      const tableIds = [
        ...('whole' in declared && declared.whole ? [declared.whole.figure] : []),
        ...declared.parts.map((p) => p.figure),
        ...(declared.alsoInTable ?? []).map((p) => p.figure),
      ];
      const rows = selectAll('tbody tr', figure!);
      expect(rows.map((row) => String(row.properties.dataFigure))).toEqual(tableIds);
      expect(rows.map((row) => Number(select('data', row)?.properties.value))).toEqual(tableIds.map((figureId) => VALUES_BY_HAND[figureId]));
      expect(rows.filter((row) => toString(row).includes('Derived')).map((row) => String(row.properties.dataFigure))).toEqual(
        tableIds.filter((figureId) => derivedIds.has(figureId)),
      );
      expect(spec.values).toEqual(declared.parts.map((p) => VALUES_BY_HAND[p.figure]));
      expect(toString(select('details.chart-details > summary', figure!)!)).toBe('Data, workings and source');
      const source = select('blockquote.chart-source', figure!);
      const paragraphLink = String(select('footer a', source!)?.properties.href);
      const paragraph = select(`[id="${paragraphLink.slice(1)}"]`, page);
      expect(toString(paragraph!)).toContain(toString(select('p', source!)!));
      const csv = String(select('a[download][href$=".csv"]', figure!)?.properties.href);
      expect(csv).toBe(`/data/${id}.csv`);
      expect(existsSync(join(distDir, csv))).toBe(true);
    },
  );

  test('each chart stands right after the paragraph that holds the words it is anchored to, in the same section', () => {
    const misplaced = charts.flatMap((chart) => {
      const holds = (c: Element) => c.tagName === 'chart-figure' && select(`figure.chart[id="${chart.id}"]`, c) !== undefined;
      const section = selectAll('section.article-section', page).find((s) => s.children.some((c) => c.type === 'element' && holds(c)));
      const siblings = section?.children.filter((c): c is Element => c.type === 'element') ?? [];
      const before = siblings[siblings.findIndex(holds) - 1];
      const anchor = [...figures, ...claims].find((entry) => entry.id === chart.anchor);
      const holder = anchor && 'quote' in anchor && anchor.quote ? paragraphHolding(anchor.quote) : [];
      const after = before?.tagName === 'p' ? String(before.properties.id) : `a ${before?.tagName ?? 'nothing'}`;
      return holder.length === 1 && holder[0] === after
        ? []
        : [`${chart.id} follows ${after}; its anchor's words stand in ${holder.join(', ') || 'no paragraph'}`];
    });
    expect(charts.length).toBeGreaterThan(0);
    expect(misplaced).toEqual([]);
  });

  test('the merged $4 billion chart keeps the id it replaced, so links to #chart-known still land on it', () => {
    const deals = select('figure.chart#chart-deals', page);
    expect(select('.anchor-alias#chart-known', deals!)).toBeTruthy();
    expect(deals?.properties.dataAliases).toBe('chart-known');
  });

  // By hand, from the unit test's arithmetic for each form (tests/unit/charts/chart-config.test.ts): padding, plot and key.
  test.each([
    { id: 'chart-deals', height: 2 + 50 + 3 * 40 + 8 },
    { id: 'chart-mi35', height: 24 + 2 * 54 + 4 },
    { id: 'chart-spending', height: 24 + 2 * 61 + 30 },
  ])('$id reserves $height px before its code loads: the canvas’s own height, the one its configuration draws at', ({ id, height }) => {
    const canvas = select(`figure.chart#${id} canvas`, page);
    expect([Number(canvas?.properties.width), Number(canvas?.properties.height)]).toEqual([0, height]);
    const spec = JSON.parse(String(canvas?.properties.dataChart)) as ChartSpec;
    expect(chartHeight(spec)).toBe(height);
  });

  test('derived bars and rows are marked as derived in words, not colour alone', () => {
    // Every chart draws a derived part: the unitemised rest, the gunships delivered and not, the spending of 2003.
    const withDerived = charts.filter((chart) => chart.parts.some((p) => derivedIds.has(p.figure)));
    expect(withDerived.map((chart) => chart.id)).toEqual(charts.map((chart) => chart.id));
    for (const chart of withDerived) {
      const figure = select(`figure.chart#${chart.id}`, page)!;
      const spec = JSON.parse(String(select('canvas', figure)?.properties.dataChart)) as { derived: boolean[] };
      expect(spec.derived, chart.id).toEqual(chart.parts.map((p) => derivedIds.has(p.figure)));
      // One line of workings per derived row, in words: "Derived <label>: <inputs> = <result> (<formula>)".
      const derivedRows = selectAll('tbody tr', figure).filter((row) => derivedIds.has(String(row.properties.dataFigure)));
      const lines = selectAll('.derivations li', figure).map((li) => toString(li));
      expect(lines).toHaveLength(derivedRows.length);
      expect(lines.filter((line) => !/^Derived [^:]+: .+ = .+ \(.+\)\./u.test(line))).toEqual([]);
    }
  });
});

describe('data downloads', () => {
  test.each(charts.map((c) => [c.id] as const))(
    '%s downloads as a PNG that stands alone: linked from its figure, twice the page’s size, drawn in the paper palette, with its words',
    (id) => {
      const link = selectAll(`figure.chart#${id} a[download]`, page).find((a) => String(a.properties.href).endsWith('.png'));
      expect(link?.properties.href).toBe(`/charts/${id}.png`);
      // What a sighted reader reads around the links, with its spaces: Astro drops line breaks between text and tags.
      const seen = (node: Element): string =>
        node.children
          .map((child) =>
            child.type === 'text'
              ? child.value
              : child.type === 'element' && !String(child.properties.className).includes('visually-hidden')
                ? seen(child)
                : '',
          )
          .join('');
      expect(
        seen(select(`figure.chart#${id} .chart-download`, page)!)
          .replace(/\s+/gu, ' ')
          .trim(),
      ).toBe('Download this chart as an image (PNG) or its data (CSV) · Embed this chart · All figures');
      const image = decodePng(readFileSync(join(distDir, `charts/${id}.png`)));
      // 640 CSS pixels at twice the density, as tall as its words and chart need.
      expect(image.width).toBe(1280);
      expect(image.height).toBeGreaterThan(500);
      expect(image.at(20, 40).slice(0, 3)).toEqual([255, 255, 255]);
      const spec = JSON.parse(String(select(`figure.chart#${id} canvas`, page)?.properties.dataChart)) as ChartSpec;
      const paper = CHART_COLOURS.print;
      // Not blank: the words are there in black, and each kind of part the spec draws is there in its colour.
      expect(countColour(image, paper.text, undefined, 40)).toBeGreaterThan(5000);
      if (spec.derived.some((d) => !d)) expect(countColour(image, paper.stated[0])).toBeGreaterThan(2000);
      if (spec.derived.some(Boolean)) expect(countColour(image, paper.derived[0])).toBeGreaterThan(500);
    },
  );

  test('figures.json lists every figure in figures.ts’s order, with its value and the paragraph that states it', () => {
    const json = JSON.parse(readFileSync(join(distDir, 'data/figures.json'), 'utf8')) as {
      figures: { id: string; value: number; paragraph: string | null; kind: string }[];
    };
    expect(json.figures.map((f) => [f.id, f.value])).toEqual(figures.map((f) => [f.id, VALUES_BY_HAND[f.id]]));
    expect(json.figures.map((f) => f.paragraph)).toEqual(figures.map((f) => ('quote' in f && f.quote ? (paragraphHolding(f.quote)[0] ?? 'none') : null)));
  });

  test('figures.csv has a header and one row per figure, in figures.ts’s order', () => {
    const lines = readFileSync(join(distDir, 'data/figures.csv'), 'utf8').trimEnd().split('\r\n');
    expect(lines[0]?.startsWith('id,label,value,unit,kind')).toBe(true);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(figures.map((f) => f.id));
  });

  test('the ledger page has a row for every figure and claim, and each quoted one links to the paragraph that holds its words', () => {
    const entries = [...figures, ...claims];
    expect(entries.filter((entry) => !select(`tr[id="${entry.id}"]`, ledgerPage)).map((entry) => entry.id)).toEqual([]);
    const quoted = entries.flatMap((entry) => ('quote' in entry && entry.quote ? [[entry.id, entry.quote] as const] : []));
    expect(quoted.length).toBe(stated.length + claims.length);
    expect(
      quoted.filter(([id, quote]) => !select(`a[href$="#${paragraphHolding(quote)[0] ?? 'none'}"]`, select(`tr[id="${id}"]`, ledgerPage)!)).map(([id]) => id),
    ).toEqual([]);
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
