import { type Checked, fail, orThrow } from '../lib/figures/checked';
import { coverageProblems } from '../lib/figures/coverage';
import { resolveLedger } from '../lib/figures/ledger';
import type { Ledger } from '../lib/figures/types';
import { claims, events, figures } from './figures';

/** What heads the build's error when the ledger and the article disagree. */
export const LEDGER_MISMATCH = 'The figures in src/data/figures.ts do not match content/article.md';

/** The ledger checked against the article's paragraphs: every figure's words and value, and every number in the text accounted for. */
export function checkLedger(paragraphs: readonly string[]): Checked<Ledger> {
  const ledger = resolveLedger({ figures, claims, events }, paragraphs);
  if (!ledger.ok) return ledger;
  const uncovered = coverageProblems(paragraphs, ledger.value);
  return uncovered.length > 0 ? fail(...uncovered) : ledger;
}

/** `checkLedger`, throwing once with every problem: the one place pages and tests get figures from. */
export function checkedLedger(paragraphs: readonly string[]): Ledger {
  return orThrow(checkLedger(paragraphs), LEDGER_MISMATCH);
}
