/**
 * The site's colours, written once. Everything drawn in TypeScript (the charts on the page and at build time, the
 * share cards, /og.png, the raster icons) reads them here. CSS and SVG cannot import TypeScript, so the two files
 * that must repeat a colour are compared with this table by tests/unit/site/palette.test.ts: the tokens of
 * src/styles/global.css (light, dark and print) and the icon's master, public/favicon.svg.
 */

/** The page's colour tokens in the light scheme, as global.css declares them in `:root`. */
const LIGHT = {
  '--bg': '#fdfcf8',
  '--surface': '#f2efe7',
  '--text': '#1c1b19',
  '--muted': '#56534c',
  '--rule': '#d6d1c4',
  '--link': '#0a58a8',
  '--focus': '#b3261e',
  '--target': '#fff1b8',
  '--quote-mark': '#ffc94a',
  '--chart-stated': '#0072b2',
  '--chart-stated-alt': '#00497a',
  '--chart-derived': '#a35c00',
  '--chart-remainder': '#6f6a60',
  '--chart-text': '#1c1b19',
  '--chart-grid': '#d6d1c4',
};

/** A colour token the page declares in each scheme. */
export type Token = keyof typeof LIGHT;

/** The page's colour tokens in each scheme: light in `:root`, dark under `prefers-color-scheme: dark`. */
export const SCHEMES = {
  light: LIGHT,
  dark: {
    '--bg': '#15171a',
    '--surface': '#1f2328',
    '--text': '#ebe8e1',
    '--muted': '#b4afa5',
    '--rule': '#3b3f45',
    '--link': '#8cc4ff',
    '--focus': '#ffb4a9',
    '--target': '#3d3514',
    '--quote-mark': '#7a5a00',
    '--chart-stated': '#56b4e9',
    '--chart-stated-alt': '#2f7fc0',
    '--chart-derived': '#e69f00',
    '--chart-remainder': '#a7a196',
    '--chart-text': '#ebe8e1',
    '--chart-grid': '#3b3f45',
  },
} as const satisfies Record<string, Record<Token, string>>;

/** What print changes: paper is white and text black, whatever the screen's scheme (global.css, `@media print`). */
export const PAPER = { '--bg': '#ffffff', '--text': '#000000', '--link': '#000000' } as const satisfies Partial<Record<Token, string>>;

const dark = SCHEMES.dark;

/**
 * The share cards and /og.png: the dark scheme's page, its accent the charts' orange and its figures their blue,
 * with white headings and body text a step softer than the page's.
 */
export const CARD_INK = {
  bg: dark['--bg'],
  accent: dark['--chart-derived'],
  heading: '#ffffff',
  body: '#d9d4c7',
  dim: dark['--chart-remainder'],
  figure: dark['--chart-stated'],
  rule: dark['--rule'],
} as const;

/** The site's mark, as public/favicon.svg draws it: a blue tile, two white bars and a yellow one. */
export const ICON = { tile: '#0b4f8a', bar: '#ffffff', top: '#f0b429' } as const;
