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
      s('text', { x: 680, y, fontSize: 24, fill: '#d9d4c7' }, bar.label),
      s('rect', { x: 680, y: y + 12, width, height: 34, fill: '#56b4e9' }),
      s('text', { x: 690 + width, y: y + 38, fontSize: 24, fontWeight: 'bold', fill: '#ffffff' }, bar.display),
    ];
  });
  const svg = s('svg', { xmlns: 'http://www.w3.org/2000/svg', width: 1200, height: 630, viewBox: '0 0 1200 630', fontFamily: 'DejaVu Sans' }, [
    s('rect', { width: 1200, height: 630, fill: '#15171a' }),
    s('rect', { x: 0, y: 0, width: 1200, height: 10, fill: '#e69f00' }),
    s('text', { x: 64, y: 92, fontSize: 28, fontWeight: 'bold', fill: '#e69f00' }, card.siteName),
    s('text', { fontSize: 46, fontWeight: 'bold', fill: '#ffffff' }, lines(card.headline, 30, 64, 170, 58)),
    s('text', { x: 64, y: 420, fontSize: 96, fontWeight: 'bold', fill: '#56b4e9' }, card.figure),
    s('text', { fontSize: 24, fill: '#d9d4c7' }, lines(card.figureLabel, 44, 64, 470, 32)),
    ...bars,
    s('text', { x: 64, y: 590, fontSize: 22, fill: '#a7a196' }, card.credit),
  ]);
  // The SVG space makes the serializer write SVG attribute names (font-size, viewBox) and escape text as XML needs.
  return toHtml(svg, { space: 'svg' });
}
