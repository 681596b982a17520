import { CARD_INK as INK } from '../site/palette';
import { CARD, type DrawOp, type Fonts, type Layout } from './card-layout';
import { fitWhole, type Measure } from './text-fit';

/** What the share card says: all of it comes from the article's frontmatter and the figures module. */
export interface ShareCard {
  siteName: string;
  headline: string;
  figure: string;
  figureLabel: string;
  bars: readonly { label: string; value: number; display: string }[];
  credit: string;
}

/**
 * Where things sit on /og.png, in pixels: a column of words on the left (the headline spans the top) and the bars
 * on the right. `y` is a baseline; every line is measured, and text that does not fit its room stops the build.
 */
const OG = {
  margin: 64,
  siteName: { y: 92, size: 28 },
  // The headline keeps to two lines narrower than the card, so it reads as a block over the figure.
  headline: { y: 170, sizes: [46, 42, 38], lines: 2, width: 760, step: 1.26 },
  figure: { y: 420, size: 96 },
  figureLabel: { y: 470, size: 24, lines: 3, step: 32 },
  bars: { x: 680, y: 300, step: 86, size: 24, height: 34, gap: 10, longest: 300, shortest: 6 },
  credit: { y: 590, size: 22 },
} as const;

const bold = (family: string, size: number) => `700 ${size}px ${family}`;
const plain = (family: string, size: number) => `400 ${size}px ${family}`;

/** Lays out the site's 1200 × 630 share card (/og.png): site name, headline, the headline figure and its bars, the credit. */
export function ogCardLayout(card: ShareCard, fonts: Fonts, measure: Measure): Layout {
  const { margin } = OG;
  const right = CARD.width - margin;
  // The column of words ends a margin's width before the bars begin.
  const column = OG.bars.x - 2 * margin;
  const text = (words: string, x: number, y: number, font: string, colour: string): DrawOp => ({ op: 'text', text: words, x, y, font, colour });
  // One line of text that must fit whole (a name, a figure, a credit), at its place.
  const line = (words: string, at: { x: number; y: number; size: number; maxWidth: number }, font: (size: number) => string, colour: string, what: string) =>
    fitWhole(words, [at.size], { font, maxWidth: at.maxWidth, maxLines: 1, measure }, `og.png: ${what}`).lines.map((one) =>
      text(one, at.x, at.y, font(at.size), colour),
    );
  const boldSans = (size: number) => bold(fonts.sans, size);
  const plainSans = (size: number) => plain(fonts.sans, size);

  const headline = fitWhole(
    card.headline,
    OG.headline.sizes,
    { font: boldSans, maxWidth: OG.headline.width, maxLines: OG.headline.lines, measure },
    'og.png: the headline',
  );
  const headlineStep = Math.round(headline.size * OG.headline.step);
  const label = fitWhole(
    card.figureLabel,
    [OG.figureLabel.size],
    { font: plainSans, maxWidth: column, maxLines: OG.figureLabel.lines, measure },
    'og.png: the figure’s label',
  );

  const ops: DrawOp[] = [
    { op: 'rect', x: 0, y: 0, width: CARD.width, height: 10, colour: INK.accent },
    ...line(card.siteName, { x: margin, ...OG.siteName, maxWidth: right - margin }, boldSans, INK.accent, 'the site’s name'),
    ...headline.lines.map((words, i) => text(words, margin, OG.headline.y + i * headlineStep, boldSans(headline.size), INK.heading)),
    ...line(card.figure, { x: margin, ...OG.figure, maxWidth: column }, boldSans, INK.figure, 'the figure'),
    ...label.lines.map((words, i) => text(words, margin, OG.figureLabel.y + i * OG.figureLabel.step, plainSans(OG.figureLabel.size), INK.body)),
    ...line(card.credit, { x: margin, ...OG.credit, maxWidth: right - margin }, plainSans, INK.dim, 'the credit'),
  ];

  const { bars } = OG;
  // The bars end where the column of words does, at the credit's baseline.
  const fitting = Math.floor((OG.credit.y - bars.y - bars.gap - bars.height) / bars.step) + 1;
  if (card.bars.length === 0 || card.bars.length > fitting)
    throw new Error(`og.png: ${card.bars.length} bars do not fit the card, which has room for 1 to ${fitting}`);
  const valueFont = boldSans(bars.size);
  // The longest bar is 300 px, unless a bar's amount would then run past the right margin: all bars shrink alike.
  const room = right - bars.x - bars.gap;
  const max = Math.max(...card.bars.map((bar) => bar.value));
  const scale = Math.min(bars.longest / max, ...card.bars.map((bar) => (room - measure(bar.display, valueFont)) / bar.value));
  card.bars.forEach((bar, i) => {
    const y = bars.y + i * bars.step;
    const amount = measure(bar.display, valueFont);
    // Rounded to whole pixels, but never past the room its amount leaves.
    const width = Math.max(bars.shortest, Math.min(Math.round(bar.value * scale), Math.floor(room - amount)));
    if (bars.x + width + bars.gap + amount > right) throw new Error(`og.png: the amount “${bar.display}” does not fit beside its bar`);
    ops.push(
      ...line(bar.label, { x: bars.x, y, size: bars.size, maxWidth: right - bars.x }, plainSans, INK.body, 'a bar’s label'),
      { op: 'rect', x: bars.x, y: y + 12, width, height: bars.height, colour: INK.figure },
      text(bar.display, bars.x + width + bars.gap, y + 38, valueFont, INK.heading),
    );
  });
  return { ...CARD, scale: 1, background: INK.bg, ops };
}
