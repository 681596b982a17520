/**
 * A still is a chart drawn at build time, at one width and in one scheme, that a page shows in the chart's box until
 * Chart.js has drawn the canvas (and for good where scripts never run). The box has the canvas's height at every
 * width, but its width follows the viewport, so stills come in steps of width and the page picks, by media query,
 * the widest that fits: shown at its own size from the box's left, it is never squeezed, never cropped, and leaves
 * at most one step blank at the right.
 */

/** The schemes a still is drawn in: the page's light and dark colours. */
export const STILL_THEMES = ['light', 'dark'] as const;

/** A scheme a still is drawn in. */
export type StillTheme = (typeof STILL_THEMES)[number];

/** How many image pixels a still has for each CSS pixel: sharp on the phones and laptops most readers use. */
export const STILL_DENSITY = 2;

/**
 * How wide a chart's box is at each viewport width, as the page's CSS lays it out: the viewport less `inset` up to
 * `max`, except in the viewport ranges `narrower` names, where a side column takes part of the room.
 */
export interface BoxLayout {
  inset: number;
  max: number;
  narrower: readonly { from: number; to: number; width: number }[];
}

/**
 * The chart's box in the article (src/styles/article.css, global.css): the page's 1rem margins and the figure's
 * 1rem padding each side, up to the 48rem wide column less that padding; from 64rem the contents column and its gap take
 * 16rem until the viewport reaches 66rem. The browser layer measures the box at many widths against this table.
 */
export const ARTICLE_BOX: BoxLayout = { inset: 64, max: 736, narrower: [{ from: 1024, to: 1056, width: 704 }] };

/** The chart's box on an embed page: the frame less 1rem each side, up to 58rem. */
export const EMBED_BOX: BoxLayout = { inset: 32, max: 928, narrower: [] };

/** The widths stills are drawn at, in CSS pixels: steps of 40 px across phones, wider across tablets and desktops. */
export const STILL_WIDTHS = [256, 296, 336, 376, 416, 496, 576, 656, 704, 736, 832, 928] as const;

/** The widths of a layout's stills: those its box can ever be, and the smallest always (a narrower box shrinks it whole). */
export const stillWidths = (layout: BoxLayout): number[] =>
  STILL_WIDTHS.filter((width, index) => index === 0 || width <= layout.max || layout.narrower.some((range) => range.width === width));

/** One `<source>` of a chart's `<picture>`: where it applies, and the still it shows there. */
export interface StillSource {
  media: string;
  theme: StillTheme;
  width: number;
}

const px = (value: number) => `${value}px`;

// The query under which the reader's browser asks for dark pages.
const DARK = '(prefers-color-scheme: dark)';

// The viewport ranges where a still of this width fits the box: from where the box first reaches it, leaving out
// the ranges where the box is narrower than the still.
function fitsFrom(layout: BoxLayout, width: number): string[] {
  const gaps = layout.narrower.filter((range) => range.width < width).toSorted((a, b) => a.from - b.from);
  const ranges: string[] = [];
  let start = width + layout.inset;
  for (const gap of gaps) {
    // A max-width query matches its own pixel: the range stops just short of the gap.
    if (gap.from > start) ranges.push(`(min-width: ${px(start)}) and (max-width: ${px(gap.from - 0.02)})`);
    start = Math.max(start, gap.to);
  }
  ranges.push(`(min-width: ${px(start)})`);
  return ranges;
}

/**
 * The `<source>`s of a chart's `<picture>` in the order a browser tries them (the first that matches wins): for
 * each scheme, the widest still first. The light, narrowest still is the `<img>`'s own, for what no query matches.
 */
export function stillSources(layout: BoxLayout): StillSource[] {
  const widths = stillWidths(layout).toReversed();
  return STILL_THEMES.toReversed().flatMap((theme) =>
    widths
      .filter((_, index) => theme === 'dark' || index < widths.length - 1)
      .map((width, index) => {
        const scheme = theme === 'dark' ? DARK : '';
        // The narrowest (dark: the light one is the image's own) applies at every width.
        const ranges = index === widths.length - 1 ? [] : fitsFrom(layout, width);
        const media = ranges.length === 0 ? scheme : ranges.map((range) => [scheme, range].filter(Boolean).join(' and ')).join(', ');
        return { media, theme, width };
      }),
  );
}

/** The file name of one still, without its extension: `chart-mi35-dark-296`. */
export const stillName = (chartId: string, theme: StillTheme, width: number) => `${chartId}-${theme}-${width}`;

/** The route of one still: `charts/still/chart-mi35-dark-296.png`. */
export const stillRoute = (chartId: string, theme: StillTheme, width: number) => `charts/still/${stillName(chartId, theme, width)}.png`;

/**
 * A source's media query on a page whose scheme is set by its host (an embed's `?theme=`) rather than by the
 * reader's browser: the other scheme's stills never apply, the scheme's own by width alone. Print keeps its own.
 */
export function mediaForTheme(media: string, theme: StillTheme): string {
  if (media === 'print') return media;
  // stillSources gives every range of a dark source the scheme's query, and a light one's none.
  const dark = media.startsWith(DARK);
  if (dark !== (theme === 'dark')) return 'not all';
  return dark
    ? media
        .split(', ')
        .map((range) => (range === DARK ? 'all' : range.slice(`${DARK} and `.length)))
        .join(', ')
    : media;
}
