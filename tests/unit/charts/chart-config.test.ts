import type { ChartDataset } from 'chart.js';
import { describe, expect, test } from 'vitest';
import type { Chart } from 'chart.js';
import { CHART_TEXT, chartConfig, chartHeight, directLabels, drawHatchTile, type ChartSetting, type LabelOptions } from '../../../src/lib/charts/chart-config';
import type { ChartSpec } from '../../../src/lib/figures/chart-model';

const stack: ChartSpec = { form: 'stack', labels: ['A', 'B', 'C'], values: [10, 30, 60], displays: ['10', '30', '60'], derived: [false, false, true] };
const units: ChartSpec = { form: 'units', labels: ['Delivered', 'Not'], values: [3, 2], displays: ['3', '2'], derived: [false, true] };
const bars: ChartSpec = { form: 'bars', labels: ['Then', 'Now'], values: [4, 120], displays: ['4', '120'], derived: [true, false], note: '30 times' };

// A hatch that names its colour, so the tests can see which parts were hatched and in what.
const setting = (overrides: Partial<ChartSetting> = {}): ChartSetting => ({
  palette: { stated: ['#111111', '#222222'], derived: ['#aa0000', '#bb0000'], text: '#000000', bg: '#ffffff', font: 'Test Sans' },
  hatch: (colour) => `hatch(${colour})`,
  animate: false,
  responsive: false,
  ...overrides,
});
const fills = (datasets: ChartDataset<'bar', number[]>[]) => datasets.map((d) => d.backgroundColor);

describe('chartConfig', () => {
  test('a stacked bar is one dataset a part, stated parts in solid colours in turn and derived parts hatched, on a scale ending at the whole', () => {
    const config = chartConfig(stack, setting());
    expect(config.data.datasets.map((d) => d.data)).toEqual([[10], [30], [60]]);
    expect(fills(config.data.datasets)).toEqual(['#111111', '#222222', 'hatch(#aa0000)']);
    expect(config.options?.scales?.x).toMatchObject({ stacked: true, max: 100, display: false });
    expect(config.data.labels).toEqual(['']);
  });

  test('a unit chart is one row a part and one dataset a column of units, each unit in its row’s fill, on a scale ending at the largest count', () => {
    const config = chartConfig(units, setting());
    expect(config.data.labels).toEqual(['Delivered', 'Not']);
    expect(config.data.datasets.map((d) => d.data)).toEqual([
      [1, 1],
      [1, 1],
      [1, 0],
    ]);
    expect(config.data.datasets.every((d) => JSON.stringify(d.backgroundColor) === JSON.stringify(['#111111', 'hatch(#aa0000)']))).toBe(true);
    expect(config.options?.scales?.x).toMatchObject({ stacked: true, max: 3 });
  });

  test('a bar chart is one dataset of labelled bars, the derived one hatched and outlined, on a scale ending at the longest', () => {
    const config = chartConfig(bars, setting());
    expect(config.data.labels).toEqual(['Then', 'Now']);
    expect(config.data.datasets).toHaveLength(1);
    expect(config.data.datasets[0]).toMatchObject({ data: [4, 120], backgroundColor: ['hatch(#aa0000)', '#111111'], borderWidth: [1.5, 0] });
    expect(config.options?.scales?.x).toMatchObject({ stacked: false, max: 120 });
  });

  test('what differs between the page and an image comes from the setting: motion, size-following and pixel density', () => {
    const page = chartConfig(stack, setting({ animate: true, responsive: true }));
    expect(page.options).toMatchObject({ animation: { duration: 500 }, responsive: true });
    expect(page.options).not.toHaveProperty('devicePixelRatio');
    const image = chartConfig(stack, setting({ devicePixelRatio: 2 }));
    expect(image.options).toMatchObject({ animation: false, responsive: false, devicePixelRatio: 2 });
  });

  test('labels are drawn by the directLabels plugin from the spec and the palette, with no axis, legend or event', () => {
    const config = chartConfig(bars, setting());
    expect(config.plugins?.map((plugin) => plugin.id)).toEqual(['directLabels']);
    expect(config.options?.plugins?.directLabels).toMatchObject({ spec: bars, palette: { text: '#000000', font: 'Test Sans' } });
    expect(config.options?.events).toEqual([]);
    expect(config.options?.scales?.y).toMatchObject({ display: false });
  });
});

describe('chartHeight', () => {
  test.each([
    { spec: stack, height: 2 + 50 + 3 * 40 + 8, plot: 50 },
    { spec: units, height: 24 + 2 * 54 + 4, plot: 2 * 54 },
    { spec: bars, height: 24 + 2 * 61 + 30, plot: 2 * 61 },
    { spec: { ...bars, note: undefined }, height: 24 + 2 * 61 + 4, plot: 2 * 61 },
  ])('a $spec.form chart of $spec.labels.length parts needs $height px: its bars, every label and key row, and its note', ({ spec, height, plot }) => {
    expect(chartHeight(spec)).toBe(height);
    // The height is the configuration's: the padding it asks for plus the room its bars take.
    const padding = chartConfig(spec, setting()).options?.layout?.padding as { top: number; bottom: number };
    expect(height - padding.top - padding.bottom).toBe(plot);
  });
});

describe('drawHatchTile', () => {
  test('strokes one diagonal in the part’s colour, from beyond one corner of the tile to beyond the other, so tiles join up', () => {
    const calls: unknown[][] = [];
    const ctx = {
      strokeStyle: '' as unknown,
      lineWidth: 0,
      beginPath: () => calls.push(['beginPath']),
      moveTo: (x: number, y: number) => calls.push(['moveTo', x, y]),
      lineTo: (x: number, y: number) => calls.push(['lineTo', x, y]),
      stroke: () => calls.push(['stroke', ctx.strokeStyle, ctx.lineWidth]),
    };
    drawHatchTile(ctx, '#a35c00');
    expect(calls).toEqual([['beginPath'], ['moveTo', -2, 10], ['lineTo', 10, -2], ['stroke', '#a35c00', 2.5]]);
  });
});

describe('how the parts are drawn', () => {
  test('derived parts take the derived colours in turn, and stated parts the stated ones, each list starting over when used up', () => {
    const many: ChartSpec = {
      ...stack,
      labels: ['A', 'B', 'C', 'D', 'E'],
      values: [1, 2, 3, 4, 5],
      displays: ['1', '2', '3', '4', '5'],
      derived: [true, false, true, false, true],
    };
    expect(fills(chartConfig(many, setting()).data.datasets)).toEqual(['hatch(#aa0000)', '#111111', 'hatch(#bb0000)', '#222222', 'hatch(#aa0000)']);
  });

  test('the bars lie along the x axis and fill the height the page reserves, whatever its shape', () => {
    expect(chartConfig(bars, setting()).options).toMatchObject({ indexAxis: 'y', maintainAspectRatio: false });
  });

  test('segments of a stacked bar and units of a unit row are parted by a line of the card’s colour on their right edge', () => {
    for (const dataset of chartConfig(stack, setting()).data.datasets) {
      expect(dataset).toMatchObject({ borderColor: '#ffffff', borderSkipped: false, borderWidth: { left: 0, right: 2, top: 0, bottom: 0 } });
    }
    for (const dataset of chartConfig(units, setting()).data.datasets) {
      expect(dataset).toMatchObject({ borderColor: '#ffffff', borderSkipped: false, borderWidth: { left: 0, right: 4, top: 0, bottom: 0 } });
    }
  });

  test('a derived bar is outlined in its colour on every side, so its hatch has an edge', () => {
    expect(chartConfig(bars, setting()).data.datasets[0]).toMatchObject({ borderColor: ['#aa0000', '#111111'], borderSkipped: false });
  });
});

// A 2D context that records what is drawn, with the state it is drawn in, and keeps save() and restore() honest.
// Text measures 7 px a character.
function recordingContext() {
  type State = { font: string; fillStyle: unknown; strokeStyle: unknown; lineWidth: number; textBaseline: string };
  const drawn: { op: string; args: unknown[]; state: State }[] = [];
  const saved: State[] = [];
  const state = (): State => ({
    font: ctx.font,
    fillStyle: ctx.fillStyle,
    strokeStyle: ctx.strokeStyle,
    lineWidth: ctx.lineWidth,
    textBaseline: ctx.textBaseline,
  });
  const record =
    (op: string) =>
    (...args: unknown[]) =>
      drawn.push({ op, args, state: state() });
  const ctx = {
    font: '10px sans-serif',
    fillStyle: '#000000' as unknown,
    strokeStyle: '#000000' as unknown,
    lineWidth: 1,
    textBaseline: 'alphabetic',
    save: () => saved.push(state()),
    restore: () => Object.assign(ctx, saved.pop() ?? {}),
    measureText: (text: string) => ({ width: text.length * 7 }),
    fillText: record('fillText'),
    fillRect: record('fillRect'),
    strokeRect: record('strokeRect'),
  };
  return { ctx, drawn, state };
}

// A chart as the plugin sees it once drawn: its plot area and, for bars and units, where each row ended up.
// Rows answer with their final place only when asked for it: mid-animation they are elsewhere.
type Row = { x: number; y: number; base: number; height: number };
function drawLabels(spec: ChartSpec, rows: Row[] = []) {
  const { ctx, drawn, state } = recordingContext();
  const meta = {
    data: rows.map((row) => ({ getProps: (_: string[], final?: boolean) => (final === true ? row : { x: 0, y: 0, base: 0, height: 0 }) })),
  };
  const chart = { ctx, chartArea: { left: 10, right: 310, top: 24, bottom: 150 }, getDatasetMeta: () => meta } as unknown as Chart<'bar'>;
  const before = state();
  const config = chartConfig(spec, setting());
  directLabels.afterDatasetsDraw?.(chart, {}, config.options!.plugins!.directLabels as LabelOptions, false);
  return { drawn, before, after: state() };
}
const texts = (drawn: ReturnType<typeof drawLabels>['drawn']) =>
  drawn.filter((call) => call.op === 'fillText').map(({ args: [text, x, y], state }) => ({ text, x, y, font: state.font, colour: state.fillStyle }));
const bold = `700 ${CHART_TEXT}px Test Sans`;
const regular = `400 ${CHART_TEXT}px Test Sans`;

describe('directLabels', () => {
  test('writes under a stacked bar a key row per part: a swatch in its fill and colour, its value in bold, and its label below, derived ones saying so', () => {
    const twoParts: ChartSpec = { form: 'stack', labels: ['Known', 'Rest'], values: [40, 60], displays: ['$40', 'about $60'], derived: [false, true] };
    const { drawn } = drawLabels(twoParts);
    // Rows start 12 px under the plot (bottom 150) and are 40 px apart.
    expect(texts(drawn)).toEqual([
      { text: '$40', x: 32, y: 171, font: bold, colour: '#000000' },
      { text: 'Known', x: 32, y: 189, font: regular, colour: '#000000' },
      { text: 'about $60', x: 32, y: 211, font: bold, colour: '#000000' },
      { text: 'Rest (derived)', x: 32, y: 229, font: regular, colour: '#000000' },
    ]);
    const swatches = drawn
      .filter((call) => call.op !== 'fillText')
      .map(({ op, args, state }) => ({ op, args, fill: state.fillStyle, stroke: state.strokeStyle }));
    expect(swatches).toEqual([
      { op: 'fillRect', args: [10, 164, 14, 14], fill: '#111111', stroke: '#000000' },
      { op: 'strokeRect', args: [10.75, 164.75, 12.5, 12.5], fill: '#111111', stroke: '#111111' },
      { op: 'fillRect', args: [10, 204, 14, 14], fill: 'hatch(#aa0000)', stroke: '#111111' },
      { op: 'strokeRect', args: [10.75, 204.75, 12.5, 12.5], fill: 'hatch(#aa0000)', stroke: '#aa0000' },
    ]);
  });

  test('leads each row of units with its count in bold and its label beside it, above the row where it has come to rest', () => {
    const { drawn } = drawLabels(units, [
      { x: 200, y: 50, base: 10, height: 22 },
      { x: 150, y: 104, base: 10, height: 22 },
    ]);
    // 10 px above the row's top edge; the label starts after the count and two spaces (3 characters, 21 px).
    expect(texts(drawn)).toEqual([
      { text: '3', x: 10, y: 29, font: bold, colour: '#000000' },
      { text: 'Delivered', x: 31, y: 29, font: regular, colour: '#000000' },
      { text: '2', x: 10, y: 83, font: bold, colour: '#000000' },
      { text: 'Not (derived)', x: 31, y: 83, font: regular, colour: '#000000' },
    ]);
  });

  test('labels each bar above it, writes its value inside its end where it fits and after it where not, and the note under the plot', () => {
    const { drawn } = drawLabels(bars, [
      { x: 30, y: 50, base: 10, height: 28 },
      { x: 310, y: 111, base: 10, height: 28 },
    ]);
    expect(texts(drawn)).toEqual([
      { text: 'Then (derived)', x: 10, y: 26, font: regular, colour: '#000000' },
      // "4" is 7 px wide: a bar of 20 px has no room for it and 16 px of margin, so it follows the bar.
      { text: '4', x: 36, y: 50, font: bold, colour: '#000000' },
      { text: 'Now', x: 10, y: 87, font: regular, colour: '#000000' },
      // Inside a solid bar, 6 px from its end, in the card's colour.
      { text: '120', x: 283, y: 111, font: bold, colour: '#ffffff' },
      { text: '→ 30 times', x: 10, y: 166, font: `700 ${CHART_TEXT + 1}px Test Sans`, colour: '#000000' },
    ]);
    expect(drawn.filter((call) => call.op !== 'fillText')).toEqual([]);
  });

  test.each([
    { room: 23, inside: true },
    { room: 22, inside: false },
  ])('a value goes inside its bar when the bar is at least its width and 16 px long ($room px for a 7 px value: inside $inside)', ({ room, inside }) => {
    const oneBar: ChartSpec = { form: 'bars', labels: ['Bar'], values: [1], displays: ['4'], derived: [false] };
    const [, value] = texts(drawLabels(oneBar, [{ x: 10 + room, y: 50, base: 10, height: 28 }]).drawn);
    expect(value).toMatchObject(inside ? { x: 10 + room - 13, colour: '#ffffff' } : { x: 10 + room + 6, colour: '#000000' });
  });

  test('a value inside a hatched bar sits on a patch of the card’s colour, in the text colour, so it stays legible', () => {
    const hatched: ChartSpec = { form: 'bars', labels: ['Derived'], values: [1], displays: ['120'], derived: [true] };
    const { drawn } = drawLabels(hatched, [{ x: 310, y: 111, base: 10, height: 28 }]);
    // The patch runs from 4 px before the text to 2 px past it, and 3 px above and below a 13 px line.
    expect(drawn.filter((call) => call.op === 'fillRect').map(({ args, state }) => ({ args, fill: state.fillStyle }))).toEqual([
      { args: [310 - 21 - 10, 111 - 6.5 - 3, 21 + 8, 19], fill: '#ffffff' },
    ]);
    expect(texts(drawn)[1]).toEqual({ text: '120', x: 283, y: 111, font: bold, colour: '#000000' });
  });

  test('a chart without a note writes nothing under its bars', () => {
    const { drawn } = drawLabels({ ...bars, note: undefined }, [
      { x: 30, y: 50, base: 10, height: 28 },
      { x: 310, y: 111, base: 10, height: 28 },
    ]);
    expect(texts(drawn).map((call) => call.text)).toEqual(['Then (derived)', '4', 'Now', '120']);
  });

  test('writes every label centred on its line, and leaves the canvas’s state as it found it', () => {
    for (const [spec, rows] of [
      [stack, []],
      [units, [{ x: 200, y: 50, base: 10, height: 22 }]],
      [bars, [{ x: 310, y: 111, base: 10, height: 28 }]],
    ] as const) {
      const { drawn, before, after } = drawLabels(spec, [...rows]);
      expect(drawn.length).toBeGreaterThan(0);
      expect(new Set(drawn.map((call) => call.state.textBaseline))).toEqual(new Set(['middle']));
      expect(after).toEqual(before);
    }
  });
});
