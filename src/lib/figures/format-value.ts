import type { Qualifier, QuantityUnit } from './quantities';

const trim = (value: number, digits: number) => Number(value.toFixed(digits)).toString();
const significant = (value: number, digits: number) => Number(value.toPrecision(digits));

const PREFIX: Record<Exclude<Qualifier, 'exact'>, string> = { around: 'around ', almost: 'almost ', over: 'over ', 'as many as': 'as many as ' };

/** A bare amount in a unit, e.g. "$3.7 billion", "$15 million", "24", "25%", "30 times". */
export function formatAmount(value: number, unit: QuantityUnit): string {
  switch (unit) {
    case 'USD':
      if (Math.abs(value) >= 1e9) return `$${trim(value / 1e9, 2)} billion`;
      if (Math.abs(value) >= 1e6) return `$${trim(value / 1e6, 1)} million`;
      return `$${Math.round(value).toLocaleString('en-US')}`;
    case 'share':
      return `${trim(value * 100, 1)}%`;
    case 'multiple':
      return `${trim(value, 2)} times`;
    case 'years':
      return value === 1 ? '1 year' : `${trim(value, 1)} years`;
    case 'count':
      return Number.isInteger(value) ? value.toLocaleString('en-US') : trim(value, 2);
  }
}

/** An amount as the site prints it: with the article's qualifier, or "about" and three significant figures where derived from an approximation. */
export function formatFigure(figure: { value: number; unit: QuantityUnit; qualifier?: Qualifier; approximate?: boolean }): string {
  const qualifier = figure.qualifier ?? 'exact';
  if (qualifier !== 'exact') return `${PREFIX[qualifier]}${formatAmount(figure.value, figure.unit)}`;
  if (figure.approximate) return `about ${formatAmount(significant(figure.value, 3), figure.unit)}`;
  return formatAmount(figure.value, figure.unit);
}
