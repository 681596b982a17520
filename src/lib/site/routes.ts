/** Each route of the site, relative to its base path: the one place their spellings live. */
export const ROUTES = {
  figures: 'figures/',
  figuresCsv: 'data/figures.csv',
  figuresJson: 'data/figures.json',
  shareImage: 'og.png',
  sitemap: 'sitemap-index.xml',
  favicon: 'favicon.svg',
  faviconIco: 'favicon.ico',
  appleTouchIcon: 'apple-touch-icon.png',
  logo: 'icon-512.png',
} as const;

/** The route of one chart's CSV download. */
export const chartCsvRoute = (chartId: string) => `data/${chartId}.csv`;

/** The prefix of paragraph ids: the paragraph's 1-based position in the article follows it. */
export const PARAGRAPH_ID_PREFIX = 'p-';

/** The id of the article's paragraph at a 1-based position, as published (`p-7`). */
export const paragraphId = (position: number) => `${PARAGRAPH_ID_PREFIX}${position}`;

/** A route under the site's base path, whether or not the base ends in a slash: ("/arms", "figures/") → "/arms/figures/". */
export function pathWithBase(base: string, route = ''): string {
  return `${base.endsWith('/') ? base : `${base}/`}${route}`;
}

/** The route of a chart's image to download, with its title, takeaway and source. */
export const chartImageRoute = (chartId: string) => `charts/${chartId}.png`;
