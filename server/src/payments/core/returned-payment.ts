import { type Dec, ZERO } from '../../shared/money/index.js';
import { addMonths, type CalendarDate } from '../../shared/dates/index.js';
import { reverse } from '../../ledger/core/reverse.js';
import type { LedgerEntry } from '../../ledger/core/types.js';
import { achReturnCode } from './ach-return-codes.js';

/** Why a payment came back: a bounced check, a check on a closed account, or an ACH return code. */
export type ReturnReason =
  | { readonly kind: 'NSF' }
  | { readonly kind: 'CLOSED_ACCOUNT' }
  | { readonly kind: 'ACH'; readonly code: string };

export interface ReturnedPaymentInput {
  /** The PAYMENT entry that came back (negative amount). */
  readonly payment: LedgerEntry;
  readonly returnedOn: CalendarDate;
  readonly reason: ReturnReason;
  readonly ids: { readonly reversal: string; readonly fee: string };
}

export interface ReturnedPaymentPolicy {
  /** The returned-payment (NSF) fee; null or 0 = none (e.g. $30.00, Denison and Baytown TX). */
  readonly returnedPaymentFee: Dec | null;
}

export interface ReturnedPaymentResult {
  /** The REVERSAL of the payment, then the fee (PENALTY, source RETURNED_PAYMENT_FEE) if any. */
  readonly entries: LedgerEntry[];
  readonly fee: Dec;
  /** This return alone stops the bank draft (account closed, not authorized…). */
  readonly stopAutopay: boolean;
  /** The same entry may be presented again (R01, R09). */
  readonly mayRepresent: boolean;
  readonly description: string;
}

/**
 * The entries for a returned payment (billing-rules.md: "A returned payment (NSF, closed account,
 * ACH return code) is reversed by a REVERSAL entry, and a returned-payment fee is charged when
 * configured"). The reversal restores exactly what the payment took off the balance; the fee is
 * charged when configured and, for ACH, when the return code is on the customer's side
 * (ach-return-codes.ts). The fee is due on the return date and posts to penalty/fee revenue.
 * Invariant: balance after = balance before − payment amount + fee.
 */
export function returnedPaymentEntries(
  input: ReturnedPaymentInput,
  policy: ReturnedPaymentPolicy,
): ReturnedPaymentResult {
  const { payment, returnedOn } = input;
  if (payment.kind !== 'PAYMENT' || !payment.amount.lt(ZERO)) {
    throw new RangeError(`entry ${payment.id} is not a payment that can be returned`);
  }
  const ach = input.reason.kind === 'ACH' ? achReturnCode(input.reason.code) : null;
  const description = ach
    ? `${ach.code} ${ach.reason}`
    : input.reason.kind === 'NSF'
      ? 'Insufficient funds'
      : 'Account closed';
  const reversal = reverse(payment, {
    id: input.ids.reversal,
    postedOn: returnedOn,
    source: 'RETURNED_PAYMENT',
  });
  const configured = policy.returnedPaymentFee ?? ZERO;
  const fee = configured.gt(ZERO) && (ach?.chargeFee ?? true) ? configured : ZERO;
  const entries: LedgerEntry[] = [reversal];
  if (fee.gt(ZERO)) {
    entries.push({
      id: input.ids.fee,
      accountId: payment.accountId,
      kind: 'PENALTY',
      amount: fee,
      postedOn: returnedOn,
      dueOn: returnedOn,
      service: null,
      reversesId: null,
      source: 'RETURNED_PAYMENT_FEE',
    });
  }
  const stopAutopay = ach
    ? ach.stopAutopay
    : input.reason.kind === 'CLOSED_ACCOUNT' && payment.method === 'ACH';
  return { entries, fee, stopAutopay, mayRepresent: ach?.mayRepresent ?? false, description };
}

/**
 * Two returns in 12 months remove the account from bank draft (billing-rules.md: "Payments").
 * Counts the returns dated after asOf − 12 months and on or before asOf (a return exactly 12
 * months ago has aged out). Pass every return of the account, check or ACH.
 */
export function shouldRemoveFromDraft(returnDates: readonly CalendarDate[], asOf: CalendarDate): boolean {
  const windowStart = addMonths(asOf, -12);
  return returnDates.filter(d => d > windowStart && d <= asOf).length >= 2;
}
