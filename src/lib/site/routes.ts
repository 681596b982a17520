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

/** The route of a section's or chart's share page, whose card is that part's and which sends readers on to it. */
export const shareRoute = (id: string) => `share/${id}/`;

/** The route of a part's 1200 × 630 share card. */
export const shareCardRoute = (id: string) => `share/${id}.png`;

/** The route of a chart's page for embedding in other sites. */
export const embedRoute = (chartId: string) => `embed/${chartId}/`;

/** The id, on the ledger, of a chart's embed code: each chart in the article links to it. */
export const embedCodeId = (chartId: string) => `embed-${chartId}`;

/** The route of a chart's image to download, with its title, takeaway and source. */
export const chartImageRoute = (chartId: string) => `charts/${chartId}.png`;

/** The 1-based position of the paragraph an id names (`p-7` → 7), or null if the id is no paragraph's. */
export function paragraphPosition(id: unknown): number | null {
  if (typeof id !== 'string' || !id.startsWith(PARAGRAPH_ID_PREFIX)) return null;
  const digits = id.slice(PARAGRAPH_ID_PREFIX.length);
  return /^\d+$/.test(digits) ? Number(digits) : null;
}

/** Whether a published id is a paragraph's (`p-7`). */
export const isParagraphId = (id: string) => paragraphPosition(id) !== null;
