import type { APIRoute } from 'astro';
import { getArticle } from '../../data/article';
import { toCsv } from '../../lib/share/csv';
import { FIGURE_COLUMNS, figureRecord } from '../../lib/share/figure-records';

/** Every figure, stated and derived, as CSV. */
export const GET: APIRoute = async () => {
  const { ledger } = await getArticle();
  return new Response(toCsv(FIGURE_COLUMNS, ledger.figures.map(figureRecord)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
