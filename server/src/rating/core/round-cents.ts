import { roundMoney, type Dec } from '../../shared/money/index.js';

/**
 * roundMoney (cents, half away from zero; billing-rules.md: "Money and numbers") that returns the
 * value itself when it already has at most 2 decimals: same result, without the copy that
 * rounding costs in decimal.js, since most full-band and fixed amounts are already whole cents.
 */
export function roundCents(amount: Dec): Dec {
  return amount.decimalPlaces() <= 2 ? amount : roundMoney(amount);
}
