import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getArticle } from '../../data/article';
import { shareSummaries } from '../../data/share-pages';
import { chartCardLayout, sectionCardLayout } from '../../lib/share/card-layout';
import { IMAGE_FONTS, layoutPng, measureText } from '../../render/layout-image';

/** One card a section or chart, by its live id; share pages under an old id show their part's card. */
export const getStaticPaths = (async () =>
  [...shareSummaries(await getArticle()).values()].map((summary) => ({ params: { id: summary.part.id }, props: { summary } }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** The 1200 × 630 card of one part: a section's heading and first sentence or figures, or a chart drawn by Chart.js. */
export const GET: APIRoute<Props> = ({ props: { summary } }) => {
  const layout =
    summary.card.kind === 'chart'
      ? chartCardLayout(summary.card.content, IMAGE_FONTS, measureText)
      : sectionCardLayout(summary.card.content, IMAGE_FONTS, measureText);
  return new Response(new Uint8Array(layoutPng(layout)), { headers: { 'Content-Type': 'image/png' } });
};
