import type { ChartPalette } from './chart-config';

/** A palette without its font: the page takes its font from CSS, images from the fonts they embed. */
export type ChartColours = Omit<ChartPalette, 'font'>;

/**
 * The chart colours of each scheme. The page reads the light and dark ones from the tokens in
 * src/styles/global.css (tests/unit/charts/palettes.test.ts keeps the two equal); images made at build time
 * read them here. Paper is white whatever the screen's scheme, so print has its own.
 */
export const CHART_COLOURS = {
  light: { stated: ['#0072b2', '#00497a'], derived: ['#a35c00', '#6f6a60'], text: '#1c1b19', bg: '#f2efe7' },
  dark: { stated: ['#56b4e9', '#2f7fc0'], derived: ['#e69f00', '#a7a196'], text: '#ebe8e1', bg: '#1f2328' },
  print: { stated: ['#0072b2', '#00497a'], derived: ['#a35c00', '#6f6a60'], text: '#000000', bg: '#ffffff' },
} as const satisfies Record<string, ChartColours>;

/** The CSS custom properties the page's charts are drawn with, in the order of a palette's fields. */
export const CHART_TOKENS = {
  stated: ['--chart-stated', '--chart-stated-alt'],
  derived: ['--chart-derived', '--chart-remainder'],
  text: '--chart-text',
  bg: '--surface',
} as const;
