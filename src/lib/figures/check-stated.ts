import { about, type Checked, fail, ok } from './checked';
import { locateQuote } from './locate';
import { quoteAmount } from './quantities';
import type { ResolvedStated, StatedFigure } from './types';

/** Checks a stated figure against the article: its quote stands once and says its value, with its qualifier. */
export function checkStated(figure: StatedFigure, paragraphs: readonly string[]): Checked<ResolvedStated> {
  const entry = `figure "${figure.id}"`;
  const location = locateQuote(paragraphs, figure.quote);
  if (!location.ok) return about(entry, location);
  const parsed = quoteAmount(figure.quote);
  if (!parsed.ok) return about(entry, parsed);
  const { paragraph } = location.value;
  const amount = parsed.value;
  const qualifier = figure.qualifier ?? 'exact';
  if (amount.kind !== 'number') return fail({ entry, message: `“${figure.quote}” (¶${paragraph}) states no number but an unquantified ${amount.kind}` });
  if (amount.value !== figure.value || amount.unit !== figure.unit || amount.qualifier !== qualifier) {
    return fail({
      entry,
      message: `“${figure.quote}” (¶${paragraph}) says ${amount.qualifier} ${amount.value} ${amount.unit}, but figures.ts has ${qualifier} ${figure.value} ${figure.unit}`,
    });
  }
  return ok({ ...figure, qualifier, approximate: qualifier !== 'exact', location: location.value });
}
