import { type Dec, ZERO } from '../../shared/money/index.js';
import type { GlAccountMap } from './gl-account-map.js';
import { glLines } from './gl-lines.js';
import type { LedgerEntry } from './types.js';

/** A GL account's total debits and credits over a journal (the `GlJournalLine` of the API). */
export interface GlJournalLine {
  readonly glAccount: string;
  readonly debit: Dec;
  readonly credit: Dec;
}

/**
 * The GL journal of a set of entries (billing-rules.md: "The GL export for a date range sums
 * entries per GL account; debits equal credits, always"): gross debits and gross credits per GL
 * account (not netted, so the journal shows both sides of e.g. AR), sorted by account number.
 * Pass the entries posted in the range (postedBetween). Exact sums; no rounding.
 * Invariant: sum of debits = sum of credits (checked; a failure is a bug, so it throws).
 */
export function glJournal(entries: readonly LedgerEntry[], map: GlAccountMap): GlJournalLine[] {
  const sums = new Map<string, { debit: Dec; credit: Dec }>();
  for (const line of glLines(entries, map)) {
    const sum = sums.get(line.glAccount) ?? { debit: ZERO, credit: ZERO };
    sums.set(line.glAccount, { debit: sum.debit.plus(line.debit), credit: sum.credit.plus(line.credit) });
  }
  const journal = [...sums.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([glAccount, sum]) => ({ glAccount, ...sum }));
  assertBalanced(journal);
  return journal;
}

/** Total debits and credits of journal lines; throws when they differ (an unbalanced journal). */
export function assertBalanced(lines: readonly GlJournalLine[]): { debit: Dec; credit: Dec } {
  const debit = lines.reduce((s, l) => s.plus(l.debit), ZERO);
  const credit = lines.reduce((s, l) => s.plus(l.credit), ZERO);
  if (!debit.eq(credit)) {
    throw new Error(`unbalanced GL journal: debits ${debit.toString()} ≠ credits ${credit.toString()}`);
  }
  return { debit, credit };
}
