import type { APIRoute, GetStaticPaths } from 'astro';
import { shareSummaries } from '../../data/share-pages';
import { chartCardLayout, sectionCardLayout } from '../../lib/share/card-layout';
import { IMAGE_FONTS, layoutPng, measureText } from '../../render/layout-image';

/** One card a section or chart, by its live id; share pages under an old id show their part's card. */
export const getStaticPaths = (() => [...shareSummaries.keys()].map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

/** The 1200 × 630 card of one part: a section's heading and first sentence or figures, or a chart drawn by Chart.js. */
export const GET: APIRoute = ({ params }) => {
  const summary = shareSummaries.get(params.id ?? '');
  if (!summary) throw new Error(`share card: no section or chart "${params.id}"`);
  const layout =
    summary.card.kind === 'chart'
      ? chartCardLayout(summary.card.content, IMAGE_FONTS, measureText)
      : sectionCardLayout(summary.card.content, IMAGE_FONTS, measureText);
  return new Response(new Uint8Array(layoutPng(layout)), { headers: { 'Content-Type': 'image/png' } });
};
