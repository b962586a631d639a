import { type Dec, ZERO } from '../../shared/money/index.js';
import { type CalendarDate, daysBetween } from '../../shared/dates/index.js';
import { applyCredits } from '../../ledger/core/apply-credits.js';
import type { LedgerEntry } from '../../ledger/core/types.js';

export interface CutoffAccount {
  readonly accountId: string;
  /** The account's ledger (entries after asOf are ignored). */
  readonly entries: readonly LedgerEntry[];
  readonly exempt: boolean;
  readonly onArrangement: boolean;
  /** Service already disconnected. */
  readonly serviceOff: boolean;
}

export interface CutoffPolicy {
  /** Past-due money at or above which the account is cut off (e.g. $50.00). */
  readonly cutoffMinimumPastDue: Dec;
  /** Only what is more than this many days past due counts. */
  readonly cutoffDaysPastDue: number;
}

export type CutoffDecision =
  | {
      readonly eligible: true;
      readonly pastDue: Dec;
      readonly oldestDueOn: CalendarDate;
      readonly daysPastDue: number;
    }
  | {
      readonly eligible: false;
      readonly reason: 'EXEMPT' | 'ARRANGEMENT' | 'ALREADY_OFF' | 'BELOW_THRESHOLD';
      readonly pastDue: Dec;
    };

/**
 * Cut-off eligibility as of a date (billing-rules.md: "accounts with a past-due balance at or above
 * the threshold, older than the configured days, not exempt, not on an arrangement, not already
 * off"). Past due = what remains, after credits are applied oldest first, of the items due more
 * than cutoffDaysPastDue days before asOf (strictly more); eligible when that is ≥ the threshold.
 * Exact money; no rounding.
 */
export function cutoffEligibility(
  account: CutoffAccount,
  asOf: CalendarDate,
  policy: CutoffPolicy,
): CutoffDecision {
  const old = applyCredits(account.entries, asOf).openItems.filter(
    i => daysBetween(i.dueOn, asOf) > policy.cutoffDaysPastDue,
  );
  const pastDue = old.reduce((sum, i) => sum.plus(i.remaining), ZERO);
  if (account.exempt) return { eligible: false, reason: 'EXEMPT', pastDue };
  if (account.onArrangement) return { eligible: false, reason: 'ARRANGEMENT', pastDue };
  if (account.serviceOff) return { eligible: false, reason: 'ALREADY_OFF', pastDue };
  const oldest = old[0];
  if (!oldest || pastDue.lt(policy.cutoffMinimumPastDue)) {
    return { eligible: false, reason: 'BELOW_THRESHOLD', pastDue };
  }
  return { eligible: true, pastDue, oldestDueOn: oldest.dueOn, daysPastDue: daysBetween(oldest.dueOn, asOf) };
}

/** The cut-off list: the eligible accounts, largest past-due amount first (then account id). */
export function cutoffList(
  accounts: readonly CutoffAccount[],
  asOf: CalendarDate,
  policy: CutoffPolicy,
): { accountId: string; pastDue: Dec; oldestDueOn: CalendarDate; daysPastDue: number }[] {
  const rows = [];
  for (const account of accounts) {
    const decision = cutoffEligibility(account, asOf, policy);
    if (decision.eligible) rows.push({ accountId: account.accountId, ...decision });
  }
  return rows
    .sort((a, b) => b.pastDue.comparedTo(a.pastDue) || (a.accountId < b.accountId ? -1 : 1))
    .map(({ eligible: _eligible, ...row }) => row);
}

/**
 * A RECONNECT may be ordered (billing-rules.md: "Paying the past-due amount (or an arrangement)
 * allows a RECONNECT work order") when nothing is past due as of the date (no open item due before
 * it), or the account is on an active arrangement.
 */
export function reconnectAllowed(
  account: Pick<CutoffAccount, 'entries' | 'onArrangement'>,
  asOf: CalendarDate,
): boolean {
  if (account.onArrangement) return true;
  return applyCredits(account.entries, asOf).openItems.every(i => i.dueOn >= asOf);
}
