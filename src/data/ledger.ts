import { uncoveredNumbers } from '../lib/figures/coverage';
import { type Ledger, resolveLedger } from '../lib/figures/ledger';
import { claims, events, figures } from './figures';

/** Every place in the article that a ledger quote accounts for. */
export function ledgerLocations(ledger: Ledger) {
  return [...ledger.figures.flatMap((f) => (f.location ? [f.location] : [])), ...ledger.claims.map((c) => c.location), ...ledger.events.map((e) => e.location)];
}

/**
 * The ledger checked against the article's paragraphs: every figure's words and value, and every number in
 * the text accounted for. The one place pages get figures from.
 */
export function checkedLedger(paragraphs: readonly string[]): Ledger {
  const ledger = resolveLedger({ figures, claims, events }, paragraphs);
  const uncovered = uncoveredNumbers(paragraphs, ledgerLocations(ledger));
  if (uncovered.length > 0) {
    const list = uncovered.map((u) => `“${u.text}” in ¶${u.paragraph} (“${u.sentence}”)`).join('\n- ');
    throw new Error(`Numbers in content/article.md that src/data/figures.ts does not account for; add each as a figure or a claim:\n- ${list}`);
  }
  return ledger;
}
