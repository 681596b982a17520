import { s } from 'hastscript';
import { toHtml } from 'hast-util-to-html';

/** What the share card says: all of it comes from the article's frontmatter and the figures module. */
export interface ShareCard {
  siteName: string;
  headline: string;
  figure: string;
  figureLabel: string;
  bars: readonly { label: string; value: number; display: string }[];
  credit: string;
}

/** Breaks text into lines of at most `width` characters, at spaces. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/u)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

// The card's look (colours, type sizes and weights, the font) is judged by eye on /og.png, not by tests; its
// layout, what it says and how the bars scale are tested. So mutation testing leaves this table alone.
// Stryker disable all
const LOOK = {
  font: 'DejaVu Sans',
  background: { fill: '#15171a' },
  rule: { fill: '#e69f00' },
  siteName: { fontSize: 28, fontWeight: 'bold', fill: '#e69f00' },
  headline: { fontSize: 46, fontWeight: 'bold', fill: '#ffffff' },
  figure: { fontSize: 96, fontWeight: 'bold', fill: '#56b4e9' },
  figureLabel: { fontSize: 24, fill: '#d9d4c7' },
  barLabel: { fontSize: 24, fill: '#d9d4c7' },
  bar: { fill: '#56b4e9' },
  barValue: { fontSize: 24, fontWeight: 'bold', fill: '#ffffff' },
  credit: { fontSize: 22, fill: '#a7a196' },
};
// Stryker restore all

/** The 1200 × 630 share card as SVG, laid out for DejaVu Sans so it renders the same on every machine. */
export function shareCardSvg(card: ShareCard): string {
  const max = Math.max(...card.bars.map((bar) => bar.value));
  const lines = (text: string, width: number, x: number, first: number, step: number) =>
    wrap(text, width)
      .slice(0, 3)
      .map((line, i) => s('tspan', { x, y: first + i * step }, line));
  const bars = card.bars.flatMap((bar, i) => {
    const y = 300 + i * 86;
    const width = Math.max(6, Math.round((bar.value / max) * 300));
    return [
      s('text', { x: 680, y, ...LOOK.barLabel }, bar.label),
      s('rect', { x: 680, y: y + 12, width, height: 34, ...LOOK.bar }),
      s('text', { x: 690 + width, y: y + 38, ...LOOK.barValue }, bar.display),
    ];
  });
  const svg = s('svg', { xmlns: 'http://www.w3.org/2000/svg', width: 1200, height: 630, viewBox: '0 0 1200 630', fontFamily: LOOK.font }, [
    s('rect', { width: 1200, height: 630, ...LOOK.background }),
    s('rect', { x: 0, y: 0, width: 1200, height: 10, ...LOOK.rule }),
    s('text', { x: 64, y: 92, ...LOOK.siteName }, card.siteName),
    s('text', LOOK.headline, lines(card.headline, 30, 64, 170, 58)),
    s('text', { x: 64, y: 420, ...LOOK.figure }, card.figure),
    s('text', LOOK.figureLabel, lines(card.figureLabel, 44, 64, 470, 32)),
    ...bars,
    s('text', { x: 64, y: 590, ...LOOK.credit }, card.credit),
  ]);
  // The serializer writes an <svg> element in SVG's own space: attribute names as SVG spells them (font-size,
  // viewBox) and text escaped as XML needs.
  return toHtml(svg);
}
