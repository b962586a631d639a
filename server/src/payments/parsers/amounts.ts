/**
 * Money helpers of the payment parsers: amounts in files are text (with or without a decimal
 * point) and become decimal.js values through shared/money, never JS numbers.
 */
import { dec, moneyText, type Dec } from '../../shared/money/index.js';
import { LineErrors } from '../../reads/parsers/line-errors.js';
import type { LineError, PaymentParseResult, PaymentRecord } from './types.js';

const CENTS = /^\d+$/;

/** Zero-filled cents without a decimal point ("0000012550") → money text ("125.50"), or null. */
export function centsToMoney(digits: string): string | null {
  if (!CENTS.test(digits)) return null;
  return moneyText(dec(digits).div(100));
}

const PLAIN = /^-?\d{1,13}(\.\d{1,2})?$/;
const DOLLARS = /^-?\$?(\d{1,3}(,\d{3})+|\d{1,13})(\.\d{1,2})?$/;

/**
 * Reads an amount written for people: "125.50", "125.5", "125", and with `dollars` also "$1,234.56".
 * Returns the value, or the reason it is not an amount. At most two decimals: rounding silently
 * would change a payment.
 */
export function readAmount(
  text: string,
  options: { dollars?: boolean; negative?: boolean } = {},
): Dec | string {
  const t = text.trim();
  if (t.length === 0) return 'is empty';
  if (!(options.dollars ? DOLLARS : PLAIN).test(t))
    return `"${t.length > 30 ? t.slice(0, 30) + '…' : t}" is not an amount of money`;
  const value = dec(t.replace(/[$,]/g, ''));
  if (value.isNegative() && !options.negative) return `"${t}" is negative`;
  return value;
}

/** Sum of money values as money text. */
export function totalText(values: Iterable<Dec>): string {
  let sum = dec(0);
  for (const v of values) sum = sum.plus(v);
  return moneyText(sum);
}

/** Assembles the common result. */
export function paymentResult(
  records: PaymentRecord[],
  errors: LineErrors,
  warnings: LineError[],
  facts: { batchDate: string | null; lineCount: number; fileTotal?: string | null },
): PaymentParseResult {
  const list = errors.sorted();
  return {
    records,
    errors: list,
    warnings: [...warnings].sort((a, b) => a.line - b.line),
    errorLimitReached: errors.limitReached,
    ok: list.length === 0,
    batchDate: facts.batchDate,
    controlCount: records.length,
    controlTotal: totalText(records.map(r => dec(r.amount))),
    ...(facts.fileTotal ? { fileTotalFromHeaderOrTrailer: facts.fileTotal } : {}),
    lineCount: facts.lineCount,
  };
}
