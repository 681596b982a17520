import type { Qualifier, QuantityUnit, UnquantifiedMarker } from './quantities';

interface Entry {
  /** Stable id: names the figure in figures.ts, the JSON, the CSV and the page. */
  id: string;
  /** What is measured, in words and without numbers. */
  label: string;
}

/** A figure the article states: its value must be what parsing its quote gives. */
export interface StatedFigure extends Entry {
  kind: 'stated';
  value: number;
  unit: QuantityUnit;
  qualifier?: Qualifier;
  /** The article's exact words; found once in the article at build time, which gives the paragraph. */
  quote: string;
  period?: string;
}

/** Arithmetic a derived figure applies to its inputs, in order. */
export type Operation = 'divide' | 'multiply' | 'subtract';

/** A figure computed from others: never typed in, always evaluated from its inputs. */
export interface DerivedFigure extends Entry {
  kind: 'derived';
  unit: QuantityUnit;
  operation: Operation;
  inputs: readonly [string, string, ...string[]];
  /** One plain-English line on what the arithmetic assumes. */
  note: string;
  /** True where an input is itself approximate, so the result is shown with "about". */
  approximate?: boolean;
  period?: string;
}

/** Any figure: stated or derived. */
export type Figure = StatedFigure | DerivedFigure;

/**
 * A number in the text that is not a figure of its own: an unquantified amount, a date, a number that only
 * names context, or a restatement of a figure (checked to say the same amount).
 */
export interface Claim extends Entry {
  kind: 'unquantified' | 'date' | 'context' | 'restatement';
  quote: string;
  note: string;
  marker?: UnquantifiedMarker;
  /** For a restatement: the id of the figure it repeats. */
  restates?: string;
}

/** A dated event of the story, tied to the words that date it. */
export interface TimelineEvent extends Entry {
  /** ISO date at the precision the article allows: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  quote: string;
  /** How the date was read where the article gives it relative to the talks ("last year", "on Wednesday"). */
  inferred?: string;
}

/** Where a quote stands in the article: its paragraph (1-based, as in the ids p-1 … p-13) and character span. */
export interface Location {
  paragraph: number;
  start: number;
  end: number;
  sentence: string;
}

/** A stated figure checked against the article: its qualifier made explicit and the place its quote stands. */
export type ResolvedStated = Omit<StatedFigure, 'qualifier'> & { qualifier: Qualifier; approximate: boolean; location: Location };

/** A derived figure evaluated from its inputs, with its formula in ids (`mi35-deal ÷ mi35-count`). */
export type ResolvedDerived = DerivedFigure & { value: number; qualifier: 'exact'; approximate: boolean; formula: string };

/** Any figure after checking; `kind` tells which fields it has. */
export type ResolvedFigure = ResolvedStated | ResolvedDerived;

/** A claim or event with the place its quote stands in. */
export type Resolved<T> = T & { location: Location };

/** The whole ledger, checked against the article. */
export interface Ledger {
  figures: ResolvedFigure[];
  claims: Resolved<Claim>[];
  events: Resolved<TimelineEvent>[];
}
