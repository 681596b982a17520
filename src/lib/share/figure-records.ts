import { paragraphId } from '../site/routes';
import { formatFigure } from '../figures/format-value';
import type { ResolvedFigure } from '../figures/types';

/** The columns of /data/figures.csv, in order; the JSON uses the same names. */
export const FIGURE_COLUMNS = [
  'id',
  'label',
  'value',
  'unit',
  'kind',
  'qualifier',
  'approximate',
  'display',
  'quote',
  'paragraph',
  'sentence',
  'formula',
  'note',
  'period',
] as const;

/** One figure as a flat record for the JSON and CSV downloads. */
export type FigureRecord = Record<(typeof FIGURE_COLUMNS)[number], string | number | boolean | null>;

/** Flattens a checked figure for download: the paragraph is an id on the article page (p-N). */
export function figureRecord(figure: ResolvedFigure): FigureRecord {
  return {
    id: figure.id,
    label: figure.label,
    value: figure.value,
    unit: figure.unit,
    kind: figure.kind,
    qualifier: figure.qualifier,
    approximate: figure.approximate,
    display: formatFigure(figure),
    ...(figure.kind === 'stated'
      ? { quote: figure.quote, paragraph: paragraphId(figure.location.paragraph), sentence: figure.location.sentence, formula: null, note: null }
      : { quote: null, paragraph: null, sentence: null, formula: figure.formula, note: figure.note }),
    period: figure.period ?? null,
  };
}
