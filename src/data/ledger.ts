import { type Ledger, resolveLedger } from '../lib/ledger';
import { claims, events, figures } from './figures';

/** The ledger checked against the article's paragraphs: the one place pages get figures from. */
export function checkedLedger(paragraphs: readonly string[]): Ledger {
  return resolveLedger({ figures, claims, events }, paragraphs);
}
