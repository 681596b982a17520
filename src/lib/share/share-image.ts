/** What the share card says: all of it comes from the article's frontmatter and the figures module. */
export interface ShareCard {
  siteName: string;
  headline: string;
  figure: string;
  figureLabel: string;
  bars: readonly { label: string; value: number; display: string }[];
  credit: string;
}

const escapeXml = (text: string) => text.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);

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
  const headline = wrap(card.headline, 30).slice(0, 3);
  const label = wrap(card.figureLabel, 44).slice(0, 3);
  const max = Math.max(...card.bars.map((bar) => bar.value));
  const tspans = (lines: string[], x: number, first: number, step: number) =>
    lines.map((line, i) => `<tspan x="${x}" y="${first + i * step}">${escapeXml(line)}</tspan>`).join('');
  const bars = card.bars
    .map((bar, i) => {
      const y = 300 + i * 86;
      const width = Math.max(6, Math.round((bar.value / max) * 300));
      return `<text x="680" y="${y}" font-size="24" fill="#d9d4c7">${escapeXml(bar.label)}</text><rect x="680" y="${y + 12}" width="${width}" height="34" fill="#56b4e9"/><text x="${690 + width}" y="${y + 38}" font-size="24" font-weight="bold" fill="#ffffff">${escapeXml(bar.display)}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="DejaVu Sans">
<rect width="1200" height="630" fill="#15171a"/>
<rect x="0" y="0" width="1200" height="10" fill="#e69f00"/>
<text x="64" y="92" font-size="28" font-weight="bold" fill="#e69f00">${escapeXml(card.siteName)}</text>
<text font-size="46" font-weight="bold" fill="#ffffff">${tspans(headline, 64, 170, 58)}</text>
<text x="64" y="420" font-size="96" font-weight="bold" fill="#56b4e9">${escapeXml(card.figure)}</text>
<text font-size="24" fill="#d9d4c7">${tspans(label, 64, 470, 32)}</text>
${bars}
<text x="64" y="590" font-size="22" fill="#a7a196">${escapeXml(card.credit)}</text>
</svg>`;
}
