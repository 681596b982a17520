import { PAPER, SCHEMES, type Token } from '../site/palette';
import type { ChartPalette } from './chart-config';

/** A palette without its font: the page takes its font from CSS, images from the fonts they embed. */
export type ChartColours = Omit<ChartPalette, 'font'>;

/** The CSS custom properties the page's charts are drawn with, in the order of a palette's fields. */
export const CHART_TOKENS = {
  stated: ['--chart-stated', '--chart-stated-alt'],
  derived: ['--chart-derived', '--chart-remainder'],
  text: '--chart-text',
  bg: '--surface',
} as const satisfies { stated: readonly Token[]; derived: readonly Token[]; text: Token; bg: Token };

// A scheme's chart colours, read from its tokens through the table above.
const chartColours = (scheme: Record<Token, string>) => {
  const [stated, statedAlt] = CHART_TOKENS.stated;
  const [derived, remainder] = CHART_TOKENS.derived;
  return {
    stated: [scheme[stated], scheme[statedAlt]],
    derived: [scheme[derived], scheme[remainder]],
    text: scheme[CHART_TOKENS.text],
    bg: scheme[CHART_TOKENS.bg],
  } as const;
};

/**
 * The chart colours of each scheme, from the site's palette (src/lib/site/palette.ts). The page reads the light
 * and dark ones from the same tokens in src/styles/global.css; images made at build time read them here. Paper
 * is white whatever the screen's scheme, so print has its own: the light scheme's parts in paper's ink.
 */
export const CHART_COLOURS = {
  light: chartColours(SCHEMES.light),
  dark: chartColours(SCHEMES.dark),
  print: { ...chartColours(SCHEMES.light), text: PAPER['--text'], bg: PAPER['--bg'] },
} as const satisfies Record<string, ChartColours>;
