import { type Dec, ZERO } from '../../shared/money/index.js';
import type { CalendarDate } from '../../shared/dates/index.js';
import type { LedgerEntry } from './types.js';

export interface FinalBillDepositInput {
  readonly accountId: string;
  /** The deposit held (a liability, not AR), ≥ 0, 2 decimals. */
  readonly depositHeld: Dec;
  /** The account balance once the final bill is posted (may already be a credit). */
  readonly balanceAfterFinalBill: Dec;
  readonly postedOn: CalendarDate;
  readonly ids: { readonly depositApplied: string; readonly refund: string };
}

export interface FinalBillDepositResult {
  /** DEPOSIT_APPLIED (−deposit) when a deposit is held, then REFUND (+credit) when a credit remains. */
  readonly entries: LedgerEntry[];
  /** What the customer still owes after the deposit (≥ 0): a balance due. */
  readonly balanceDue: Dec;
  /** What is paid back to the customer (≥ 0). */
  readonly refund: Dec;
}

/**
 * Deposit on a final bill (billing-rules.md: "On a final bill the deposit is applied to the balance
 * first; a remaining credit becomes a refund"). The whole deposit held is applied (it leaves the
 * deposit liability through AR, so the GL shows Dr deposits / Cr AR); if the balance is then a
 * credit — the deposit exceeded the final balance, or the customer had overpaid — a REFUND of that
 * credit brings it to zero. No interest is added (none in the rules). Invariant: balance after
 * + entries = balanceDue, and refund > 0 only when balanceDue = 0.
 */
export function finalBillDeposit(input: FinalBillDepositInput): FinalBillDepositResult {
  if (input.depositHeld.isNegative() || input.depositHeld.decimalPlaces() > 2) {
    throw new RangeError(`not a deposit amount: ${input.depositHeld.toString()}`);
  }
  const common = {
    accountId: input.accountId,
    postedOn: input.postedOn,
    dueOn: null,
    service: null,
    reversesId: null,
  };
  const entries: LedgerEntry[] = [];
  if (!input.depositHeld.isZero()) {
    entries.push({
      ...common,
      id: input.ids.depositApplied,
      kind: 'DEPOSIT_APPLIED',
      amount: input.depositHeld.negated(),
      source: 'DEPOSIT',
    });
  }
  const after = input.balanceAfterFinalBill.minus(input.depositHeld);
  if (!after.isNegative() || after.isZero()) return { entries, balanceDue: after.abs(), refund: ZERO };
  entries.push({
    ...common,
    id: input.ids.refund,
    kind: 'REFUND',
    amount: after.negated(),
    source: 'FINAL_REFUND',
  });
  return { entries, balanceDue: ZERO, refund: after.negated() };
}
