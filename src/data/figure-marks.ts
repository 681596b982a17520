import { pathWithBase, ROUTES } from '../lib/site/routes';
import { type ChartDefinition, chartFigureIds } from '../lib/figures/chart-model';
import type { Figure } from '../lib/figures/types';
import { parseQuantity } from '../lib/figures/quantities';
import type { FigureMark } from '../lib/markdown/rehype-figure-marks';
import { charts } from './charts';
import { figures } from './figures';

/**
 * The marks for every stated figure: each links to the chart after its paragraph, else the first that draws it,
 * else the first that shows it in its table, else its row in the ledger. The tables are figures.ts and charts.ts
 * unless others are given.
 */
export function figureMarks(base: string, tables: { figures: readonly Figure[]; charts: readonly ChartDefinition[] } = { figures, charts }): FigureMark[] {
  return tables.figures.flatMap((figure) => {
    if (figure.kind !== 'stated') return [];
    const chart =
      tables.charts.find((c) => c.anchor === figure.id) ??
      tables.charts.find((c) => c.parts.some((part) => part.figure === figure.id)) ??
      tables.charts.find((c) => chartFigureIds(c).includes(figure.id));
    return [
      {
        id: figure.id,
        quote: figure.quote,
        amountText: parseQuantity(figure.quote).text,
        value: figure.value,
        href: chart ? `#${chart.id}` : `${pathWithBase(base, ROUTES.figures)}#${figure.id}`,
      },
    ];
  });
}
