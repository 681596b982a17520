import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getArticle } from '../../data/article';
import { toCsv } from '../../lib/share/csv';
import { figureRecord } from '../../lib/share/figure-records';

const COLUMNS = ['chart', 'row_label', 'drawn', 'id', 'value', 'unit', 'kind', 'display', 'paragraph', 'formula', 'note'] as const;

/** One CSV per chart, named by the chart's id. */
export const getStaticPaths = (async () =>
  (await getArticle()).charts.map((chart) => ({ params: { chart: chart.id }, props: { chart } }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** The rows of one chart's table, as CSV. */
export const GET: APIRoute<Props> = ({ props: { chart } }) => {
  const rows = chart.rows.map((row) => ({ ...figureRecord(row.figure), chart: chart.id, row_label: row.label, drawn: row.drawn }));
  return new Response(toCsv(COLUMNS, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
