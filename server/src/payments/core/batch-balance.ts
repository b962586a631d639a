import { type Dec, ZERO } from '../../shared/money/index.js';

export interface PaymentBatch {
  /** Number of payments the batch header (drawer count, lockbox trailer, settlement) declares. */
  readonly controlCount: number;
  /** Total the header declares (money, 2 decimals). */
  readonly controlTotal: Dec;
  readonly payments: readonly { readonly amount: Dec }[];
}

export interface BatchBalance {
  readonly balanced: boolean;
  readonly actualCount: number;
  readonly actualTotal: Dec;
  /** actualCount − controlCount (0 when balanced). */
  readonly countDifference: number;
  /** actualTotal − controlTotal (0 when balanced). */
  readonly totalDifference: Dec;
  /** Positions (0-based) of payments that are not > 0 with at most 2 decimals. */
  readonly invalidAmounts: readonly number[];
}

/**
 * Whether a payment batch balances (billing-rules.md: "Batches … have a control count and total.
 * A batch posts only when it balances"): the count and the exact sum of the amounts match the
 * controls, and every amount is a valid payment (> 0, at most 2 decimals: "Amount > 0"). The
 * differences say by how much it is off (actual − control), e.g. a drawer $20.00 over.
 */
export function batchBalance(batch: PaymentBatch): BatchBalance {
  const actualTotal = batch.payments.reduce((sum, p) => sum.plus(p.amount), ZERO);
  const invalidAmounts = batch.payments
    .map((p, i) => (p.amount.gt(ZERO) && p.amount.decimalPlaces() <= 2 ? -1 : i))
    .filter(i => i >= 0);
  const countDifference = batch.payments.length - batch.controlCount;
  const totalDifference = actualTotal.minus(batch.controlTotal);
  return {
    balanced: countDifference === 0 && totalDifference.isZero() && invalidAmounts.length === 0,
    actualCount: batch.payments.length,
    actualTotal,
    countDifference,
    totalDifference,
    invalidAmounts,
  };
}
