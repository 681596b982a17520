import { chartHeight } from '../charts/chart-config';
import { CHART_COLOURS, type ChartColours } from '../charts/palettes';
import type { ChartSpec } from '../figures/chart-model';
import { CARD_INK as INK, SCHEMES } from '../site/palette';
import { fitLines, fitSize, type Measure } from './text-fit';

/**
 * Share cards and chart images as lists of drawing operations, laid out here with a text measure and drawn by
 * src/render/layout-image.ts: every line is measured before it is placed, so no text leaves its image.
 */

/** One thing to draw, in layout units from the image's top left corner. */
export type DrawOp =
  | { op: 'rect'; x: number; y: number; width: number; height: number; colour: string }
  /** A line of text; `y` is its baseline. */
  | { op: 'text'; text: string; x: number; y: number; font: string; colour: string }
  /** A chart laid out as the page would lay it out at `width / zoom` CSS pixels, magnified `zoom` times. */
  | { op: 'chart'; spec: ChartSpec; colours: ChartColours; x: number; y: number; width: number; zoom: number };

/** An image as drawing operations: its size in layout units, and the image pixels each unit gets. */
export interface Layout {
  width: number;
  height: number;
  scale: number;
  background: string;
  ops: DrawOp[];
}

/** The fonts a layout is set in, by the names the renderer registered them under. */
export interface Fonts {
  sans: string;
  serif: string;
}

/** What every share card carries: the site's name, what kind of part it shows and a line about the article and its source. */
export interface CardFrame {
  siteName: string;
  kicker: string;
  footer: string;
}

/** A section's card: its heading and the first sentence of its text, or the figures it sums up. */
export interface SectionCard extends CardFrame {
  title: string;
  lead?: { text: string; quoted: boolean };
  figures: readonly { display: string; label: string }[];
}

/** A chart's card: its title and the chart itself. */
export interface ChartCard extends CardFrame {
  title: string;
  spec: ChartSpec;
}

/** A chart as an image to download: it stands alone, with its title, takeaway and source. */
export interface ChartImage {
  title: string;
  takeaway: string;
  spec: ChartSpec;
  /** Where the figures come from and where the chart lives, one line each. */
  source: readonly string[];
}

/** The size of every share card, as link previews want it. */
export const CARD = { width: 1200, height: 630 } as const;

const MARGIN = 64;
const bold = (family: string, size: number) => `700 ${size}px ${family}`;
const plain = (family: string, size: number) => `400 ${size}px ${family}`;

interface Column {
  x: number;
  width: number;
}

// Lines of text as operations, each baseline a line height below the last, starting at `top` (the first line's top).
function textLines(lines: readonly string[], at: Column & { top: number; size: number; lineHeight: number; font: string; colour: string }): DrawOp[] {
  return lines.map((text, i) => ({ op: 'text', text, x: at.x, y: at.top + at.size * 0.92 + i * at.lineHeight, font: at.font, colour: at.colour }));
}

// A figure reads best on one line, as large as fits; a long one ("almost 30 times") takes two rather than an ellipsis.
function figureDisplay(display: string, sizes: readonly number[], width: number, fonts: Fonts, measure: Measure) {
  const box = { font: (size: number) => bold(fonts.sans, size), maxWidth: width, measure };
  const oneLine = fitSize(display, sizes, { ...box, maxLines: 1 });
  return oneLine.truncated ? fitSize(display, sizes, { ...box, maxLines: 2 }) : oneLine;
}

const blockHeight = (lines: number, size: number, lineHeight: number) => (lines === 0 ? 0 : size + (lines - 1) * lineHeight);

// The frame around every card: the accent bar, the site's name and the kind of part, and the footer under a rule.
function frame(card: CardFrame, fonts: Fonts, measure: Measure): DrawOp[] {
  const kickerFont = plain(fonts.sans, 24);
  const kicker = card.kicker.toUpperCase();
  const kickerWidth = measure(kicker, kickerFont);
  const name = fitLines(card.siteName, { font: bold(fonts.sans, 28), maxWidth: CARD.width - 2 * MARGIN - kickerWidth - 32, maxLines: 1, measure });
  const footer = fitLines(card.footer, { font: plain(fonts.sans, 22), maxWidth: CARD.width - 2 * MARGIN, maxLines: 1, measure });
  return [
    { op: 'rect', x: 0, y: 0, width: CARD.width, height: 10, colour: INK.accent },
    { op: 'text', text: name.lines[0] ?? '', x: MARGIN, y: 74, font: bold(fonts.sans, 28), colour: INK.accent },
    { op: 'text', text: kicker, x: CARD.width - MARGIN - kickerWidth, y: 74, font: kickerFont, colour: INK.dim },
    { op: 'rect', x: MARGIN, y: CARD.height - 84, width: CARD.width - 2 * MARGIN, height: 2, colour: INK.rule },
    { op: 'text', text: footer.lines[0] ?? '', x: MARGIN, y: CARD.height - 40, font: plain(fonts.sans, 22), colour: INK.dim },
  ];
}

/** Where a card's own content goes, between the site's name and the footer. */
const CONTENT = { top: 116, bottom: CARD.height - 112 } as const;

/** Lays out a section's card: the heading as large as fits in three lines, then its first sentence, or its figures. */
export function sectionCardLayout(card: SectionCard, fonts: Fonts, measure: Measure): Layout {
  const panel = card.figures.length === 1 ? 360 : 0;
  const text: Column = { x: MARGIN, width: CARD.width - 2 * MARGIN - (panel ? panel + 56 : 0) };
  const heading = fitSize(card.title, [64, 56, 48, 40], { font: (size) => bold(fonts.sans, size), maxWidth: text.width, maxLines: 3, measure });
  const headingLine = Math.round(heading.size * 1.15);
  const ops: DrawOp[] = [
    ...frame(card, fonts, measure),
    ...textLines(heading.lines, {
      ...text,
      top: CONTENT.top,
      size: heading.size,
      lineHeight: headingLine,
      font: bold(fonts.sans, heading.size),
      colour: INK.heading,
    }),
  ];
  let y = CONTENT.top + blockHeight(heading.lines.length, heading.size, headingLine) + 36;

  if (card.figures.length > 1) {
    // One row a figure, every figure at the one size at which all fit a line, its words beside it.
    const figureWidth = 420;
    const gap = 32;
    const labelWidth = CARD.width - 2 * MARGIN - figureWidth - gap;
    const sizes = [56, 52, 48, 44, 40, 36, 32];
    // Each row gets an equal share of the room, and keeps at least 16 px of it to part it from the next.
    const rowRoom = (CONTENT.bottom - y) / card.figures.length;
    const fitsAll = (size: number) => size + 16 <= rowRoom && card.figures.every((figure) => measure(figure.display, bold(fonts.sans, size)) <= figureWidth);
    const size = sizes.find(fitsAll);
    if (size === undefined) throw new Error(`share card "${card.title}": ${card.figures.length} figures do not fit its rows at any size`);
    for (const figure of card.figures) {
      const display = fitLines(figure.display, { font: bold(fonts.sans, size), maxWidth: figureWidth, maxLines: 1, measure });
      const label = fitLines(figure.label, {
        font: plain(fonts.sans, 24),
        maxWidth: labelWidth,
        maxLines: Math.max(1, Math.min(3, Math.floor((rowRoom - 16 - 24) / 30) + 1)),
        measure,
      });
      const labelHeight = blockHeight(label.lines.length, 24, 30);
      const height = Math.max(size, labelHeight);
      ops.push(
        ...textLines(display.lines, {
          x: MARGIN,
          width: figureWidth,
          top: y + (height - size) / 2,
          size,
          lineHeight: size,
          font: bold(fonts.sans, size),
          colour: INK.figure,
        }),
        ...textLines(label.lines, {
          x: MARGIN + figureWidth + gap,
          width: labelWidth,
          top: y + (height - labelHeight) / 2,
          size: 24,
          lineHeight: 30,
          font: plain(fonts.sans, 24),
          colour: INK.body,
        }),
      );
      y += height + Math.min(40, Math.max(16, rowRoom - height));
    }
  } else if (card.lead) {
    const words = card.lead.quoted ? `“${card.lead.text}”` : card.lead.text;
    const room = CONTENT.bottom - y;
    const lineHeight = (size: number) => Math.round(size * 1.4);
    const lead = fitSize(words, [32, 28, 24], {
      font: (size) => plain(fonts.serif, size),
      maxWidth: text.width,
      // As many lines as the room left holds at each size, never fewer than one.
      maxLines: (size) => Math.max(1, Math.floor((room - size) / lineHeight(size)) + 1),
      measure,
    });
    ops.push(
      ...textLines(lead.lines, { ...text, top: y, size: lead.size, lineHeight: lineHeight(lead.size), font: plain(fonts.serif, lead.size), colour: INK.body }),
    );
  }

  const [figure] = card.figures;
  if (panel && figure) {
    const column = { x: CARD.width - MARGIN - panel, width: panel };
    const display = figureDisplay(figure.display, [88, 76, 64, 52], panel, fonts, measure);
    const displayHeight = blockHeight(display.lines.length, display.size, display.size);
    const label = fitLines(figure.label, { font: plain(fonts.sans, 24), maxWidth: panel, maxLines: 5, measure });
    const height = displayHeight + 20 + blockHeight(label.lines.length, 24, 32);
    const top = CONTENT.top + Math.max(0, (CONTENT.bottom - CONTENT.top - height) / 2);
    ops.push(
      { op: 'rect', x: column.x - 28, y: CONTENT.top, width: 4, height: CONTENT.bottom - CONTENT.top, colour: INK.figure },
      ...textLines(display.lines, { ...column, top, size: display.size, lineHeight: display.size, font: bold(fonts.sans, display.size), colour: INK.figure }),
      ...textLines(label.lines, { ...column, top: top + displayHeight + 20, size: 24, lineHeight: 32, font: plain(fonts.sans, 24), colour: INK.body }),
    );
  }
  return { ...CARD, scale: 1, background: INK.bg, ops };
}

/** Lays out a chart's card: its title in at most two lines and the chart itself, drawn as on the page in the dark scheme. */
export function chartCardLayout(card: ChartCard, fonts: Fonts, measure: Measure): Layout {
  const width = CARD.width - 2 * MARGIN;
  const title = fitSize(card.title, [44, 40, 36, 32], { font: (size) => bold(fonts.sans, size), maxWidth: width, maxLines: 2, measure });
  const titleLine = Math.round(title.size * 1.18);
  const top = CONTENT.top + blockHeight(title.lines.length, title.size, titleLine) + 32;
  const room = CONTENT.bottom - top;
  // Twice the page's size reads at a preview's size; a tall chart is made smaller to fit the card.
  const zoom = Math.min(2, room / chartHeight(card.spec));
  const height = chartHeight(card.spec) * zoom;
  const chartTop = top + (room - height) / 2;
  return {
    ...CARD,
    scale: 1,
    background: INK.bg,
    ops: [
      ...frame(card, fonts, measure),
      ...textLines(title.lines, {
        x: MARGIN,
        width,
        top: CONTENT.top,
        size: title.size,
        lineHeight: titleLine,
        font: bold(fonts.sans, title.size),
        colour: INK.heading,
      }),
      // The card's background is the chart's: its values sit on patches of it.
      { op: 'rect', x: MARGIN - 16, y: chartTop - 12, width: width + 32, height: height + 24, colour: CHART_COLOURS.dark.bg },
      { op: 'chart', spec: card.spec, colours: CHART_COLOURS.dark, x: MARGIN, y: chartTop, width, zoom },
    ],
  };
}

/** The width of a downloaded chart image in layout units (CSS pixels); it is drawn at twice that. */
export const CHART_IMAGE_WIDTH = 640;

/** Lays out a chart to download: title, takeaway, the chart on paper colours, and its source, each line measured. */
export function chartImageLayout(image: ChartImage, fonts: Fonts, measure: Measure): Layout {
  const margin = 24;
  const width = CHART_IMAGE_WIDTH - 2 * margin;
  const paper = CHART_COLOURS.print;
  const ops: DrawOp[] = [{ op: 'rect', x: 0, y: 0, width: CHART_IMAGE_WIDTH, height: 4, colour: paper.stated[0] }];
  let y = 24;
  const block = (text: string, size: number, lineHeight: number, weight: typeof bold, colour: string, maxLines: number) => {
    const font = weight(fonts.sans, size);
    const { lines } = fitLines(text, { font, maxWidth: width, maxLines, measure });
    ops.push(...textLines(lines, { x: margin, width, top: y, size, lineHeight, font, colour }));
    y += blockHeight(lines.length, size, lineHeight);
  };
  block(image.title, 20, 26, bold, paper.text, 3);
  y += 8;
  block(image.takeaway, 15, 22, plain, paper.text, 6);
  y += 20;
  ops.push({ op: 'chart', spec: image.spec, colours: paper, x: margin, y, width, zoom: 1 });
  y += chartHeight(image.spec) + 16;
  ops.push({ op: 'rect', x: margin, y, width, height: 1, colour: SCHEMES.light['--rule'] });
  y += 10;
  for (const line of image.source) {
    block(line, 12, 17, plain, SCHEMES.light['--muted'], 2);
    y += 4;
  }
  return { width: CHART_IMAGE_WIDTH, height: Math.ceil(y + 16), scale: 2, background: paper.bg, ops };
}
