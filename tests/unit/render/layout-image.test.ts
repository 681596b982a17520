import { describe, expect, test } from 'vitest';
import { chartHeight } from '../../../src/lib/charts/chart-config';
import { CHART_COLOURS } from '../../../src/lib/charts/palettes';
import type { ChartSpec } from '../../../src/lib/figures/chart-model';
import { CARD, type Layout, sectionCardLayout } from '../../../src/lib/share/card-layout';
import { withChartImage } from '../../../src/render/chart-image';
import { IMAGE_FONTS, layoutPng, measureText } from '../../../src/render/layout-image';
import { areas, barsOf, countColour, decodePng, type Rect } from '../../support/pixels';

const spec: ChartSpec = {
  form: 'stack',
  labels: ['Delivered', 'Deal', 'Not itemised'],
  values: [1, 0.36, 2.64],
  displays: ['$1 billion', '$360 million', '$2.64 billion'],
  derived: [false, false, true],
};

describe('withChartImage', () => {
  test('Chart.js draws the chart at the asked width and pixel density, in the palette’s colours, with its hatch and its words', () => {
    const light = CHART_COLOURS.light;
    const png = withChartImage(spec, { colours: light, width: 300, scale: 2 }, (canvas) => canvas.toBuffer('image/png'));
    const image = decodePng(png);
    expect([image.width, image.height]).toEqual([600, chartHeight(spec) * 2]);
    // Both stated parts are solid, the derived part is a hatch of its colour, and the key's words are in the text colour.
    expect(countColour(image, light.stated[0])).toBeGreaterThan(1000);
    expect(countColour(image, light.stated[1])).toBeGreaterThan(1000);
    expect(countColour(image, light.derived[0])).toBeGreaterThan(500);
    expect(countColour(image, light.text)).toBeGreaterThan(200);
    expect(countColour(image, CHART_COLOURS.dark.stated[0])).toBe(0);
  });
});

describe('layoutPng', () => {
  const long = { siteName: 'Arms to Baku, checked', kicker: 'Section', footer: 'Source: Azatutyun', figures: [] };
  const card = sectionCardLayout(
    {
      ...long,
      title: `A heading ${'far too long for any card, '.repeat(8)}Supercalifragilisticexpialidocious`,
      lead: { text: 'Words. '.repeat(200), quoted: true },
    },
    IMAGE_FONTS,
    measureText,
  );

  test('an oversize heading leaves the card’s margins empty: nothing is drawn outside them', () => {
    const image = decodePng(layoutPng(card));
    expect([image.width, image.height]).toEqual([CARD.width, CARD.height]);
    expect(image.at(600, 5).slice(0, 3)).toEqual([0xe6, 0x9f, 0x00]);
    const background = card.background;
    // Below the accent bar, the 56 px at each side are the background and nothing else.
    for (const x0 of [0, CARD.width - 56]) {
      const box = { x: x0, y: 12, width: 56, height: CARD.height - 12 };
      expect(countColour(image, background, box, 0), `margin at x ${x0}`).toBe(box.width * box.height);
    }
    // The text itself was drawn: the heading's white is there.
    expect(countColour(image, '#ffffff')).toBeGreaterThan(5000);
  });

  // A small image at 2 image pixels a layout unit: a rectangle, a letter and a chart magnified 1.5 times.
  const twoBars: ChartSpec = { form: 'bars', labels: ['Less', 'More'], values: [40, 120], displays: ['40', '120'], derived: [false, false] };
  const small = (ops: Layout['ops']): Layout => ({ width: 120, height: 280, scale: 2, background: '#ffffff', ops });
  // Each edge where it was worked out by hand, give or take the pixel an edge that falls inside it may or may not fill.
  const near = (box: Rect | undefined, at: Rect) => {
    expect(box).toBeDefined();
    const { x0, x1, y0, y1 } = box!;
    expect({ x0, x1, y0, y1 }).toEqual(
      Object.fromEntries(Object.entries(at).map(([edge, value]) => [edge, expect.toSatisfy((v: number) => Math.abs(v - value) <= 1)])),
    );
  };

  test('a layout is drawn at its scale: a rectangle’s layout units become that many image pixels each, on the background', () => {
    const image = decodePng(layoutPng(small([{ op: 'rect', x: 10, y: 10, width: 20, height: 5, colour: '#ff0000' }])));
    expect([image.width, image.height]).toEqual([240, 560]);
    expect(countColour(image, '#ff0000', { x: 20, y: 20, width: 40, height: 10 }, 0)).toBe(400);
    expect(countColour(image, '#ff0000', undefined, 0)).toBe(400);
    expect(countColour(image, '#ffffff', undefined, 0)).toBe(240 * 560 - 400);
  });

  test('a line of text stands on its baseline at y, in its font and colour', () => {
    const image = decodePng(layoutPng(small([{ op: 'text', text: 'H', x: 40, y: 30, font: '20px "Card Sans"', colour: '#0000ff' }])));
    const [letter, ...more] = areas(image, '#0000ff');
    expect(more).toEqual([]);
    // DejaVu Sans's H (hmtx and glyf, in units of 2048 an em): 201 from its origin, 1138 wide, 1493 tall above the
    // baseline. At 20 px and 2 image pixels a unit: from x 80 + 3.9 to 106.1, from y 60 - 29.2 = 30.8 down to the baseline.
    near(letter, { x0: 84, x1: 105, y0: 31, y1: 59 });
  });

  test('a chart is drawn where its op puts it, as wide as the op and magnified by its zoom', () => {
    const image = decodePng(layoutPng(small([{ op: 'chart', spec: twoBars, colours: CHART_COLOURS.light, x: 10, y: 40, width: 100, zoom: 1.5 }])));
    const [less, more] = barsOf(image, CHART_COLOURS.light.stated);
    // The chart is laid out 100 / 1.5 = 66.7 CSS pixels wide (67 drawn), its plot 66 of them, and 24 + 2 × 61 + 4 = 150
    // high; the bars 28 thick, centred at 54.5 and 115.5. Each CSS pixel is 1.5 units, 3 image pixels, from (20, 80).
    // "Less" is 40 of 120: 22 CSS pixels. So "Less" spans y 80 + 3 × 40.5 to 80 + 3 × 68.5 (201.5 to 285.5) and x 20
    // to 20 + 3 × 22; "More" y 384.5 to 468.5 and x 20 to 20 + 3 × 66.
    near(less, { x0: 20, x1: 85, y0: 202, y1: 285 });
    near(more, { x0: 20, x1: 217, y0: 385, y1: 468 });
  });

  test('the same layout gives the same bytes, so two builds of a commit are identical', () => {
    expect(layoutPng(card).equals(layoutPng(card))).toBe(true);
  });
});
