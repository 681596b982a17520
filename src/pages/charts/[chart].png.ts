import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { BASE as base, SITE_NAME } from '../../consts';
import { getArticle } from '../../data/article';
import { sourceName } from '../../lib/cite/citation';
import { chartImageLayout } from '../../lib/share/card-layout';
import { IMAGE_FONTS, layoutPng, measureText } from '../../render/layout-image';

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** One image a chart, named by the chart's id, for readers to download and repost. */
export const getStaticPaths = (async () => {
  const { charts, source } = await getArticle();
  return charts.map((chart) => ({ params: { chart: chart.id }, props: { chart, source } }));
}) satisfies GetStaticPaths;

/** The chart drawn at build time from the page's own configuration, with its title, takeaway and source. */
export const GET: APIRoute<Props> = ({ props: { chart, source }, site }) => {
  // The image stands alone when reposted: it names the report it charts and the page it comes from.
  const lines = [`Source: ${sourceName(source)}, ${source.url}`, `Chart: ${SITE_NAME}, ${new URL(base, site).href}#${chart.id}`];
  const layout = chartImageLayout({ title: chart.title, takeaway: chart.takeaway, spec: chart.spec, source: lines }, IMAGE_FONTS, measureText);
  return new Response(new Uint8Array(layoutPng(layout)), { headers: { 'Content-Type': 'image/png' } });
};
