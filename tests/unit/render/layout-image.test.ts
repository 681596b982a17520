import { describe, expect, test } from 'vitest';
import { chartHeight } from '../../../src/lib/charts/chart-config';
import { CHART_COLOURS } from '../../../src/lib/charts/palettes';
import type { ChartSpec } from '../../../src/lib/figures/chart-model';
import { CARD, sectionCardLayout } from '../../../src/lib/share/card-layout';
import { withChartImage } from '../../../src/render/chart-image';
import { IMAGE_FONTS, layoutPng, measureText } from '../../../src/render/layout-image';
import { countColour, decodePng } from '../../support/pixels';

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

  test('the same layout gives the same bytes, so two builds of a commit are identical', () => {
    expect(layoutPng(card).equals(layoutPng(card))).toBe(true);
  });
});
