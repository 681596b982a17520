import type { APIRoute, GetStaticPaths } from 'astro';
import { article } from '../../data/article';
import { charts } from '../../data/charts';
import { toCsv } from '../../lib/share/csv';
import { figureRecord } from '../../lib/share/figure-records';

const COLUMNS = ['chart', 'row_label', 'drawn', 'id', 'value', 'unit', 'kind', 'display', 'paragraph', 'formula', 'note'] as const;

/** One CSV per chart, named by the chart's id. */
export const getStaticPaths = (() => charts.map((chart) => ({ params: { chart: chart.id } }))) satisfies GetStaticPaths;

/** The rows of one chart's table, as CSV. */
export const GET: APIRoute = async ({ params }) => {
  const { charts: models } = article;
  const chart = models.find((model) => model.id === params.chart);
  if (!chart) throw new Error(`No chart "${params.chart}"`);
  const rows = chart.rows.map((row) => ({ ...figureRecord(row.figure), chart: chart.id, row_label: row.label, drawn: row.drawn }));
  return new Response(toCsv(COLUMNS, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
