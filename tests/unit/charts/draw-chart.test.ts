// @vitest-environment jsdom
import type { Chart } from 'chart.js';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { drawChart } from '../../../src/components/chart/draw-chart';
import type { ChartSpec } from '../../../src/lib/figures/chart-model';
import { registerFonts } from '../../../src/render/canvas';
import { installCanvas, layOut, pixelsOf, pngOf } from '../../support/jsdom-canvas';
import { barsOf, countColour, type Pixels, type Rect, widthOf } from '../../support/pixels';

// The page's chart tokens, in colours of this test's own, so the drawing shows which token each part took.
const TOKENS = { stated: '#1f77b4', statedAlt: '#ff7f0e', derived: '#2ca02c', remainder: '#d62728', text: '#111111', surface: '#fafafa' };
const tokens = (extra = '') =>
  `:root { --chart-stated: ${TOKENS.stated}; --chart-stated-alt: ${TOKENS.statedAlt}; --chart-derived: ${TOKENS.derived}; ` +
  `--chart-remainder: ${TOKENS.remainder}; --chart-text: ${TOKENS.text}; --surface: ${TOKENS.surface}; ${extra} }`;
// Paper's, written out: the light scheme's parts in black on white.
const PRINT = { stated: '#0072b2', statedAlt: '#00497a', derived: '#a35c00', remainder: '#6f6a60', text: '#000000' };

// Four bars out of order of size, the last two derived: every colour token is used once.
const spec: ChartSpec = {
  form: 'bars',
  labels: ['Small', 'Large', 'Middle', 'Most of it'],
  values: [30, 120, 60, 90],
  displays: ['30', '120', '60', '90'],
  derived: [false, false, true, true],
};
// 24 px above the bars, 4 below, 61 for each of the four; the page reserves it and Chart.js fills it.
const HEIGHT = 272;
const WIDTH = 320;

let reduceMotion = false;
const charts: Chart[] = [];

beforeEach(() => {
  reduceMotion = false;
  installCanvas();
  // jsdom has neither: Chart.js watches its container's size, and the adapter asks about motion.
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
  window.matchMedia = (query: string) =>
    ({
      matches: reduceMotion && query === '(prefers-reduced-motion: reduce)',
      media: query,
      addEventListener() {},
      removeEventListener() {},
    }) as unknown as MediaQueryList;
  document.head.innerHTML = `<style>${tokens()}</style>`;
});

afterEach(() => {
  for (const chart of charts.splice(0)) chart.destroy();
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

// A chart's figure as the page writes it: the canvas carries its spec and the height the page reserves.
function chartCanvas(data = JSON.stringify(spec), { figureId = 'chart-test' as string | null } = {}): HTMLCanvasElement {
  const box = `<div class="box"><canvas data-chart='${data}' width="0" height="${HEIGHT}"></canvas></div>`;
  document.body.innerHTML = figureId === null ? box : `<figure id="${figureId}">${box}</figure>`;
  const canvas = document.querySelector('canvas')!;
  layOut(canvas.parentElement!, WIDTH, HEIGHT);
  return canvas;
}

const draw = (canvas: HTMLCanvasElement, forPrint?: boolean) => {
  const chart = drawChart(canvas, forPrint);
  charts.push(chart);
  return chart;
};

// In the left half of a bar, inside its border: how much is painted and how much left clear.
function coverage(image: Pixels, bar: Rect): { painted: number; clear: number } {
  let painted = 0;
  let clear = 0;
  let all = 0;
  for (let y = bar.y0 + 6; y < bar.y1 - 5; y += 1) {
    for (let x = bar.x0 + 6; x < bar.x0 + widthOf(bar) / 2; x += 1) {
      const alpha = image.at(x, y)[3];
      all += 1;
      if (alpha > 192) painted += 1;
      if (alpha < 64) clear += 1;
    }
  }
  return { painted: painted / all, clear: clear / all };
}

describe('drawChart on the page', () => {
  test('bars are drawn top to bottom in the spec’s order, in the page’s colour tokens, across the container’s width', () => {
    reduceMotion = true;
    const canvas = chartCanvas();
    draw(canvas);
    expect([canvas.width, canvas.height]).toEqual([WIDTH, HEIGHT]);
    const image = pixelsOf(canvas);
    const bars = barsOf(image, [TOKENS.stated, TOKENS.statedAlt, TOKENS.derived, TOKENS.remainder]);
    expect(bars.map((bar) => bar.colour)).toEqual([TOKENS.stated, TOKENS.statedAlt, TOKENS.derived, TOKENS.remainder]);
    const [small, large, middle, most] = bars.map(widthOf) as [number, number, number, number];
    // The largest spans the plot: the container's width but the 1 px of right padding.
    expect(large).toBeGreaterThanOrEqual(WIDTH - 3);
    expect([small / large, middle / large, most / large]).toEqual([expect.closeTo(0.25, 1), expect.closeTo(0.5, 1), expect.closeTo(0.75, 1)]);
    // Labels in the text token; the largest bar's value written inside it in the surface's colour.
    expect(countColour(image, TOKENS.text)).toBeGreaterThan(100);
    const inLarge = bars[1]!;
    expect(countColour(image, TOKENS.surface, { x: inLarge.x0, y: inLarge.y0, width: widthOf(inLarge), height: inLarge.y1 - inLarge.y0 })).toBeGreaterThan(10);
  });

  test('a derived bar is hatched in its token’s colour: stripes with the canvas clear between them', () => {
    reduceMotion = true;
    const canvas = chartCanvas();
    draw(canvas);
    const image = pixelsOf(canvas);
    const middle = barsOf(image, [TOKENS.derived])[0]!;
    const { painted, clear } = coverage(image, middle);
    expect(painted).toBeGreaterThan(0.2);
    expect(clear).toBeGreaterThan(0.2);
  });

  test('where the page cannot make a hatch tile, a derived bar is filled solid in its colour rather than not drawn', () => {
    reduceMotion = true;
    installCanvas({ detachedWithoutContext: true });
    const canvas = chartCanvas();
    draw(canvas);
    const image = pixelsOf(canvas);
    const middle = barsOf(image, [TOKENS.derived])[0]!;
    expect(widthOf(middle) / WIDTH).toBeCloseTo(0.5, 1);
    expect(coverage(image, middle).painted).toBeGreaterThan(0.95);
  });

  test('for a reader who does not ask for less motion the bars grow into place: none at first, all at full length once done', async () => {
    const canvas = chartCanvas();
    draw(canvas);
    expect(barsOf(pixelsOf(canvas), [TOKENS.stated, TOKENS.statedAlt])).toEqual([]);
    await vi.waitFor(
      () => {
        const bars = barsOf(pixelsOf(canvas), [TOKENS.stated, TOKENS.statedAlt]);
        expect(bars.map(widthOf)).toEqual([expect.closeTo(WIDTH / 4, -1), expect.toSatisfy((n: number) => n >= WIDTH - 3)]);
      },
      { timeout: 10_000, interval: 50 },
    );
  });

  test('paper gets the print palette at twice the pixels, drawn at once, whatever the screen’s tokens and motion', () => {
    const canvas = chartCanvas();
    draw(canvas, true);
    expect([canvas.width, canvas.height]).toEqual([2 * WIDTH, 2 * HEIGHT]);
    const image = pixelsOf(canvas);
    const bars = barsOf(image, [PRINT.stated, PRINT.statedAlt, PRINT.derived, PRINT.remainder]);
    expect(bars.map((bar) => bar.colour)).toEqual([PRINT.stated, PRINT.statedAlt, PRINT.derived, PRINT.remainder]);
    expect(widthOf(bars[1]!)).toBeGreaterThanOrEqual(2 * WIDTH - 6);
    expect(countColour(image, PRINT.text)).toBeGreaterThan(100);
    expect(barsOf(image, [TOKENS.stated, TOKENS.statedAlt, TOKENS.derived, TOKENS.remainder])).toEqual([]);
  });

  test('words are set in the page’s body font, or in the browser’s sans-serif where the page names none', () => {
    registerFonts();
    reduceMotion = true;
    // The same pixels give the same PNG bytes.
    const drawnWith = (font: string | undefined) => {
      document.head.innerHTML = `<style>${tokens(font === undefined ? '' : `--font-body: ${font};`)}</style>`;
      const canvas = chartCanvas();
      draw(canvas);
      return pngOf(canvas);
    };
    const serif = drawnWith('"Card Serif"');
    const sans = drawnWith('"Card Sans"');
    const none = drawnWith(undefined);
    expect(serif.equals(sans)).toBe(false);
    expect(none.equals(serif)).toBe(false);
    expect(none.equals(drawnWith('sans-serif'))).toBe(true);
  });

  test('a malformed data-chart stops the drawing, naming the chart’s figure, or saying none encloses it', () => {
    const pie = JSON.stringify({ ...spec, form: 'pie' });
    expect(() => draw(chartCanvas(pie, { figureId: 'chart-broken' }))).toThrow(new Error('chart chart-broken: data-chart is malformed'));
    expect(() => draw(chartCanvas(pie, { figureId: null }))).toThrow(new Error('chart (unknown): data-chart is malformed'));
  });
});
