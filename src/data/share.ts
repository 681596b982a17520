import { SITE_NAME } from '../consts';
import { formatFigure } from '../lib/figures/format-value';
import type { ShareCard } from '../lib/share/share-image';
import { article } from './article';

/** The share card's content, from the headline figure and the deals chart; its alt text says the same. */
export async function shareCard(): Promise<ShareCard & { alt: string }> {
  const { data, charts } = article;
  const deals = charts.find((chart) => chart.id === 'chart-deals');
  const headline = deals?.rows.find((row) => row.figure.id === 'cooperation-total');
  if (!deals || !headline) throw new Error('share card: it needs chart-deals and its figure cooperation-total');
  const bars = deals.rows.filter((row) => row.drawn).map((row) => ({ label: row.label, value: row.figure.value, display: row.display }));
  const figure = formatFigure(headline.figure);
  return {
    siteName: SITE_NAME,
    headline: data.headline,
    figure,
    figureLabel: headline.figure.label,
    bars,
    credit: `Source: ${data.source.outlet} (${data.source.publisher})`,
    alt: `${data.headline}: ${figure}, ${headline.figure.label}. ${bars.map((bar) => `${bar.label}: ${bar.display}`).join('; ')}.`,
  };
}
