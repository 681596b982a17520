import { sourceName } from '../cite/citation';
import type { ChartModel } from '../figures/chart-model';
import { formatFigure } from '../figures/format-value';
import type { ShareCard } from './share-image';

/** What the share card is made from: the site's name, the article's headline and source, and its charts' rows. */
export interface ShareCardFacts {
  siteName: string;
  headline: string;
  source: { outlet: string; publisher: string };
  charts: readonly Pick<ChartModel, 'id' | 'rows'>[];
}

/** The share card's content, from the headline figure and the deals chart; its alt text says the same. */
export function shareCardOf({ siteName, headline, source, charts }: ShareCardFacts): ShareCard & { alt: string } {
  const deals = charts.find((chart) => chart.id === 'chart-deals');
  const total = deals?.rows.find((row) => row.figure.id === 'cooperation-total');
  if (!deals || !total) throw new Error('share card: it needs chart-deals and its figure cooperation-total');
  const bars = deals.rows.filter((row) => row.drawn).map((row) => ({ label: row.label, value: row.figure.value, display: row.display }));
  const figure = formatFigure(total.figure);
  return {
    siteName,
    headline,
    figure,
    figureLabel: total.figure.label,
    bars,
    credit: `Source: ${sourceName(source)}`,
    alt: `${headline}: ${figure}, ${total.figure.label}. ${bars.map((bar) => `${bar.label}: ${bar.display}`).join('; ')}.`,
  };
}
