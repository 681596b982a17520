import type { APIRoute } from 'astro';
import { getArticle } from '../data/article';
import { shareCard } from '../data/share';
import { ogCardLayout } from '../lib/share/share-image';
import { IMAGE_FONTS, layoutPng, measureText } from '../render/layout-image';

/** The 1200 × 630 share image, drawn at build time from the headline figure: change the figure and the image changes. */
export const GET: APIRoute = async () => {
  const png = layoutPng(ogCardLayout(shareCard(await getArticle()), IMAGE_FONTS, measureText));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
