import { Chart } from 'chart.js';
import { CHART_COMPONENTS, chartConfig, drawHatchTile, HATCH_TILE, type ChartPalette } from '../../lib/charts/chart-config';
import { CHART_COLOURS, CHART_TOKENS } from '../../lib/charts/palettes';
import { parseSpec } from '../../lib/charts/spec';

// Only what horizontal bars need, registered once when this chunk first loads.
Chart.register(...CHART_COMPONENTS);

const css = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

// The screen's colours come from the page's tokens, so they follow its scheme; paper gets the print palette.
function palette(forPrint: boolean): ChartPalette {
  const font = css('--font-body') || 'sans-serif';
  if (forPrint) return { ...CHART_COLOURS.print, font };
  return {
    stated: CHART_TOKENS.stated.map(css),
    derived: CHART_TOKENS.derived.map(css),
    text: css(CHART_TOKENS.text),
    bg: css(CHART_TOKENS.bg),
    font,
  };
}

// A hatch tile is a small canvas of the page's own.
function hatch(colour: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = HATCH_TILE;
  tile.height = HATCH_TILE;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  drawHatchTile(ctx, colour);
  return ctx.createPattern(tile, 'repeat') ?? colour;
}

/** Draws one chart into its canvas in the form its spec names, with the page's colours (or the print palette). */
export function drawChart(canvas: HTMLCanvasElement, forPrint = false): Chart<'bar', number[], string> {
  const reduceMotion = forPrint || window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  // Paper wants a sharper drawing than a screen: the canvas is scaled to the printed figure's width.
  const setting = { palette: palette(forPrint), hatch, animate: !reduceMotion, responsive: true, ...(forPrint ? { devicePixelRatio: 2 } : {}) };
  return new Chart(canvas, chartConfig(parseSpec(canvas.dataset.chart, canvas.closest('figure')?.id ?? '(unknown)'), setting));
}
