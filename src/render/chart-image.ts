import { type Canvas, createCanvas } from '@napi-rs/canvas';
import { Chart } from 'chart.js';
import { CHART_COMPONENTS, chartConfig, chartHeight, drawHatchTile, HATCH_TILE } from '../lib/charts/chart-config';
import { CHART_COLOURS, type ChartColours } from '../lib/charts/palettes';
import { STILL_DENSITY, type StillTheme } from '../lib/charts/stills';
import type { ChartSpec } from '../lib/figures/chart-model';
import { imageCanvas, SANS } from './canvas';

Chart.register(...CHART_COMPONENTS);

// A hatch tile is a small canvas of the same kind as the chart's.
function hatch(colour: string): CanvasPattern | string {
  const tile = createCanvas(HATCH_TILE, HATCH_TILE);
  const ctx = tile.getContext('2d');
  drawHatchTile(ctx, colour);
  // The @napi-rs/canvas pattern is what its own context fills with; Chart.js only passes it through.
  return (ctx.createPattern(tile, 'repeat') as unknown as CanvasPattern | null) ?? colour;
}

/** How a chart image is drawn: its colours, its width in CSS pixels and how many image pixels each of them gets. */
export interface ChartImageSetting {
  colours: ChartColours;
  width: number;
  scale: number;
}

/**
 * Draws a chart with Chart.js on a @napi-rs/canvas, from the same configuration as the page's canvas, at the
 * height the page reserves for it, and hands the drawing to `use` (to copy it into a larger image) before the
 * chart is let go.
 */
export function withChartImage<T>(spec: ChartSpec, setting: ChartImageSetting, use: (canvas: Canvas) => T): T {
  // Chart.js scales the canvas by the pixel ratio itself: it is made at the chart's size in CSS pixels.
  const canvas = imageCanvas(setting.width, chartHeight(spec));
  const config = chartConfig(spec, { palette: { ...setting.colours, font: SANS }, hatch, animate: false, responsive: false, devicePixelRatio: setting.scale });
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, config);
  try {
    return use(canvas);
  } finally {
    chart.destroy();
  }
}

/**
 * One chart's still (src/lib/charts/stills.ts): drawn on a clear ground, as the page's canvas is, in a scheme's
 * colours, at STILL_DENSITY image pixels per CSS pixel. A drawing that fails or comes out empty stops the build,
 * naming the chart: the page would otherwise show an empty box until its script runs, and for good without one.
 */
export function stillPng(chartId: string, spec: ChartSpec, theme: StillTheme, width: number): Buffer {
  const what = `chart ${chartId}: its ${theme} still ${width} px wide`;
  let png: Buffer;
  try {
    png = withChartImage(spec, { colours: CHART_COLOURS[theme], width, scale: STILL_DENSITY }, (canvas) => {
      const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      if (!data.some((value, index) => index % 4 === 3 && value > 0)) throw new Error('nothing was drawn');
      return canvas.toBuffer('image/png');
    });
  } catch (error) {
    throw new Error(`${what} could not be drawn: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return png;
}
