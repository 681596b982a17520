import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getArticle } from '../../../data/article';
import { ARTICLE_BOX, EMBED_BOX, STILL_THEMES, stillName, stillWidths } from '../../../lib/charts/stills';
import { stillPng } from '../../../render/chart-image';

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

// Every width a chart's box can take in the article or an embed, each once.
const WIDTHS = [...new Set([...stillWidths(ARTICLE_BOX), ...stillWidths(EMBED_BOX)])];

/** The stills of every chart: each scheme at each width its box may have, for the page to show before Chart.js. */
export const getStaticPaths = (async () => {
  const { charts } = await getArticle();
  return charts.flatMap(({ id, spec }) =>
    STILL_THEMES.flatMap((theme) => WIDTHS.map((width) => ({ params: { still: stillName(id, theme, width) }, props: { id, spec, theme, width } }))),
  );
}) satisfies GetStaticPaths;

/** One still, drawn by Chart.js from the chart's own configuration. */
export const GET: APIRoute<Props> = ({ props: { id, spec, theme, width } }) =>
  new Response(new Uint8Array(stillPng(id, spec, theme, width)), { headers: { 'Content-Type': 'image/png' } });
