import { BarController, BarElement, CategoryScale, Chart, type ChartType, LinearScale, type Plugin } from 'chart.js';
import { readSpec } from './chart-spec';

// Only what a horizontal bar chart needs, registered once when this chunk first loads.
Chart.register(BarController, BarElement, CategoryScale, LinearScale);

const css = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

// Derived bars are hatched as well as coloured, so the distinction never rests on colour alone.
function hatch(colour: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  ctx.strokeStyle = colour;
  ctx.lineWidth = 2.5;
  ctx.beginPath();
  ctx.moveTo(-2, 10);
  ctx.lineTo(10, -2);
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat') ?? colour;
}

interface LabelOptions {
  labels: string[];
  displays: string[];
  colour: string;
  font: string;
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    directLabels?: LabelOptions;
  }
}

// Category labels sit above each bar and values at its end: no axis, tooltip or legend is needed to read it.
const directLabels: Plugin<'bar', LabelOptions> = {
  id: 'directLabels',
  afterDatasetsDraw(chart, _args, options) {
    const { ctx, chartArea } = chart;
    ctx.save();
    ctx.fillStyle = options.colour;
    ctx.textBaseline = 'bottom';
    chart.getDatasetMeta(0).data.forEach((bar, i) => {
      const { height = 0 } = bar.getProps(['height'], true) as { height?: number };
      ctx.font = `400 13px ${options.font}`;
      ctx.fillText(options.labels[i] ?? '', chartArea.left, bar.y - height / 2 - 3);
      ctx.font = `700 13px ${options.font}`;
      ctx.textBaseline = 'middle';
      ctx.fillText(options.displays[i] ?? '', bar.x + 6, bar.y);
      ctx.textBaseline = 'bottom';
    });
    ctx.restore();
  },
};

// Paper is white whatever the screen's scheme: printed charts use the light palette.
const PRINT = { stated: '#0072b2', derived: '#a35c00', text: '#000000' };

/** Draws one chart into its canvas with the page's current colours (or the print palette); returns the Chart. */
export function drawChart(canvas: HTMLCanvasElement, forPrint = false): Chart<'bar'> {
  const spec = readSpec(canvas);
  const { stated, derived, text } = forPrint ? PRINT : { stated: css('--chart-stated'), derived: css('--chart-derived'), text: css('--chart-text') };
  const reduceMotion = forPrint || window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const longest = Math.max(...spec.displays.map((d) => d.length));
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: [
        {
          data: spec.values,
          backgroundColor: spec.derived.map((d) => (d ? hatch(derived) : stated)),
          borderColor: spec.derived.map((d) => (d ? derived : stated)),
          borderWidth: spec.derived.map((d) => (d ? 2 : 0)),
          borderSkipped: false,
          barPercentage: 0.55,
          categoryPercentage: 1,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion ? false : { duration: 500 },
      layout: { padding: { right: longest * 8 + 10, top: 4 } },
      events: [],
      scales: {
        x: { display: false, beginAtZero: true },
        y: { display: false },
      },
      plugins: {
        directLabels: {
          labels: spec.labels.map((label, i) => (spec.derived[i] ? `${label} (derived)` : label)),
          displays: spec.displays,
          colour: text,
          font: css('--font-body') || 'sans-serif',
        },
      },
    },
    plugins: [directLabels],
  });
}
