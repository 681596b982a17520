import { BarController, BarElement, CategoryScale, Chart, type ChartDataset, type ChartType, LinearScale, type Plugin } from 'chart.js';
import type { ChartSpec } from '../lib/figures/chart-model';
import { readSpec } from './chart-spec';

// Only what horizontal bars need, registered once when this chunk first loads.
Chart.register(BarController, BarElement, CategoryScale, LinearScale);

const css = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/** Text size on every chart, in CSS pixels: never below 12. */
const TEXT = 13;
/** One row of the key under a stacked or unit bar: the value on one line, its label on the next. */
const KEY_ROW = 40;
const BAR = 36;

interface Palette {
  stated: readonly string[];
  derived: readonly string[];
  text: string;
  bg: string;
  font: string;
}

// Paper is white whatever the screen's scheme: printed charts use the light palette.
const PRINT = { stated: ['#0072b2', '#00497a'], derived: ['#a35c00', '#6f6a60'], text: '#000000', bg: '#ffffff' };

function palette(forPrint: boolean): Palette {
  const font = css('--font-body') || 'sans-serif';
  if (forPrint) return { ...PRINT, font };
  return {
    stated: [css('--chart-stated'), css('--chart-stated-alt')],
    derived: [css('--chart-derived'), css('--chart-remainder')],
    text: css('--chart-text'),
    bg: css('--surface'),
    font,
  };
}

// Derived parts are hatched as well as coloured, so the distinction never rests on colour alone.
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

/** How each drawn part looks: a solid colour for stated figures, a hatch of its colour for derived ones. */
interface PartStyle {
  colour: string;
  fill: CanvasPattern | string;
}

function partStyles(spec: ChartSpec, colours: Palette): PartStyle[] {
  let stated = 0;
  let derived = 0;
  return spec.derived.map((isDerived) => {
    const colour = isDerived ? (colours.derived[derived++ % colours.derived.length] ?? '') : (colours.stated[stated++ % colours.stated.length] ?? '');
    return { colour, fill: isDerived ? hatch(colour) : colour };
  });
}

const label = (spec: ChartSpec, i: number) => `${spec.labels[i] ?? ''}${spec.derived[i] ? ' (derived)' : ''}`;

interface LabelOptions {
  spec: ChartSpec;
  styles: PartStyle[];
  colours: Palette;
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    directLabels?: LabelOptions;
  }
}

// A value inside a solid bar is set in the card's colour; on a hatch it sits on a patch of it, to stay legible.
function valueOnBar(ctx: CanvasRenderingContext2D, text: string, right: number, y: number, colours: Palette, hatched: boolean): void {
  const width = ctx.measureText(text).width;
  if (hatched) {
    ctx.fillStyle = colours.bg;
    ctx.fillRect(right - width - 10, y - TEXT / 2 - 3, width + 8, TEXT + 6);
  }
  ctx.fillStyle = hatched ? colours.text : colours.bg;
  ctx.fillText(text, right - width - 6, y);
}

// A stacked bar: one row of the key per part under the bar, its swatch, value and label in words.
function drawKey(chart: Chart, { spec, styles, colours }: LabelOptions): void {
  const { ctx, chartArea } = chart;
  spec.labels.forEach((_, i) => {
    const top = chartArea.bottom + 12 + i * KEY_ROW;
    const style = styles[i];
    if (!style) return;
    ctx.fillStyle = style.fill;
    ctx.fillRect(chartArea.left, top + 2, 14, 14);
    ctx.strokeStyle = style.colour;
    ctx.lineWidth = 1.5;
    ctx.strokeRect(chartArea.left + 0.75, top + 2.75, 12.5, 12.5);
    ctx.fillStyle = colours.text;
    ctx.font = `700 ${TEXT}px ${colours.font}`;
    ctx.fillText(spec.displays[i] ?? '', chartArea.left + 22, top + 9);
    ctx.font = `400 ${TEXT}px ${colours.font}`;
    ctx.fillText(label(spec, i), chartArea.left + 22, top + 9 + TEXT + 5);
  });
}

// Bars and unit rows: each label above its row. A unit row leads with its count; a bar has its value at its end,
// inside the bar when it fits. The note, such as a ratio, goes under the bars.
function drawRowLabels(chart: Chart, { spec, colours }: LabelOptions): void {
  const { ctx, chartArea } = chart;
  const rows = chart.getDatasetMeta(0).data;
  rows.forEach((row, i) => {
    const { y, height } = row.getProps(['y', 'height'], true) as { y: number; height: number };
    const top = y - height / 2 - 10;
    const value = spec.displays[i] ?? '';
    ctx.fillStyle = colours.text;
    if (spec.form === 'units') {
      ctx.font = `700 ${TEXT}px ${colours.font}`;
      ctx.fillText(value, chartArea.left, top);
      const indent = ctx.measureText(`${value}  `).width;
      ctx.font = `400 ${TEXT}px ${colours.font}`;
      ctx.fillText(label(spec, i), chartArea.left + indent, top);
      return;
    }
    ctx.font = `400 ${TEXT}px ${colours.font}`;
    ctx.fillText(label(spec, i), chartArea.left, top);
    ctx.font = `700 ${TEXT}px ${colours.font}`;
    const { x, base } = row.getProps(['x', 'base'], true) as { x: number; base: number };
    const width = ctx.measureText(value).width;
    if (x - base >= width + 16) valueOnBar(ctx, value, x, y, colours, spec.derived[i] === true);
    else {
      ctx.fillStyle = colours.text;
      ctx.fillText(value, x + 6, y);
    }
  });
  if (spec.note) {
    ctx.font = `700 ${TEXT + 1}px ${colours.font}`;
    ctx.fillStyle = colours.text;
    ctx.fillText(`→ ${spec.note}`, chartArea.left, chartArea.bottom + 16);
  }
}

// Labels are drawn by hand: no axis, legend or tooltip is needed to read any chart.
const directLabels: Plugin<'bar', LabelOptions> = {
  id: 'directLabels',
  afterDatasetsDraw(chart, _args, options) {
    const { ctx } = chart;
    ctx.save();
    ctx.textBaseline = 'middle';
    if (options.spec.form === 'stack') drawKey(chart as Chart, options);
    else drawRowLabels(chart as Chart, options);
    ctx.restore();
  },
};

// A stacked bar is one dataset a part along one row; a unit chart one row a part, a dataset a unit column; bars one dataset.
function datasets(spec: ChartSpec, styles: PartStyle[], colours: Palette): ChartDataset<'bar', number[]>[] {
  // A line of the card's colour between segments and units, so neighbours stay apart and units can be counted.
  const gap = { borderColor: colours.bg, borderSkipped: false as const };
  if (spec.form === 'stack') {
    return spec.values.map((value, i) => ({
      ...gap,
      data: [value],
      backgroundColor: styles[i]?.fill ?? '',
      borderWidth: { left: 0, right: 2, top: 0, bottom: 0 },
      barThickness: BAR,
    }));
  }
  if (spec.form === 'units') {
    const most = Math.max(...spec.values);
    return Array.from({ length: most }, (_, unit) => ({
      ...gap,
      data: spec.values.map((count) => (unit < count ? 1 : 0)),
      backgroundColor: styles.map((s) => s.fill),
      borderWidth: { left: 0, right: 4, top: 0, bottom: 0 },
      barThickness: 22,
    }));
  }
  return [
    {
      data: spec.values,
      backgroundColor: styles.map((s) => s.fill),
      borderColor: styles.map((s) => s.colour),
      borderWidth: spec.derived.map((d) => (d ? 1.5 : 0)),
      borderSkipped: false,
      barThickness: 28,
    },
  ];
}

/** Draws one chart into its canvas in the form its spec names, with the page's colours (or the print palette). */
export function drawChart(canvas: HTMLCanvasElement, forPrint = false): Chart<'bar', number[], string> {
  const spec = readSpec(canvas);
  const colours = palette(forPrint);
  const styles = partStyles(spec, colours);
  const reduceMotion = forPrint || window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  // Stacked bar and unit rows stack their datasets; a unit row's scale is its largest count, so a unit is a unit.
  const stacked = spec.form !== 'bars';
  const oneRow = spec.form === 'stack';
  const scaleEnd = spec.form === 'stack' ? spec.values.reduce((sum, v) => sum + v, 0) : Math.max(...spec.values);
  return new Chart<'bar', number[], string>(canvas, {
    type: 'bar',
    data: { labels: oneRow ? [''] : spec.labels, datasets: datasets(spec, styles, colours) },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      // Paper wants a sharper drawing than a screen: the canvas is scaled to the printed figure's width.
      ...(forPrint ? { devicePixelRatio: 2 } : {}),
      animation: reduceMotion ? false : { duration: 500 },
      layout: { padding: oneRow ? { top: 2, right: 1, bottom: spec.labels.length * KEY_ROW + 4 } : { top: 24, right: 1, bottom: spec.note ? 30 : 4 } },
      events: [],
      scales: {
        // The scale ends at the whole (or the largest bar), not at a rounder number: the longest bar spans the plot.
        x: { display: false, beginAtZero: true, stacked, max: scaleEnd },
        y: { display: false, stacked },
      },
      plugins: { directLabels: { spec, styles, colours } },
    },
    plugins: [directLabels],
  });
}
