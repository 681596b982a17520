import { describe, expect, test } from 'vitest';
import { chartHeight } from '../../../src/lib/charts/chart-config';
import { CARD, chartCardLayout, chartImageLayout, type DrawOp, sectionCardLayout, type SectionCard } from '../../../src/lib/share/card-layout';
import type { ChartSpec } from '../../../src/lib/figures/chart-model';
import { IMAGE_FONTS, measureText } from '../../../src/render/layout-image';

const frame = {
  siteName: 'Arms to Baku, checked',
  kicker: 'Section',
  footer: 'Source: Azatutyun (RFE/RL’s Armenian Service) · From “Russia’s arms trade with Azerbaijan, figure by figure”',
};
const LONG_HEADING = `An extraordinarily long heading ${'about Russian arms for Azerbaijan and what Armenia makes of them '.repeat(3)}Supercalifragilisticexpialidociousreportwords`;
const LONG_LEAD = 'Azerbaijani President Ilham Aliyev signaled his country’s plans to buy more weapons from Russia. '.repeat(12);
const stack: ChartSpec = { form: 'stack', labels: ['A', 'B', 'C'], values: [1, 2, 3], displays: ['1', '2', '3'], derived: [false, false, true] };

const texts = (ops: DrawOp[]) => ops.filter((op): op is Extract<DrawOp, { op: 'text' }> => op.op === 'text');
const size = (font: string) => Number(/(\d+)px/u.exec(font)?.[1]);

// Every line of text measured in the font it is drawn in, against the card's margins.
function outside(ops: DrawOp[], width: number, height: number, margin: number): string[] {
  return texts(ops).flatMap((op) => {
    const right = op.x + measureText(op.text, op.font);
    const top = op.y - size(op.font);
    return op.x < margin || right > width - margin + 0.5 || top < 0 || op.y > height ? [`“${op.text}” at ${op.x}–${right} × ${top}–${op.y}`] : [];
  });
}

describe('sectionCardLayout', () => {
  test('an oversize heading is set smaller, in at most three lines ending in an ellipsis, and no line leaves the card’s margins', () => {
    const layout = sectionCardLayout({ ...frame, title: LONG_HEADING, lead: { text: LONG_LEAD, quoted: true }, figures: [] }, IMAGE_FONTS, measureText);
    const heading = texts(layout.ops).filter((op) => op.font.startsWith('700') && op.colour === '#ffffff');
    expect(heading).toHaveLength(3);
    expect(size(heading[0]!.font)).toBe(40);
    expect(heading[2]!.text.endsWith('…')).toBe(true);
    expect(outside(layout.ops, CARD.width, CARD.height, 64)).toEqual([]);
  });

  test('the first sentence follows the heading in the serif, in quotes, shortened to the room above the footer', () => {
    const layout = sectionCardLayout({ ...frame, title: 'Alarm in Armenia', lead: { text: LONG_LEAD, quoted: true }, figures: [] }, IMAGE_FONTS, measureText);
    const lead = texts(layout.ops).filter((op) => op.font.includes(IMAGE_FONTS.serif));
    const heading = texts(layout.ops).find((op) => op.text === 'Alarm in Armenia')!;
    expect(lead.length).toBeGreaterThan(1);
    expect(lead[0]!.text.startsWith('“')).toBe(true);
    expect(lead.at(-1)!.text.endsWith('…')).toBe(true);
    expect(lead[0]!.y - size(lead[0]!.font)).toBeGreaterThan(heading.y);
    // The footer's rule stands 84 px above the bottom: the lead stays above it.
    expect(lead.at(-1)!.y).toBeLessThan(CARD.height - 84);
    expect(outside(layout.ops, CARD.width, CARD.height, 64)).toEqual([]);
  });

  test('one key figure stands in a panel beside the text; several stand in rows under the heading, at one size, each with its words beside it', () => {
    const figure = { display: 'almost 30 times', label: 'the rise in Azerbaijan’s military spending under Aliyev' };
    const one: SectionCard = {
      ...frame,
      title: 'Baku’s build-up and Putin’s warning',
      lead: { text: 'Russian assistance thus remains vital.', quoted: true },
      figures: [figure],
    };
    const panel = sectionCardLayout(one, IMAGE_FONTS, measureText);
    const shown = texts(panel.ops).filter((op) => op.colour === '#56b4e9');
    // "almost 30 times" does not fit the panel on one line at any size: it takes two rather than an ellipsis.
    expect(shown.map((op) => op.text).join(' ')).toBe('almost 30 times');
    expect(Math.min(...shown.map((op) => op.x))).toBeGreaterThan(CARD.width / 2);
    const many = sectionCardLayout(
      { ...frame, title: 'Key figures', figures: [figure, { display: '$4 billion', label: 'cooperation' }, { display: '$15 million', label: 'each' }] },
      IMAGE_FONTS,
      measureText,
    );
    const figures = texts(many.ops).filter((op) => op.colour === '#56b4e9');
    expect(figures.map((op) => op.text)).toEqual(['almost 30 times', '$4 billion', '$15 million']);
    expect(new Set(figures.map((op) => `${op.x} ${op.font}`)).size).toBe(1);
    const ys = figures.map((op) => op.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    const labels = texts(many.ops).filter((op) => op.colour === '#d9d4c7');
    expect(labels.map((op) => op.text).join(' ')).toBe('the rise in Azerbaijan’s military spending under Aliyev cooperation each');
    expect(Math.min(...labels.map((op) => op.x))).toBeGreaterThan(Math.max(...figures.map((op) => op.x + measureText(op.text, op.font))));
    for (const layout of [panel, many]) expect(outside(layout.ops, CARD.width, CARD.height, 64)).toEqual([]);
  });
});

describe('chartCardLayout', () => {
  test('the chart is drawn under its title, magnified at most twice, and ends above the footer', () => {
    const layout = chartCardLayout({ ...frame, kicker: 'Chart', title: LONG_HEADING, spec: stack }, IMAGE_FONTS, measureText);
    const chart = layout.ops.find((op) => op.op === 'chart')!;
    const title = texts(layout.ops).filter((op) => op.colour === '#ffffff');
    expect(title).toHaveLength(2);
    expect(chart.zoom).toBeGreaterThan(1);
    expect(chart.zoom).toBeLessThanOrEqual(2);
    expect(chart.y).toBeGreaterThan(title.at(-1)!.y);
    expect(chart.y + chartHeight(stack) * chart.zoom).toBeLessThanOrEqual(CARD.height - 84);
    expect(chart.x + chart.width).toBeLessThanOrEqual(CARD.width - 64);
    expect(outside(layout.ops, CARD.width, CARD.height, 64)).toEqual([]);
  });
});

describe('chartImageLayout', () => {
  test('stacks title, takeaway, the chart on paper colours and the source lines, and is as tall as they are', () => {
    const image = {
      title: 'What the $4 billion is made of',
      takeaway: LONG_LEAD.slice(0, 200),
      spec: stack,
      source: ['Source: Azatutyun', 'Chart: Arms to Baku, checked'],
    };
    const layout = chartImageLayout(image, IMAGE_FONTS, measureText);
    const lines = texts(layout.ops);
    const chart = layout.ops.find((op) => op.op === 'chart')!;
    expect(lines[0]!.text).toBe(image.title);
    expect(chart.colours.bg).toBe('#ffffff');
    expect(layout.background).toBe('#ffffff');
    const [before, after] = [lines.filter((op) => op.y < chart.y), lines.filter((op) => op.y > chart.y)];
    expect(before.map((op) => op.text).join(' ')).toBe(`${image.title} ${image.takeaway.trim()}`);
    expect(after.map((op) => op.text)).toEqual(image.source);
    expect(layout.height).toBeGreaterThan(after.at(-1)!.y);
    expect(layout.scale).toBe(2);
    expect(outside(layout.ops, layout.width, layout.height, 24)).toEqual([]);
  });
});
