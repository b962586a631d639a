import { Dec, dec } from './decimal.js';

/**
 * Rounds to cents, half away from zero (billing-rules.md: "every bill line is rounded to cents
 * half away from zero at the line, never before"). decimal.js ROUND_HALF_UP rounds ties away from
 * zero for negative values too (-0.005 → -0.01), unlike Math.round.
 */
export function roundMoney(value: Dec): Dec {
  return value.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
}

/** Money as wire text with exactly two decimals ("52.75", "-3.00"). */
export function moneyText(value: Dec): string {
  const text = value.toFixed(2, Dec.ROUND_HALF_UP);
  return text === '-0.00' ? '0.00' : text;
}

const MONEY_TEXT = /^-?\d{1,13}(\.\d{1,2})?$/;

/** True for money text with at most two decimals and at most 13 integer digits. */
export function isMoneyText(text: string): boolean {
  return MONEY_TEXT.test(text);
}

/** Parses money text; throws on more than two decimals rather than rounding silently. */
export function parseMoney(text: string): Dec {
  if (!isMoneyText(text.trim())) throw new TypeError(`not an amount of money: "${text}"`);
  return dec(text.trim());
}

/** Sum of amounts (each already rounded): totals are sums of rounded lines. */
export function sumMoney(amounts: Iterable<Dec>): Dec {
  let total = new Dec(0);
  for (const amount of amounts) total = total.plus(amount);
  return total;
}
