import { type ChartDefinition, chartFigureIds } from './chart-model';
import { parseQuantity } from './quantities';
import type { Ledger } from './types';

/** A stated figure's amount as it stands in its paragraph's text, and where its mark links. */
export interface FigureMark {
  /** The figure's id in figures.ts. */
  figure: string;
  /** The paragraph it stands in (1-based, as in `p-7`). */
  paragraph: number;
  /** The amount's span in that paragraph's text. */
  start: number;
  end: number;
  /** The amount's words as the article writes them ("around $1 billion"). */
  amount: string;
  value: number;
  /** The chart the mark links to; without one, it links to the figure's row in the ledger. */
  chart?: string;
}

/** A run of a paragraph's text: plain words, or the amount of a stated figure with its mark. */
export type TextSegment = { text: string } | { text: string; mark: FigureMark };

/**
 * The mark of every stated figure, placed where the checked ledger located its quote: each links to the chart
 * anchored to it, else the first chart that draws it, else the first that shows it in its table, else its row in
 * the ledger.
 */
export function figureMarks(ledger: Ledger, charts: readonly ChartDefinition[]): FigureMark[] {
  return ledger.figures.flatMap((figure) => {
    if (figure.kind !== 'stated') return [];
    // The amount as the quote writes it, and where it stands in the quote.
    const { text: amount, index } = parseQuantity(figure.quote);
    const chart =
      charts.find((c) => c.anchor === figure.id) ??
      charts.find((c) => c.parts.some((part) => part.figure === figure.id)) ??
      charts.find((c) => chartFigureIds(c).includes(figure.id));
    const start = figure.location.start + index;
    return [
      {
        figure: figure.id,
        paragraph: figure.location.paragraph,
        start,
        end: start + amount.length,
        amount,
        value: figure.value,
        ...(chart ? { chart: chart.id } : {}),
      },
    ];
  });
}

/**
 * A paragraph's text cut into plain runs and marked amounts, in order. A mark whose span is not its amount in this
 * text, or that overlaps another, stops the build naming both: a figure is never marked on the wrong words.
 */
export function markedSegments(text: string, marks: readonly FigureMark[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  let previous: FigureMark | undefined;
  for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
    if (text.slice(mark.start, mark.end) !== mark.amount) {
      throw new Error(`figure "${mark.figure}": ¶${mark.paragraph} has “${text.slice(mark.start, mark.end)}” where its mark expects “${mark.amount}”`);
    }
    if (previous && mark.start < at) {
      throw new Error(`figures "${previous.figure}" and "${mark.figure}" overlap in ¶${mark.paragraph}: each amount is marked once`);
    }
    if (mark.start > at) segments.push({ text: text.slice(at, mark.start) });
    segments.push({ text: mark.amount, mark });
    at = mark.end;
    previous = mark;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
