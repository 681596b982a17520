import { describe, expect, test } from 'vitest';
import { chartHeight } from '../../../src/lib/charts/chart-config';
import { CHART_COLOURS } from '../../../src/lib/charts/palettes';
import { CARD, chartCardLayout, chartImageLayout, type DrawOp, sectionCardLayout, type SectionCard } from '../../../src/lib/share/card-layout';
import type { ChartSpec } from '../../../src/lib/figures/chart-model';
import { imageCanvas } from '../../../src/render/canvas';
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

// What a reader sees of each thing drawn: a line of text as the box its glyphs fill in the font it is set in, a
// chart as the height its configuration draws at, magnified, and a rectangle as itself.
const glyphs = imageCanvas(1, 1).getContext('2d');
type Box = { what: string; left: number; right: number; top: number; bottom: number };
function boxOf(op: DrawOp): Box {
  if (op.op === 'text') {
    glyphs.font = op.font;
    const { width, actualBoundingBoxAscent: ascent, actualBoundingBoxDescent: descent } = glyphs.measureText(op.text);
    return { what: `“${op.text}”`, left: op.x, right: op.x + width, top: op.y - ascent, bottom: op.y + descent };
  }
  if (op.op === 'chart') return { what: 'the chart', left: op.x, right: op.x + op.width, top: op.y, bottom: op.y + chartHeight(op.spec) * op.zoom };
  return { what: `a rectangle at ${op.x}, ${op.y}`, left: op.x, right: op.x + op.width, top: op.y, bottom: op.y + op.height };
}
const apart = (a: Box, b: Box) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
// Every pair of lines of text, and of a line and the chart, that share any point.
function overlapping(layout: { ops: DrawOp[] }): string[] {
  const boxes = layout.ops.filter((op) => op.op !== 'rect').map(boxOf);
  return boxes.flatMap((a, i) => boxes.slice(i + 1).flatMap((b) => (apart(a, b) ? [] : [`${a.what} and ${b.what}`])));
}
const rects = (ops: DrawOp[]) => ops.filter((op): op is Extract<DrawOp, { op: 'rect' }> => op.op === 'rect');
const FIGURE = '#56b4e9';
const LABEL = '#d9d4c7';

const longLabel = 'the rise in Azerbaijan’s military spending under Aliyev, from the decade before the talks to the year of them';
const cards: { name: string; card: SectionCard }[] = [
  { name: 'a heading and its first sentence', card: { ...frame, title: 'Alarm in Armenia', lead: { text: LONG_LEAD, quoted: true }, figures: [] } },
  { name: 'an oversize heading', card: { ...frame, title: LONG_HEADING, lead: { text: LONG_LEAD, quoted: true }, figures: [] } },
  { name: 'a heading alone', card: { ...frame, title: 'Timeline of the events', figures: [] } },
  {
    name: 'one figure in a panel',
    card: { ...frame, title: 'Baku’s build-up', lead: { text: LONG_LEAD, quoted: false }, figures: [{ display: '$4 billion', label: longLabel }] },
  },
  {
    name: 'three figures with many words',
    card: {
      ...frame,
      title: 'Key figures',
      figures: ['$4 billion', 'about $2.64 billion', 'almost 30 times'].map((display) => ({ display, label: longLabel })),
    },
  },
  {
    name: 'five figures in rows',
    card: {
      ...frame,
      title: 'Key figures',
      figures: ['$4 billion', 'around $1 billion', '$360 million', 'about $2.64 billion', 'almost 30 times'].map((display) => ({ display, label: longLabel })),
    },
  },
];

describe('every card and image', () => {
  const layouts = [
    ...cards.map(({ name, card }) => ({ name: `a section card of ${name}`, layout: sectionCardLayout(card, IMAGE_FONTS, measureText) })),
    { name: 'a chart card', layout: chartCardLayout({ ...frame, kicker: 'Chart', title: LONG_HEADING, spec: stack }, IMAGE_FONTS, measureText) },
    {
      name: 'a chart image',
      layout: chartImageLayout(
        { title: LONG_HEADING, takeaway: LONG_LEAD.slice(0, 300), spec: stack, source: ['Source: Azatutyun, paragraph 3', 'Chart: Arms to Baku, checked'] },
        IMAGE_FONTS,
        measureText,
      ),
    },
  ];

  test.each(layouts)('$name: no two lines of text overlap, nor a line and the chart', ({ layout }) => {
    expect(layout.ops.filter((op) => op.op === 'text').length).toBeGreaterThan(3);
    expect(overlapping(layout)).toEqual([]);
  });

  test.each(layouts)('$name: every rectangle, line and chart stays on the image', ({ layout }) => {
    const off = layout.ops.map(boxOf).filter((box) => box.left < 0 || box.top < 0 || box.right > layout.width || box.bottom > layout.height);
    expect(off.map((box) => box.what)).toEqual([]);
  });
});

describe('the frame of a share card', () => {
  const layout = sectionCardLayout({ ...cards[0]!.card, siteName: `${'A very long site name '.repeat(6)}end` }, IMAGE_FONTS, measureText);
  const [name, kicker] = texts(layout.ops);

  test('a bar of the accent colour runs along the top edge', () => {
    expect(rects(layout.ops)[0]).toEqual({ op: 'rect', x: 0, y: 0, width: CARD.width, height: 10, colour: '#e69f00' });
  });

  test('the site’s name stands at the left margin, shortened to end 32 px short of the kind of part, set in capitals at the right margin', () => {
    expect(kicker?.text).toBe('SECTION');
    expect(kicker!.x + measureText(kicker!.text, kicker!.font)).toBe(CARD.width - 64);
    expect(name?.x).toBe(64);
    expect(name?.text.endsWith('…')).toBe(true);
    const nameRight = name!.x + measureText(name!.text, name!.font);
    expect(nameRight).toBeLessThanOrEqual(kicker!.x - 32);
    expect(nameRight).toBeGreaterThan(kicker!.x - 32 - measureText('A very', name!.font));
    expect(name?.y).toBe(kicker?.y);
  });

  test('a rule across the text column parts the content from the footer, which is shortened to one line', () => {
    const rule = rects(layout.ops).find((op) => op.y > 100)!;
    // The frame is drawn first: the name, the kind of part, the footer; then the content.
    const [footer, ...content] = texts(layout.ops).slice(2);
    expect(rule).toMatchObject({ x: 64, width: CARD.width - 128 });
    expect(content.length).toBeGreaterThan(2);
    expect(Math.max(...content.map((op) => op.y))).toBeLessThan(rule.y);
    expect(boxOf(footer!).top).toBeGreaterThan(rule.y + rule.height);
    // Too long for the card at 22 px: one line, cut at a word.
    expect(footer!.text.endsWith('…')).toBe(true);
    expect(frame.footer.startsWith(footer!.text.slice(0, -1))).toBe(true);
    expect(boxOf(footer!).right).toBeLessThanOrEqual(CARD.width - 64);
  });
});

describe('the content of a section card', () => {
  const layoutOf = (name: string) => sectionCardLayout(cards.find((entry) => entry.name === name)!.card, IMAGE_FONTS, measureText);
  // The frame is drawn first (the site's name, the kind of part and the footer), then the card's own content.
  const content = (ops: DrawOp[]) => texts(ops).slice(3);
  const ruleOf = (ops: DrawOp[]) => rects(ops).find((op) => op.y > 100 && op.width > 100)!;

  test('a single figure stands in a panel at the right margin, behind a rule of its colour that runs from under the site’s name to above the footer’s rule', () => {
    const layout = layoutOf('one figure in a panel');
    const panel = content(layout.ops).filter((op) => op.x > CARD.width / 2);
    const lead = texts(layout.ops).filter((op) => op.font.includes(IMAGE_FONTS.serif));
    const bar = rects(layout.ops).find((op) => op.colour === FIGURE)!;
    expect(panel.map((op) => op.colour)).toEqual([FIGURE, ...Array<string>(panel.length - 1).fill(LABEL)]);
    expect(Math.max(...panel.map((op) => boxOf(op).right))).toBeLessThanOrEqual(CARD.width - 64);
    expect(lead.length).toBeGreaterThan(1);
    expect(Math.max(...lead.map((op) => boxOf(op).right))).toBeLessThan(bar.x);
    expect(bar.x + bar.width).toBeLessThan(Math.min(...panel.map((op) => op.x)));
    expect(bar.y).toBeGreaterThan(texts(layout.ops)[0]!.y);
    expect(bar.y + bar.height).toBeLessThan(ruleOf(layout.ops).y);
    expect(bar.height).toBeGreaterThan(CARD.height / 2);
  });

  test('the panel’s figure and words stand as one block, centred on the panel’s rule', () => {
    const layout = layoutOf('one figure in a panel');
    const panel = content(layout.ops)
      .filter((op) => op.x > CARD.width / 2)
      .map(boxOf);
    const bar = rects(layout.ops).find((op) => op.colour === FIGURE)!;
    const [top, bottom] = [Math.min(...panel.map((box) => box.top)), Math.max(...panel.map((box) => box.bottom))];
    // Centred by the type's size, not its glyphs: a few pixels either way, far less than a line.
    expect(Math.abs(top - bar.y - (bar.y + bar.height - bottom))).toBeLessThan(16);
    // The words follow the figure closely, not at the panel's foot.
    const [figure, firstWords] = panel;
    expect(firstWords!.top - figure!.bottom).toBeLessThan(40);
  });

  test.each([
    { name: 'five figures in rows', count: 5 },
    { name: 'three figures with many words', count: 3 },
  ])('$name: each figure is centred on its words beside it, rows at least 16 px apart and all above the footer’s rule', ({ name, count }) => {
    const layout = layoutOf(name);
    const figures = texts(layout.ops).filter((op) => op.colour === FIGURE);
    const words = texts(layout.ops).filter((op) => op.colour === LABEL);
    expect(figures).toHaveLength(count);
    const rows = figures.map((figure, i) => {
      // A row runs from midway after the figure above to midway before the figure below.
      const from = i === 0 ? -Infinity : (figures[i - 1]!.y + figure.y) / 2;
      const to = i === figures.length - 1 ? Infinity : (figure.y + figures[i + 1]!.y) / 2;
      const own = words.filter((op) => op.y >= from && op.y < to).map(boxOf);
      return { figure: boxOf(figure), top: Math.min(...own.map((box) => box.top)), bottom: Math.max(...own.map((box) => box.bottom)), lines: own.length };
    });
    for (const row of rows) {
      expect(row.lines).toBeGreaterThan(0);
      const figureMiddle = (row.figure.top + row.figure.bottom) / 2;
      expect(Math.abs(figureMiddle - (row.top + row.bottom) / 2)).toBeLessThan(12);
    }
    const blocks = rows.map((row) => ({ top: Math.min(row.top, row.figure.top), bottom: Math.max(row.bottom, row.figure.bottom) }));
    for (const [above, below] of blocks.slice(0, -1).map((block, i) => [block, blocks[i + 1]!] as const))
      expect(below.top - above.bottom).toBeGreaterThanOrEqual(16);
    expect(blocks.at(-1)!.bottom).toBeLessThan(ruleOf(layout.ops).y);
  });

  test('short figures in rows are set at 56 px, the largest size; a long label is shortened to the lines its row has room for', () => {
    const short = sectionCardLayout(
      {
        ...frame,
        title: 'Key figures',
        figures: [
          { display: '$4', label: 'a' },
          { display: '$5', label: 'b' },
        ],
      },
      IMAGE_FONTS,
      measureText,
    );
    expect(
      texts(short.ops)
        .filter((op) => op.colour === FIGURE)
        .map((op) => size(op.font)),
    ).toEqual([56, 56]);
    const crowded = layoutOf('five figures in rows');
    const words = texts(crowded.ops).filter((op) => op.colour === LABEL);
    // Five rows share the room under the heading: the long label cannot keep all its words.
    expect(words.some((op) => op.text.endsWith('…'))).toBe(true);
  });

  test('a card with more figures than its rows can hold stops the build, naming the card, rather than draw them over its footer', () => {
    const figures = Array.from({ length: 12 }, (_, i) => ({ display: `$${i}`, label: 'a figure' }));
    expect(() => sectionCardLayout({ ...frame, title: 'Key figures', figures }, IMAGE_FONTS, measureText)).toThrow(
      'share card "Key figures": 12 figures do not fit its rows at any size',
    );
  });

  test('a figure exactly as wide as its 420 px column still fits at that size', () => {
    // Every text 10 px a character, but the figure "x" exactly 420 px wide at 56 px.
    const exact = (text: string, font: string) => (text === 'x' && font.includes(' 56px ') ? 420 : text.length * 10);
    const layout = sectionCardLayout(
      {
        ...frame,
        title: 'Key figures',
        figures: [
          { display: 'x', label: 'a' },
          { display: 'y', label: 'b' },
        ],
      },
      IMAGE_FONTS,
      exact,
    );
    expect(
      texts(layout.ops)
        .filter((op) => op.colour === FIGURE)
        .map((op) => size(op.font)),
    ).toEqual([56, 56]);
  });

  test('rows take the largest size that leaves them 16 px apart, even when that uses their room exactly', () => {
    // Every character half its size wide. Twelve nine-letter words take four lines at 56 px and three at 48 px
    // (44 characters a line in 1,072 px); three 48 px lines of 55 px leading leave 518 − 310 = 208 px for four
    // rows of 52 px: 36 px figures and 16 px between them, exactly.
    const half = (text: string, font: string) => [...text].length * size(font) * 0.5;
    const title = Array.from({ length: 12 }, (_, i) => String.fromCharCode(97 + i).repeat(9)).join(' ');
    const figures = ['$1', '$2', '$3', '$4'].map((display) => ({ display, label: 'a' }));
    const layout = sectionCardLayout({ ...frame, title, figures }, IMAGE_FONTS, half);
    expect(
      texts(layout.ops)
        .filter((op) => op.colour === '#ffffff')
        .map((op) => size(op.font)),
    ).toEqual([48, 48, 48]);
    expect(
      texts(layout.ops)
        .filter((op) => op.colour === FIGURE)
        .map((op) => size(op.font)),
    ).toEqual([36, 36, 36, 36]);
  });

  test('a lead fills the room under the heading, clear of the footer’s rule: one more line would reach it', () => {
    const layout = layoutOf('a heading and its first sentence');
    const lead = texts(layout.ops).filter((op) => op.font.includes(IMAGE_FONTS.serif));
    const step = lead[1]!.y - lead[0]!.y;
    expect(step).toBeGreaterThan(size(lead[0]!.font));
    expect(lead.at(-1)!.y + step).toBeGreaterThan(ruleOf(layout.ops).y - step);
    // …but it keeps clear of the rule, as every card's content does.
    expect(ruleOf(layout.ops).y - boxOf(lead.at(-1)!).bottom).toBeGreaterThanOrEqual(16);
  });

  test('a heading with neither words nor figures stands alone', () => {
    const layout = layoutOf('a heading alone');
    expect(
      texts(layout.ops)
        .slice(3)
        .map((op) => op.text),
    ).toEqual(['Timeline of the events']);
  });
});

describe('the chart on a chart card and in a chart image', () => {
  test('a card’s chart sits on a patch of the chart’s own background, 16 px wider and 12 px taller on each side, clear of the title and the footer’s rule', () => {
    const layout = chartCardLayout({ ...frame, kicker: 'Chart', title: LONG_HEADING, spec: stack }, IMAGE_FONTS, measureText);
    const chart = boxOf(layout.ops.find((op) => op.op === 'chart')!);
    const patch = rects(layout.ops).find((op) => op.colour === CHART_COLOURS.dark.bg)!;
    expect(patch).toMatchObject({ x: chart.left - 16, y: chart.top - 12, width: chart.right - chart.left + 32, height: chart.bottom - chart.top + 24 });
    const title = texts(layout.ops)
      .filter((op) => op.colour === '#ffffff')
      .map(boxOf);
    expect(patch.y).toBeGreaterThan(Math.max(...title.map((box) => box.bottom)));
    expect(patch.y + patch.height).toBeLessThan(CARD.height - 84);
  });

  test('a small chart, at twice its size, stands midway between its title and the footer’s rule', () => {
    const small: ChartSpec = { form: 'units', labels: ['Delivered'], values: [3], displays: ['3'], derived: [false] };
    const layout = chartCardLayout({ ...frame, kicker: 'Chart', title: 'Gunships', spec: small }, IMAGE_FONTS, measureText);
    const chart = layout.ops.find((op) => op.op === 'chart')!;
    expect(chart.zoom).toBe(2);
    const box = boxOf(chart);
    const title = boxOf(texts(layout.ops).find((op) => op.text === 'Gunships')!);
    const rule = rects(layout.ops).find((op) => op.y > 100 && op.colour !== CHART_COLOURS.dark.bg)!;
    // Measured between glyphs and the rule, not the type's boxes: equal within a few pixels.
    expect(Math.abs(box.top - title.bottom - (rule.y - box.bottom))).toBeLessThan(16);
  });

  test('an image opens with a bar in the chart’s first colour, sets its title in bold and its takeaway in plain type, and rules off its source in grey', () => {
    const image = {
      title: 'What the $4 billion is made of',
      takeaway: 'Most of it is not itemised.',
      spec: stack,
      source: ['Source: Azatutyun', 'Chart: Arms to Baku'],
    };
    const layout = chartImageLayout(image, IMAGE_FONTS, measureText);
    expect(rects(layout.ops)[0]).toEqual({ op: 'rect', x: 0, y: 0, width: 640, height: 4, colour: '#0072b2' });
    const [title, takeaway, ...source] = texts(layout.ops);
    expect(title?.font.startsWith('700 ')).toBe(true);
    expect(takeaway?.font.startsWith('400 ')).toBe(true);
    expect(source.map((op) => [op.text, op.colour, op.font.startsWith('400 ')])).toEqual([
      ['Source: Azatutyun', '#56534c', true],
      ['Chart: Arms to Baku', '#56534c', true],
    ]);
    const chart = boxOf(layout.ops.find((op) => op.op === 'chart')!);
    const rule = rects(layout.ops).find((op) => op.height === 1)!;
    expect(rule).toMatchObject({ x: 24, width: 592, colour: '#d6d1c4' });
    expect(rule.y).toBeGreaterThan(chart.bottom);
    expect(boxOf(source[0]!).top).toBeGreaterThan(rule.y);
    expect(boxOf(takeaway!).top - boxOf(title!).bottom).toBeGreaterThan(8);
  });
});
