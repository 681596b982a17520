import { type Canvas, createCanvas } from '@napi-rs/canvas';
import { Chart } from 'chart.js';
import { CHART_COMPONENTS, chartConfig, chartHeight, drawHatchTile, HATCH_TILE } from '../lib/charts/chart-config';
import type { ChartColours } from '../lib/charts/palettes';
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
