import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import type { APIRoute } from 'astro';
import { getArticle } from '../data/article';
import { shareCard } from '../data/share';
import { shareCardSvg } from '../lib/share/share-image';

// The card's fonts ship in an npm package, so the PNG is the same on every machine, whatever fonts it has.
const require = createRequire(import.meta.url);
const fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`));

/** The 1200 × 630 share image, drawn at build time from the headline figure: change the figure and the image changes. */
export const GET: APIRoute = async () => {
  const svg = shareCardSvg(shareCard(await getArticle()));
  const png = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'DejaVu Sans' }, fitTo: { mode: 'original' } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
