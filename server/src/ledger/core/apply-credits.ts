import { type Dec, ZERO } from '../../shared/money/index.js';
import type { CalendarDate } from '../../shared/dates/index.js';
import { postedOnOrBefore } from './as-of.js';
import type { EntryKind, LedgerEntry, ServiceType } from './types.js';

/** A debit (a positive entry) and what is left of it after credits. */
export interface OpenItem {
  readonly entryId: string;
  readonly kind: EntryKind;
  readonly service: ServiceType | null;
  readonly postedOn: CalendarDate;
  /** The item's due date: `dueOn`, or `postedOn` for entries due when posted. */
  readonly dueOn: CalendarDate;
  readonly original: Dec;
  readonly remaining: Dec;
}

export interface CreditApplication {
  readonly accountId: string | null;
  /** Debits with something left to pay (remaining > 0), oldest first. */
  readonly openItems: readonly OpenItem[];
  /** Credit not used by any debit (≥ 0): a credit balance, applied to the next bill. */
  readonly unappliedCredit: Dec;
  /** Sum of the entries posted on or before `asOf` = sum(remaining) − unappliedCredit. */
  readonly balance: Dec;
}

/**
 * Applies credits to the oldest open charges first (billing-rules.md: "Credits apply to the oldest
 * open charges first"), as the ledger stood on `asOf` (entries posted after it are ignored).
 * - Debits (positive entries: charges, penalties, debit adjustments, refunds, transfers in,
 *   reversals of payments…) are open items, ordered by due date (null = due when posted), then
 *   posted date, then id.
 * - A REVERSAL and the entry it reverses, both present and summing to zero, cancel out first, so
 *   a returned payment reopens the charges it had paid with their own due dates.
 * - All remaining credits (negative entries) form one pool applied oldest item first, whatever
 *   their own dates (a credit applies to charges posted later, too: "applied to the next bill").
 * Exact decimal arithmetic; no rounding. Invariant: sum(remaining) − unappliedCredit = balance.
 * One account only (credits never cross accounts).
 */
export function applyCredits(entries: readonly LedgerEntry[], asOf: CalendarDate): CreditApplication {
  const posted = postedOnOrBefore(entries, asOf);
  const accountIds = new Set(posted.map(e => e.accountId));
  if (accountIds.size > 1) throw new RangeError(`applyCredits takes one account, got ${accountIds.size}`);
  const live = withoutReversedPairs(posted);
  const debits = live.filter(e => e.amount.isPositive() && !e.amount.isZero()).sort(compareByDue);
  let pool = live.filter(e => e.amount.isNegative()).reduce((sum, e) => sum.minus(e.amount), ZERO);
  const openItems: OpenItem[] = [];
  for (const debit of debits) {
    const used = pool.gte(debit.amount) ? debit.amount : pool;
    pool = pool.minus(used);
    const remaining = debit.amount.minus(used);
    if (remaining.isZero()) continue;
    openItems.push({
      entryId: debit.id,
      kind: debit.kind,
      service: debit.service,
      postedOn: debit.postedOn,
      dueOn: dueDateOf(debit),
      original: debit.amount,
      remaining,
    });
  }
  const total = posted.reduce((sum, e) => sum.plus(e.amount), ZERO);
  return { accountId: posted[0]?.accountId ?? null, openItems, unappliedCredit: pool, balance: total };
}

/** The date an entry falls due: its `dueOn`, or the day it was posted. */
export function dueDateOf(entry: LedgerEntry): CalendarDate {
  return entry.dueOn ?? entry.postedOn;
}

function compareByDue(a: LedgerEntry, b: LedgerEntry): number {
  const da = dueDateOf(a);
  const db = dueDateOf(b);
  if (da !== db) return da < db ? -1 : 1;
  if (a.postedOn !== b.postedOn) return a.postedOn < b.postedOn ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Drops each reversal together with the entry it reverses when both are present and net to zero. */
function withoutReversedPairs(entries: readonly LedgerEntry[]): LedgerEntry[] {
  const byId = new Map(entries.map(e => [e.id, e]));
  const cancelled = new Set<string>();
  const reversals = entries
    .filter(e => e.kind === 'REVERSAL' && e.reversesId !== null)
    .sort((a, b) => (a.postedOn !== b.postedOn ? (a.postedOn < b.postedOn ? -1 : 1) : a.id < b.id ? -1 : 1));
  for (const reversal of reversals) {
    if (cancelled.has(reversal.id)) continue;
    const target = byId.get(reversal.reversesId!);
    if (!target || cancelled.has(target.id) || !target.amount.plus(reversal.amount).isZero()) continue;
    cancelled.add(reversal.id);
    cancelled.add(target.id);
  }
  return entries.filter(e => !cancelled.has(e.id));
}
