import { type Dec, HUNDRED, maxDec, roundMoney, ZERO } from '../../shared/money/index.js';
import { addDays, type CalendarDate } from '../../shared/dates/index.js';
import type { LedgerEntry } from '../../ledger/core/types.js';

/** A posted bill, as the penalty run sees it on the as-of date. */
export interface LateFeeBill {
  readonly billId: string;
  readonly accountId: string;
  readonly dueOn: CalendarDate;
  /** Unpaid part of the bill's current charges as of the run date (unpaidOf), ≥ 0. */
  readonly unpaidCurrentCharges: Dec;
  /** A PENALTY for this bill already exists (the run is idempotent). */
  readonly alreadyPenalized: boolean;
  readonly accountExempt: boolean;
  /** The account has an active payment arrangement. */
  readonly onArrangement: boolean;
}

export interface LateFeePolicy {
  /** Percent of the unpaid current charges (10 = 10 %). */
  readonly lateFeePercent: Dec;
  /** Minimum fee (money). */
  readonly lateFeeFlat: Dec;
  /** Days after the due date before the penalty applies. */
  readonly lateFeeGraceDays: number;
}

export type LateFeeSkip = 'ALREADY_PENALIZED' | 'EXEMPT' | 'ARRANGEMENT' | 'NOT_PAST_DUE' | 'PAID' | 'NO_FEE';

export type LateFeeDecision =
  | { readonly charge: true; readonly amount: Dec; readonly entry: LedgerEntry }
  | { readonly charge: false; readonly reason: LateFeeSkip };

/**
 * The late fee of one bill (billing-rules.md: "each posted bill past its due date + grace days with
 * an unpaid part of its current charges gets a PENALTY of max(flat fee, percent × unpaid part),
 * once per bill. Exempt accounts and accounts on an active payment arrangement are skipped").
 * Past due means asOf > dueOn + grace days (strictly: on the last grace day there is no fee yet).
 * percent × unpaid is rounded to cents half away from zero, then compared with the flat fee.
 * The PENALTY is posted on asOf, due with its bill (dueOn), source LATE_FEE; the caller stores the
 * bill id with it so a second run finds `alreadyPenalized`.
 */
export function lateFee(
  bill: LateFeeBill,
  policy: LateFeePolicy,
  run: { readonly asOf: CalendarDate; readonly entryId: string },
): LateFeeDecision {
  if (bill.alreadyPenalized) return { charge: false, reason: 'ALREADY_PENALIZED' };
  if (bill.accountExempt) return { charge: false, reason: 'EXEMPT' };
  if (bill.onArrangement) return { charge: false, reason: 'ARRANGEMENT' };
  if (run.asOf <= addDays(bill.dueOn, policy.lateFeeGraceDays)) {
    return { charge: false, reason: 'NOT_PAST_DUE' };
  }
  if (!bill.unpaidCurrentCharges.gt(ZERO)) return { charge: false, reason: 'PAID' };
  const byPercent = roundMoney(policy.lateFeePercent.div(HUNDRED).times(bill.unpaidCurrentCharges));
  const amount = maxDec(roundMoney(policy.lateFeeFlat), byPercent);
  if (!amount.gt(ZERO)) return { charge: false, reason: 'NO_FEE' };
  const entry: LedgerEntry = {
    id: run.entryId,
    accountId: bill.accountId,
    kind: 'PENALTY',
    amount,
    postedOn: run.asOf,
    dueOn: bill.dueOn,
    service: null,
    reversesId: null,
    source: 'LATE_FEE',
  };
  return { charge: true, amount, entry };
}
