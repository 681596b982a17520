import type { StatedFigure } from './types';
import { locateQuote } from './locate';
import { tryParseQuantity } from './quantities';
import type { ResolvedFigure } from './resolved';

/** Checks a stated figure against the article: its quote stands once and says its value. Returns the problem as a string. */
export function checkStated(figure: StatedFigure, paragraphs: readonly string[]): ResolvedFigure | string {
  const location = locateQuote(paragraphs, figure.quote);
  if (typeof location === 'string') return location;
  const parsed = tryParseQuantity(figure.quote);
  if (typeof parsed === 'string') return parsed;
  const qualifier = figure.qualifier ?? 'exact';
  if (parsed.kind !== 'number') return `“${figure.quote}” (¶${location.paragraph}) states no number but an unquantified ${parsed.kind}`;
  if (parsed.value !== figure.value || parsed.unit !== figure.unit || parsed.qualifier !== qualifier) {
    return `“${figure.quote}” (¶${location.paragraph}) says ${parsed.qualifier} ${parsed.value} ${parsed.unit}, but figures.ts has ${qualifier} ${figure.value} ${figure.unit}`;
  }
  return {
    id: figure.id,
    label: figure.label,
    kind: 'stated',
    value: figure.value,
    unit: figure.unit,
    qualifier,
    approximate: qualifier !== 'exact',
    quote: figure.quote,
    location,
    ...(figure.period ? { period: figure.period } : {}),
  };
}
