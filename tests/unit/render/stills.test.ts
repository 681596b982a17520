import { describe, expect, test } from 'vitest';
import type { ChartSpec } from '../../../src/lib/figures/chart-model';
import { stillPng } from '../../../src/render/chart-image';
import { countColour, decodePng } from '../../support/pixels';

// Two stated bars, the second three times the first. Heights by hand from chart-config: a bars chart of two rows.
const spec: ChartSpec = { form: 'bars', labels: ['First', 'Second'], values: [1, 3], displays: ['1', '3'], derived: [false, false] };

describe('stillPng: a chart drawn at build time for the page to show before Chart.js', () => {
  test.each([
    { theme: 'light', bar: '#0072b2', other: '#56b4e9' },
    { theme: 'dark', bar: '#56b4e9', other: '#0072b2' },
  ] as const)('in $theme, it is drawn at twice the CSS size on a clear ground, with its scheme’s bar colour only', ({ theme, bar, other }) => {
    const image = decodePng(stillPng('chart-test', spec, theme, 300));
    expect(image.width).toBe(600);
    expect(image.height % 2).toBe(0);
    expect(image.at(0, 0)[3]).toBe(0);
    expect(countColour(image, bar)).toBeGreaterThan(1000);
    expect(countColour(image, other, undefined, 16)).toBe(0);
  });

  test('a still that cannot be drawn stops the build, naming the chart, its scheme and width', () => {
    expect(() => stillPng('chart-broken', spec, 'dark', 0)).toThrow(/^chart chart-broken: its dark still 0 px wide could not be drawn: /u);
  });

  test('a still on which nothing is drawn stops the build rather than show an empty box', () => {
    const empty: ChartSpec = { form: 'bars', labels: [], values: [], displays: [], derived: [] };
    expect(() => stillPng('chart-empty', empty, 'light', 300)).toThrow('chart chart-empty: its light still 300 px wide could not be drawn: nothing was drawn');
  });

  test('the build’s error keeps the drawing’s own error as its cause, for the stack trace', () => {
    const empty: ChartSpec = { form: 'bars', labels: [], values: [], displays: [], derived: [] };
    expect(() => stillPng('chart-empty', empty, 'light', 300)).toThrow(expect.objectContaining({ cause: new Error('nothing was drawn') }));
  });
});
