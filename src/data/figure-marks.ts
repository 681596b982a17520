import { pathWithBase, ROUTES } from '../lib/site/routes';
import { parseQuantity } from '../lib/figures/quantities';
import type { FigureMark } from '../lib/markdown/rehype-figure-marks';
import { charts } from './charts';
import { figures } from './figures';

const tabulates = (chart: (typeof charts)[number], id: string) => 'alsoInTable' in chart && chart.alsoInTable.some((row) => row.figure === id);

/** The marks for every stated figure: each links to the chart beside it, else one that draws or tabulates it, else the ledger. */
export function figureMarks(base: string): FigureMark[] {
  return figures.flatMap((figure) => {
    if (figure.kind !== 'stated') return [];
    const chart =
      charts.find((c) => c.anchor === figure.id) ??
      charts.find((c) => c.bars.some((bar) => bar.figure === figure.id)) ??
      charts.find((c) => tabulates(c, figure.id));
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
