import { type Dec, ZERO } from '../../shared/money/index.js';
import { type CalendarDate, daysBetween } from '../../shared/dates/index.js';
import { applyCredits } from './apply-credits.js';
import type { LedgerEntry } from './types.js';

/** Receivables by days past due, as of a date. Money, exact sums of 2-decimal amounts. */
export interface AgingBuckets {
  /** Not yet due, or due on the as-of date. */
  readonly current: Dec;
  readonly days1to30: Dec;
  readonly days31to60: Dec;
  readonly days61to90: Dec;
  readonly days91plus: Dec;
  /** Unapplied credit (credit balances), as a negative amount (≤ 0). */
  readonly credit: Dec;
  /** The balance as of the date = the sum of every bucket above. */
  readonly total: Dec;
}

type BucketName = 'current' | 'days1to30' | 'days31to60' | 'days61to90' | 'days91plus';

/** The bucket of an item `daysPastDue` = asOf − due date (≤ 0 is CURRENT). */
export function agingBucketOf(daysPastDue: number): BucketName {
  if (daysPastDue <= 0) return 'current';
  if (daysPastDue <= 30) return 'days1to30';
  if (daysPastDue <= 60) return 'days31to60';
  if (daysPastDue <= 90) return 'days61to90';
  return 'days91plus';
}

/**
 * Aging buckets as of a date (billing-rules.md: "Aging buckets as of a date: CURRENT (not yet
 * due), 1–30, 31–60, 61–90, 91+ days past due"). Uses only entries posted on or before `asOf`;
 * credits are first applied oldest charge first per account (applyCredits), so each bucket holds
 * what is still open. An account's unapplied credit is shown in `credit` as a negative amount
 * rather than netted into CURRENT, so the report shows credit balances yet still foots:
 * current + … + days91plus + credit = total = balance as of `asOf`. Accepts one account's entries
 * or many accounts' (an AR aging report); credits never cross accounts.
 */
export function agingBuckets(entries: readonly LedgerEntry[], asOf: CalendarDate): AgingBuckets {
  const sums: Record<BucketName | 'credit' | 'total', Dec> = {
    current: ZERO,
    days1to30: ZERO,
    days31to60: ZERO,
    days61to90: ZERO,
    days91plus: ZERO,
    credit: ZERO,
    total: ZERO,
  };
  for (const accountEntries of groupByAccount(entries).values()) {
    const applied = applyCredits(accountEntries, asOf);
    for (const item of applied.openItems) {
      const bucket = agingBucketOf(daysBetween(item.dueOn, asOf));
      sums[bucket] = sums[bucket].plus(item.remaining);
    }
    sums.credit = sums.credit.minus(applied.unappliedCredit);
    sums.total = sums.total.plus(applied.balance);
  }
  return sums;
}

function groupByAccount(entries: readonly LedgerEntry[]): Map<string, LedgerEntry[]> {
  const groups = new Map<string, LedgerEntry[]>();
  for (const entry of entries) {
    const group = groups.get(entry.accountId);
    if (group) group.push(entry);
    else groups.set(entry.accountId, [entry]);
  }
  return groups;
}
