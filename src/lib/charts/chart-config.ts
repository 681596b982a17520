import {
  BarController,
  BarElement,
  CategoryScale,
  type Chart,
  type ChartConfiguration,
  type ChartDataset,
  type ChartType,
  LinearScale,
  type Plugin,
} from 'chart.js';
import type { ChartSpec } from '../figures/chart-model';

/**
 * One chart configuration for every place a chart is drawn: the page's canvas (src/components/chart/draw-chart.ts) and
 * the images made at build time (src/render/chart-image.ts). Only what differs between them comes in as options:
 * the colours, how a hatch is cut, whether it animates and at what pixel density.
 */

/** The Chart.js pieces every chart needs, for `Chart.register` wherever Chart.js is loaded. */
export const CHART_COMPONENTS = [BarController, BarElement, CategoryScale, LinearScale] as const;

/** Text size on every chart, in CSS pixels: never below 12. */
export const CHART_TEXT = 13;
/** One row of the key under a stacked bar: the value on one line, its label on the next. */
const KEY_ROW = 40;
const BAR = 36;
const PLAIN_BAR = 28;
const UNIT_BAR = 22;
/** Room for the one bar of a stacked chart; for each row of units with its label above it; for each bar with its label. */
const STACK_PLOT = 50;
const UNIT_ROW = 54;
const BAR_ROW = 61;

/** The colours and font a chart is drawn in. */
export interface ChartPalette {
  stated: readonly string[];
  derived: readonly string[];
  text: string;
  bg: string;
  font: string;
}

/** How a chart is drawn in one place: its palette, how derived parts are hatched, motion and pixel density. */
export interface ChartSetting {
  palette: ChartPalette;
  /** A fill that hatches a colour: made from a small canvas of the place's own kind (DOM or @napi-rs/canvas). */
  hatch: (colour: string) => CanvasPattern | string;
  /** Whether the bars grow into place (never for print, images or readers who ask for less motion). */
  animate: boolean;
  /** Whether the chart follows its container's size (the page) or keeps its canvas's (images). */
  responsive: boolean;
  devicePixelRatio?: number;
}

/** The smallest 2D context that can draw a hatch tile: the DOM's and @napi-rs/canvas's both have it. */
export interface TileContext {
  strokeStyle: unknown;
  lineWidth: number;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  stroke(): void;
}

/** The side of the square tile a hatch repeats. */
export const HATCH_TILE = 8;

/** Draws one tile of the hatch that marks a derived part: a diagonal line in the part's colour. */
export function drawHatchTile(ctx: TileContext, colour: string): void {
  ctx.strokeStyle = colour;
  ctx.lineWidth = 2.5;
  ctx.beginPath();
  ctx.moveTo(-2, HATCH_TILE + 2);
  ctx.lineTo(HATCH_TILE + 2, -2);
  ctx.stroke();
}

/** The height a chart needs, in CSS pixels, to draw its bars and every label: the page reserves the same. */
export function chartHeight(spec: ChartSpec): number {
  const { top, bottom } = padding(spec);
  const rows = spec.labels.length;
  return top + bottom + (spec.form === 'stack' ? STACK_PLOT : rows * (spec.form === 'units' ? UNIT_ROW : BAR_ROW));
}

// A stacked bar has its key under it; below the key's last line stays room for its descenders (the "p" of
// "report"), in every font it is set in. Unit rows and bars have their labels above them and any note below.
function padding(spec: ChartSpec) {
  return spec.form === 'stack' ? { top: 2, right: 1, bottom: spec.labels.length * KEY_ROW + 8 } : { top: 24, right: 1, bottom: spec.note ? 30 : 4 };
}

/** Each drawn part: its value, and how it looks (a solid colour for a stated figure, a hatch of its colour for a derived one). */
interface PartStyle {
  value: number;
  colour: string;
  fill: CanvasPattern | string;
}

function partStyles(spec: ChartSpec, setting: ChartSetting): PartStyle[] {
  const { stated, derived } = setting.palette;
  let s = 0;
  let d = 0;
  return spec.values.map((value, i) => {
    const isDerived = spec.derived[i] === true;
    const colour = isDerived ? (derived[d++ % derived.length] ?? '') : (stated[s++ % stated.length] ?? '');
    // Derived parts are hatched as well as coloured, so the distinction never rests on colour alone.
    return { value, colour, fill: isDerived ? setting.hatch(colour) : colour };
  });
}

/** A part's label as drawn: derived parts say so in words. */
export const partLabel = (spec: ChartSpec, i: number) => `${spec.labels[i] ?? ''}${spec.derived[i] ? ' (derived)' : ''}`;

/** What the label plugin writes from: the spec, each part's style and the palette. */
export interface LabelOptions {
  spec: ChartSpec;
  styles: PartStyle[];
  palette: ChartPalette;
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    directLabels?: LabelOptions;
  }
}

// A value inside a solid bar is set in the card's colour; on a hatch it sits on a patch of it, to stay legible.
function valueOnBar(ctx: CanvasRenderingContext2D, text: string, right: number, y: number, palette: ChartPalette, hatched: boolean): void {
  const width = ctx.measureText(text).width;
  if (hatched) {
    ctx.fillStyle = palette.bg;
    ctx.fillRect(right - width - 10, y - CHART_TEXT / 2 - 3, width + 8, CHART_TEXT + 6);
  }
  ctx.fillStyle = hatched ? palette.text : palette.bg;
  ctx.fillText(text, right - width - 6, y);
}

// A stacked bar: one row of the key per part under the bar, its swatch, value and label in words.
function drawKey(chart: Chart, { spec, styles, palette }: LabelOptions): void {
  const { ctx, chartArea } = chart;
  styles.forEach((style, i) => {
    const top = chartArea.bottom + 12 + i * KEY_ROW;
    ctx.fillStyle = style.fill;
    ctx.fillRect(chartArea.left, top + 2, 14, 14);
    ctx.strokeStyle = style.colour;
    ctx.lineWidth = 1.5;
    ctx.strokeRect(chartArea.left + 0.75, top + 2.75, 12.5, 12.5);
    ctx.fillStyle = palette.text;
    ctx.font = `700 ${CHART_TEXT}px ${palette.font}`;
    ctx.fillText(spec.displays[i] ?? '', chartArea.left + 22, top + 9);
    ctx.font = `400 ${CHART_TEXT}px ${palette.font}`;
    ctx.fillText(partLabel(spec, i), chartArea.left + 22, top + 9 + CHART_TEXT + 5);
  });
}

// Bars and unit rows: each label above its row. A unit row leads with its count; a bar has its value at its end,
// inside the bar when it fits. The note, such as a ratio, goes under the bars.
function drawRowLabels(chart: Chart, { spec, palette }: LabelOptions): void {
  const { ctx, chartArea } = chart;
  const rows = chart.getDatasetMeta(0).data;
  rows.forEach((row, i) => {
    const { y, height } = row.getProps(['y', 'height'], true) as { y: number; height: number };
    const top = y - height / 2 - 10;
    const value = spec.displays[i] ?? '';
    ctx.fillStyle = palette.text;
    if (spec.form === 'units') {
      ctx.font = `700 ${CHART_TEXT}px ${palette.font}`;
      ctx.fillText(value, chartArea.left, top);
      const indent = ctx.measureText(`${value}  `).width;
      ctx.font = `400 ${CHART_TEXT}px ${palette.font}`;
      ctx.fillText(partLabel(spec, i), chartArea.left + indent, top);
      return;
    }
    ctx.font = `400 ${CHART_TEXT}px ${palette.font}`;
    ctx.fillText(partLabel(spec, i), chartArea.left, top);
    ctx.font = `700 ${CHART_TEXT}px ${palette.font}`;
    const { x, base } = row.getProps(['x', 'base'], true) as { x: number; base: number };
    const width = ctx.measureText(value).width;
    if (x - base >= width + 16) valueOnBar(ctx, value, x, y, palette, spec.derived[i] === true);
    else {
      ctx.fillStyle = palette.text;
      ctx.fillText(value, x + 6, y);
    }
  });
  if (spec.note) {
    ctx.font = `700 ${CHART_TEXT + 1}px ${palette.font}`;
    ctx.fillStyle = palette.text;
    ctx.fillText(`→ ${spec.note}`, chartArea.left, chartArea.bottom + 16);
  }
}

/** The plugin that writes every value and label on the chart itself: no axis, legend or tooltip is needed to read it. */
export const directLabels: Plugin<'bar', LabelOptions> = {
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
function datasets(spec: ChartSpec, styles: PartStyle[], palette: ChartPalette): ChartDataset<'bar', number[]>[] {
  // A line of the card's colour between segments and units, so neighbours stay apart and units can be counted.
  const gap = { borderColor: palette.bg, borderSkipped: false as const };
  if (spec.form === 'stack') {
    return styles.map((style) => ({
      ...gap,
      data: [style.value],
      backgroundColor: style.fill,
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
      barThickness: UNIT_BAR,
    }));
  }
  return [
    {
      data: [...spec.values],
      backgroundColor: styles.map((s) => s.fill),
      borderColor: styles.map((s) => s.colour),
      borderWidth: spec.derived.map((d) => (d ? 1.5 : 0)),
      borderSkipped: false,
      barThickness: PLAIN_BAR,
    },
  ];
}

/** The Chart.js configuration of one chart, in the form its spec names, for the page and the build alike. */
export function chartConfig(spec: ChartSpec, setting: ChartSetting): ChartConfiguration<'bar', number[], string> {
  const styles = partStyles(spec, setting);
  // Stacked bar and unit rows stack their datasets; a unit row's scale is its largest count, so a unit is a unit.
  const stacked = spec.form !== 'bars';
  const oneRow = spec.form === 'stack';
  const scaleEnd = oneRow ? spec.values.reduce((sum, v) => sum + v, 0) : Math.max(...spec.values);
  return {
    type: 'bar',
    data: { labels: oneRow ? [''] : [...spec.labels], datasets: datasets(spec, styles, setting.palette) },
    options: {
      indexAxis: 'y',
      responsive: setting.responsive,
      maintainAspectRatio: false,
      ...(setting.devicePixelRatio ? { devicePixelRatio: setting.devicePixelRatio } : {}),
      animation: setting.animate ? { duration: 500 } : false,
      layout: { padding: padding(spec) },
      events: [],
      scales: {
        // The scale ends at the whole (or the largest bar), not at a rounder number: the longest bar spans the plot.
        x: { display: false, beginAtZero: true, stacked, max: scaleEnd },
        y: { display: false, stacked },
      },
      plugins: { directLabels: { spec, styles, palette: setting.palette } },
    },
    plugins: [directLabels],
  };
}
