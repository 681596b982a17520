import { Chart } from 'chart.js';
import { describe, expect, test } from 'vitest';
import { CHART_COLOURS } from '../../../src/lib/charts/palettes';
import type { ChartSpec } from '../../../src/lib/figures/chart-model';
import { withChartImage } from '../../../src/render/chart-image';
import { barsOf, countColour, decodePng, widthOf } from '../../support/pixels';

const light = CHART_COLOURS.light;
// Three bars out of order of size, the last derived: its fill is a hatch of its colour.
const bars: ChartSpec = {
  form: 'bars',
  labels: ['Small', 'Large', 'Middle'],
  values: [30, 120, 60],
  displays: ['30', '120', '60'],
  derived: [false, false, true],
};
const stack: ChartSpec = {
  form: 'stack',
  labels: ['Delivered', 'Deal', 'Not itemised'],
  values: [1, 0.36, 2.64],
  displays: ['$1 billion', '$360 million', '$2.64 billion'],
  derived: [false, false, true],
};

const draw = (spec: ChartSpec, width: number, scale: number) =>
  decodePng(withChartImage(spec, { colours: light, width, scale }, (canvas) => canvas.toBuffer('image/png')));

describe('withChartImage', () => {
  test('bars are drawn top to bottom in the spec’s order, each as long as its value against the largest', () => {
    const image = draw(bars, 200, 2);
    // 24 px above the bars, 4 below, 61 for each of the three: 211 CSS pixels, twice over.
    expect([image.width, image.height]).toEqual([400, 422]);
    const found = barsOf(image, [light.stated[0], light.stated[1], light.derived[0]]);
    expect(found.map((bar) => bar.colour)).toEqual([light.stated[0], light.stated[1], light.derived[0]]);
    const [small, large, middle] = found.map(widthOf) as [number, number, number];
    // The largest spans the plot: all but the 1 px of right padding, at 2 image pixels a CSS pixel.
    expect(large).toBeGreaterThanOrEqual(394);
    expect(small / large).toBeCloseTo(30 / 120, 1);
    expect(middle / large).toBeCloseTo(60 / 120, 1);
    expect(found.every((bar) => bar.x0 <= 1)).toBe(true);
  });

  test('a derived bar is hatched: stripes of its colour with the image’s clear background between them, not a solid fill', () => {
    const image = draw(bars, 200, 2);
    const [middle] = barsOf(image, [light.derived[0]]);
    // The left half of the bar, inside its 1.5 px border; its value sits at its right end.
    const inside = { x: middle!.x0 + 6, y: middle!.y0 + 6, width: Math.floor(widthOf(middle!) / 2), height: middle!.y1 - middle!.y0 - 11 };
    let stripe = 0;
    let clear = 0;
    for (let y = inside.y; y < inside.y + inside.height; y += 1) {
      for (let x = inside.x; x < inside.x + inside.width; x += 1) {
        const [, , , alpha] = image.at(x, y);
        if (alpha > 192) stripe += 1;
        if (alpha < 64) clear += 1;
      }
    }
    const area = inside.width * inside.height;
    expect(countColour(image, light.derived[0], inside)).toBeGreaterThan(0.9 * stripe);
    expect(stripe / area).toBeGreaterThan(0.2);
    expect(clear / area).toBeGreaterThan(0.2);
  });

  test('a stacked bar’s parts run left to right in the spec’s order, each as wide as its share of the whole', () => {
    const image = draw(stack, 400, 1);
    // The bar is 36 px thick; the key's swatches below it are 14. The hatch's stripes are 8 px apart: one part.
    const parts = barsOf(image, [light.stated[0], light.stated[1], light.derived[0]], { reach: 6 });
    expect(parts.map((part) => part.colour)).toEqual([light.stated[0], light.stated[1], light.derived[0]]);
    const whole = parts.at(-1)!.x1 + 1 - parts[0]!.x0;
    // $1 billion, $360 million and $2.64 billion of $4 billion.
    expect(parts.map((part) => widthOf(part) / whole)).toEqual([expect.closeTo(0.25, 1), expect.closeTo(0.09, 1), expect.closeTo(0.66, 1)]);
    expect(whole).toBeGreaterThanOrEqual(396);
  });

  test('hands the drawing to its user, then lets the chart go: Chart.js keeps no instance of it', () => {
    const before = Object.keys(Chart.instances).length;
    // Chart.js finds a chart by its canvas, whatever kind of canvas that is.
    const chartOf = (canvas: unknown) => Chart.getChart(canvas as HTMLCanvasElement);
    const canvas = withChartImage(bars, { colours: light, width: 100, scale: 1 }, (drawn) => {
      expect(chartOf(drawn)).toBeDefined();
      return drawn;
    });
    expect(chartOf(canvas)).toBeUndefined();
    expect(Object.keys(Chart.instances)).toHaveLength(before);
  });
});
