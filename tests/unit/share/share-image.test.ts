import { describe, expect, test } from 'vitest';
import type { DrawOp } from '../../../src/lib/share/card-layout';
import { ogCardLayout, type ShareCard } from '../../../src/lib/share/share-image';
import type { Measure } from '../../../src/lib/share/text-fit';
import { IMAGE_FONTS, measureText } from '../../../src/render/layout-image';

const card: ShareCard = {
  siteName: 'Arms to Baku, checked',
  headline: 'Russia’s arms trade with Azerbaijan, figure by figure',
  figure: '$4 billion',
  figureLabel: 'Russian–Azerbaijani military-technical cooperation: all contracts concluded and partly executed since 2010',
  bars: [
    { label: 'Offensive weapons being delivered', value: 1_000_000_000, display: 'around $1 billion' },
    { label: 'Mi-35 gunship deal', value: 360_000_000, display: '$360 million' },
    { label: 'Not itemised in the report', value: 2_640_000_000, display: 'about $2.64 billion' },
  ],
  credit: 'Source: Azatutyun (RFE/RL’s Armenian Service)',
};

type Text = Extract<DrawOp, { op: 'text' }>;
type Rect = Extract<DrawOp, { op: 'rect' }>;
const texts = (ops: DrawOp[]) => ops.filter((op): op is Text => op.op === 'text');
const rects = (ops: DrawOp[]) => ops.filter((op): op is Rect => op.op === 'rect');
const size = (font: string) => Number(/(\d+)px/u.exec(font)?.[1]);
// Laid out inside each test, so a mutation run sees which tests reach the layout.
const layout = (changes: Partial<ShareCard> = {}, measure: Measure = measureText) => ogCardLayout({ ...card, ...changes }, IMAGE_FONTS, measure);
const line = (ops: DrawOp[], words: string) => texts(ops).find((op) => op.text === words)!;
// The bars themselves: every rectangle below the accent rule along the top edge.
const bars = (ops: DrawOp[]) => rects(ops).filter((r) => r.y > 10);

describe('ogCardLayout', () => {
  test('is a 1200 × 630 card on the dark background, under a 10 px accent rule across its top', () => {
    const { width, height, scale, background, ops } = layout();
    expect([width, height, scale, background]).toEqual([1200, 630, 1, '#15171a']);
    expect(rects(ops)[0]).toEqual({ op: 'rect', x: 0, y: 0, width: 1200, height: 10, colour: '#e69f00' });
  });

  test('says the site’s name, the headline, the figure, its label and the credit, top to bottom in one column', () => {
    const { ops } = layout();
    const column = [card.siteName, 'Russia’s arms trade with', card.figure, 'Russian–Azerbaijani military-technical', card.credit].map((words) =>
      line(ops, words),
    );
    expect(column.every(Boolean)).toBe(true);
    const ys = column.map((op) => op.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(new Set(ys).size).toBe(5);
    expect(new Set(column.map((op) => op.x))).toEqual(new Set([64]));
  });

  test('breaks the headline by measured width into two lines, one step apart, in the largest size', () => {
    const headline = texts(layout().ops).filter((op) => size(op.font) === 46);
    expect(headline.map((op) => op.text)).toEqual(['Russia’s arms trade with', 'Azerbaijan, figure by figure']);
    expect(headline[1]!.y - headline[0]!.y).toBe(58);
  });

  test('sets a longer headline smaller rather than cut it, still in two lines', () => {
    const headline = 'Russia’s arms trade with Azerbaijan: the figures, one by one';
    const lines = texts(layout({ headline }).ops).filter((op) => op.colour === '#ffffff' && op.y < 300);
    expect(lines.map((op) => op.text).join(' ')).toBe(headline);
    expect(lines).toHaveLength(2);
    expect(size(lines[0]!.font)).toBeLessThan(46);
  });

  test('stops the build, naming the headline, when it fits two lines at no size', () => {
    const headline = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen';
    expect(() => layout({ headline })).toThrow(/^og\.png: the headline does not fit in 2 lines 760 px wide, even in 700 38px Card Sans: “one two/u);
  });

  test.each([
    { part: 'the site’s name', changes: { siteName: 'Arms to Baku, checked '.repeat(4) } },
    { part: 'the figure', changes: { figure: '$4,000,000,000 exactly' } },
    { part: 'the figure’s label', changes: { figureLabel: card.figureLabel.repeat(2) } },
    { part: 'the credit', changes: { credit: card.credit.repeat(3) } },
    { part: 'a bar’s label', changes: { bars: [{ ...card.bars[0]!, label: 'Offensive weapons being delivered to Azerbaijan' }] } },
  ])('stops the build, naming $part, when it does not fit its room', ({ part, changes }) => {
    expect(() => layout(changes)).toThrow(`og.png: ${part} does not fit`);
  });

  test.each([
    {
      part: 'the site’s name',
      font: '700 28px Card Sans',
      changes: (words: string) => ({ siteName: words }),
      words: 'Arms to Baku, checked '.repeat(3).trim(),
    },
    { part: 'the credit', font: '400 22px Card Sans', changes: (words: string) => ({ credit: words }), words: `${card.credit} · ${card.credit} ·` },
  ])('stops the build when $part is wider than the card between its margins, though narrower than the card', ({ part, font, changes, words }) => {
    // Between 1072 px (the card less its two margins) and 1200 px (the whole card).
    expect(measureText(words, font)).toBeGreaterThan(1072);
    expect(measureText(words, font)).toBeLessThan(1200);
    expect(() => layout(changes(words))).toThrow(`og.png: ${part} does not fit`);
  });

  test('sets the figure’s label in lines 32 px apart, downwards from its first', () => {
    const label = texts(layout().ops).filter((op) => op.colour === '#d9d4c7' && op.x === 64);
    expect(label.map((op) => op.text)).toEqual([
      'Russian–Azerbaijani military-technical',
      'cooperation: all contracts concluded and',
      'partly executed since 2010',
    ]);
    expect(label.map((op) => op.y - label[0]!.y)).toEqual([0, 32, 64]);
  });

  test('keeps every line inside the card’s 64 px margins, measured in the font it is drawn in', () => {
    for (const op of texts(layout().ops)) {
      expect(op.x, op.text).toBeGreaterThanOrEqual(64);
      expect(op.x + measureText(op.text, op.font), op.text).toBeLessThanOrEqual(1136);
    }
  });

  test('puts each bar under its label, right of the column of words, each below the one before', () => {
    const { ops } = layout();
    const drawn = bars(ops);
    expect(drawn).toHaveLength(3);
    card.bars.forEach((bar, i) => {
      const label = line(ops, bar.label);
      expect(drawn[i]!.x).toBe(label.x);
      expect(label.x).toBeGreaterThan(64 + measureText(card.figureLabel.slice(0, 40), label.font));
      expect(label.y).toBeLessThan(drawn[i]!.y);
      if (i > 0) expect(label.y).toBeGreaterThan(drawn[i - 1]!.y + drawn[i - 1]!.height);
    });
  });

  test('writes each bar’s amount 10 px past its end, its baseline within the bar', () => {
    const { ops } = layout();
    bars(ops).forEach((bar, i) => {
      const amount = texts(ops).find((op) => op.text === card.bars[i]!.display)!;
      expect(amount.x).toBe(bar.x + bar.width + 10);
      expect(amount.y).toBeGreaterThan(bar.y);
      expect(amount.y).toBeLessThanOrEqual(bar.y + bar.height);
    });
  });

  test('draws the bars in proportion, the longest 300 px when every amount fits beside its bar', () => {
    // Ten units a character: "$4 billion" is 100 px, so the 300 px bar and its amount fit the 456 px beside the column.
    const narrow: Measure = (text) => text.length * 10;
    const short = card.bars.map((bar) => ({ ...bar, display: bar.display.replace(/^\w+ /u, '') }));
    const widths = bars(layout({ bars: short }, narrow).ops).map((bar) => bar.width);
    // $2.64 billion is the longest, 300 px; $1 billion is 114 px of it, $360 million 41 px.
    expect(widths).toEqual([114, 41, 300]);
  });

  test('shortens all bars alike so that the longest amount ends inside the margin, rather than run off the card', () => {
    const { ops } = layout();
    const widths = bars(ops).map((bar) => bar.width);
    const last = texts(ops).find((op) => op.text === 'about $2.64 billion')!;
    expect(widths[2]).toBeLessThan(300);
    expect(last.x + measureText(last.text, last.font)).toBeLessThanOrEqual(1136);
    expect(last.x + measureText(last.text, last.font)).toBeGreaterThan(1130);
    expect(widths[0]! / widths[2]!).toBeCloseTo(1 / 2.64, 1);
  });

  test('cuts a bar to whole pixels below its room, so an amount whose room ends mid-pixel still ends inside the margin', () => {
    // 10.7 px a character: “about $2.64 billion” is 203.3 px, leaving its bar 242.7 px, which rounds to 243, one too many.
    const fractional: Measure = (text) => text.length * 10.7;
    const { ops } = layout({}, fractional);
    const last = texts(ops).find((op) => op.text === 'about $2.64 billion')!;
    expect(bars(ops)[2]!.width).toBe(242);
    expect(last.x + fractional(last.text, last.font)).toBeLessThanOrEqual(1136);
  });

  test('draws an amount that fills its room to the pixel, and stops the build for one that leaves its bar under 6 px', () => {
    const tens: Measure = (text) => text.length * 10;
    // 20 characters, 200 px: the bar gets the 246 px left, and the amount ends exactly at the margin.
    const exact = layout({ bars: [{ label: 'Deal', value: 1, display: 'about $2.640 billion' }] }, tens);
    expect(bars(exact.ops)[0]!.width).toBe(246);
    // 45 characters, 450 px: 6 px of bar, its gap and the amount run 10 px past the margin.
    const over = [{ label: 'Deal', value: 1, display: 'a'.repeat(45) }];
    expect(() => layout({ bars: over }, tens)).toThrow('og.png: the amount “aaaa');
  });

  test('keeps a bar for a tiny amount visible, at least 6 px long', () => {
    const tiny = [card.bars[2]!, { label: 'Tiny', value: 1, display: '$1' }];
    expect(bars(layout({ bars: tiny }).ops)[1]!.width).toBe(6);
  });

  test('stops the build when an amount cannot fit beside even the shortest bar', () => {
    const wide = [{ label: 'Deal', value: 1, display: '$1 '.repeat(40).trim() }];
    expect(() => layout({ bars: wide })).toThrow('og.png: the amount “$1 $1');
  });

  test.each([0, 4])('stops the build with %i bars, for which the card has no room', (count) => {
    const many = Array.from({ length: count }, (_, i) => ({ ...card.bars[0]!, label: `Bar ${i}` }));
    expect(() => layout({ bars: many })).toThrow(`og.png: ${count} bars do not fit the card, which has room for 1 to 3`);
  });

  test('draws in the card’s colours: accent name, white headline, blue figure and bars, soft labels, dim credit', () => {
    const { ops } = layout();
    expect(line(ops, card.siteName).colour).toBe('#e69f00');
    expect(line(ops, 'Russia’s arms trade with').colour).toBe('#ffffff');
    expect(line(ops, card.figure).colour).toBe('#56b4e9');
    expect(line(ops, card.bars[0]!.label).colour).toBe('#d9d4c7');
    expect(line(ops, card.credit).colour).toBe('#a7a196');
    expect(new Set(bars(ops).map((bar) => bar.colour))).toEqual(new Set(['#56b4e9']));
  });
});
