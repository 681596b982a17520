import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { PAPER, SCHEMES } from '../../src/lib/site/palette';
import { overGround, readBars } from '../support/bars';
import { assertBuilt, distDir, loadPage } from '../support/dist';
import { CHARTS_BY_HAND, VALUES_BY_HAND } from '../support/figures-by-hand';
import { decodePng } from '../support/pixels';

assertBuilt();

// A part's length may differ from its value's share by the line of ground (2 CSS pixels, up to 2 image pixels each)
// that ends every stacked part, and a pixel of anti-aliasing: a reversed or rescaled bar is off by tens.
const TOLERANCE = 5;

const chartIds = Object.keys(CHARTS_BY_HAND);

// Each chart as a reader meets it drawn at build time: the image to download, on paper; its share card, in the dark
// scheme on the chart's panel; and the stills the page shows until Chart.js draws, on a clear ground, in each
// scheme, at the narrowest and the widest of their widths (256 and 928 CSS pixels).
const images = chartIds.flatMap((chart) => [
  { chart, file: `charts/${chart}.png`, scheme: SCHEMES.light, ground: PAPER['--bg'] },
  { chart, file: `share/${chart}.png`, scheme: SCHEMES.dark, ground: SCHEMES.dark['--surface'] },
  ...(['light', 'dark'] as const).flatMap((theme) =>
    [256, 928].map((width) => ({ chart, file: `charts/still/${chart}-${theme}-${width}.png`, scheme: SCHEMES[theme], ground: SCHEMES[theme]['--surface'] })),
  ),
]);

describe('the bars a reader sees in every chart image', () => {
  test('the build draws an image to download of each of the three charts, and no other', () => {
    expect(chartIds).toEqual(['chart-deals', 'chart-mi35', 'chart-spending']);
    const files = readdirSync(join(distDir, 'charts'), { withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.map((entry) => entry.name).sort()).toEqual(chartIds.map((id) => `${id}.png`));
  });

  test('each chart on the page is labelled with the hand’s labels, in the hand’s order', () => {
    const page = loadPage('index.html');
    const built = selectAll('figure.chart canvas[data-chart]', page).map((canvas) => {
      const spec = JSON.parse(String(canvas.properties.dataChart)) as { form: string; labels: string[] };
      return [spec.form, spec.labels];
    });
    expect(built).toEqual(Object.values(CHARTS_BY_HAND).map(({ form, parts }) => [form, parts.map((part) => part.label)]));
  });

  test.each(images)('$file draws the parts of $chart in the hand’s order, each as long against the others as its value', ({ chart, file, scheme, ground }) => {
    const { form, parts } = CHARTS_BY_HAND[chart]!;
    const colours = parts.map((part) => scheme[part.colour]);
    // A still's ground is clear: it is read as it shows over the chart colours' own ground.
    const bars = readBars(overGround(decodePng(readFileSync(join(distDir, file))), ground), [...new Set(colours)], ground);
    // Order: the colours met top to bottom and left to right are the parts' colours in the hand's order.
    expect(bars.map((bar) => bar.colour)).toEqual(colours);
    if (form === 'stack') {
      // One bar, cut into its parts from left to right.
      expect(new Set(bars.map((bar) => bar.top)).size).toBe(1);
      bars.slice(1).forEach((bar, i) => expect(bar.left).toBeGreaterThan(bars[i]!.left + bars[i]!.length));
    } else {
      // One row a part, each under the one before, all from the same left edge.
      bars.slice(1).forEach((bar, i) => expect(bar.top).toBeGreaterThanOrEqual(bars[i]!.bottom));
      expect(new Set(bars.map((bar) => bar.left)).size).toBe(1);
    }
    // Relative lengths: against the longest part, each is as long as its value's share of the longest value.
    const values = parts.map((part) => VALUES_BY_HAND[part.figure]!);
    const longest = values.indexOf(Math.max(...values));
    const unit = bars[longest]!.length / values[longest]!;
    const lengths = bars.map((bar) => bar.length);
    lengths.forEach((length, i) => expect(Math.abs(length - values[i]! * unit), `${parts[i]!.label}: ${length} px`).toBeLessThanOrEqual(TOLERANCE));
    // A row of units is counted: one piece a gunship. Anything else is one piece.
    expect(bars.map((bar) => bar.pieces)).toEqual(form === 'units' ? values : values.map(() => 1));
    // Derived parts are hatched (ground shows through their stripes), stated ones solid.
    expect(bars.map((bar) => (bar.fill < 0.75 ? 'hatched' : bar.fill > 0.9 ? 'solid' : `fill ${bar.fill}`))).toEqual(
      parts.map((part) => (part.hatched ? 'hatched' : 'solid')),
    );
  });
});
