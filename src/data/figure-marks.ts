import { pathWithBase, ROUTES } from '../lib/site/routes';
import { chartFigureIds } from '../lib/figures/chart-model';
import { parseQuantity } from '../lib/figures/quantities';
import type { FigureMark } from '../lib/markdown/rehype-figure-marks';
import { charts } from './charts';
import { figures } from './figures';

/** The marks for every stated figure: each links to the chart after its paragraph, else one that draws or tabulates it, else the ledger. */
export function figureMarks(base: string): FigureMark[] {
  return figures.flatMap((figure) => {
    if (figure.kind !== 'stated') return [];
    const chart =
      charts.find((c) => c.anchor === figure.id) ??
      charts.find((c) => c.parts.some((part) => part.figure === figure.id)) ??
      charts.find((c) => chartFigureIds(c).includes(figure.id));
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
