import type { ChartDataset } from 'chart.js';
import { describe, expect, test } from 'vitest';
import { chartConfig, chartHeight, drawHatchTile, type ChartSetting } from '../../../src/lib/charts/chart-config';
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
