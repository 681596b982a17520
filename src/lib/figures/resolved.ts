import type { Claim, Operation, TimelineEvent } from './types';
import type { Location } from './locate';
import type { Qualifier, QuantityUnit } from './quantities';

/** A figure with its value evaluated and, where stated, the paragraph and sentence its quote stands in. */
export interface ResolvedFigure {
  id: string;
  label: string;
  kind: 'stated' | 'derived';
  value: number;
  unit: QuantityUnit;
  qualifier: Qualifier;
  approximate: boolean;
  period?: string;
  quote?: string;
  location?: Location;
  inputs?: readonly string[];
  operation?: Operation;
  formula?: string;
  note?: string;
}

/** A claim or event with the place its quote stands in. */
export type Resolved<T> = T & { location: Location };

/** The whole ledger, checked against the article. */
export interface Ledger {
  figures: ResolvedFigure[];
  claims: Resolved<Claim>[];
  events: Resolved<TimelineEvent>[];
}
