import Decimal from 'decimal.js';

/**
 * The one decimal type of the billing core (billing-rules.md: "Money and numbers").
 * 40 significant digits: unit conversions (1 ft³ = 7.48052 gal) keep full precision until a
 * money line is rounded. Values are built from strings, bigints or integers, never from a float.
 */
export const Dec = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -50,
  toExpPos: 50,
});
export type Dec = Decimal;

export const ZERO: Dec = new Dec(0);
export const ONE: Dec = new Dec(1);
export const HUNDRED: Dec = new Dec(100);

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

/** A decimal from its text ("52.75"), a bigint, a safe integer, or another decimal. */
export function dec(value: string | bigint | number | Dec): Dec {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new TypeError(`not a safe integer: ${value} (decimals travel as strings)`);
    return new Dec(value);
  }
  if (typeof value === 'string') {
    const text = value.trim();
    if (!DECIMAL_TEXT.test(text)) throw new TypeError(`not a decimal: "${value}"`);
    return new Dec(text);
  }
  if (typeof value === 'bigint') return new Dec(value.toString());
  return value;
}

/** True when the text is a plain decimal ("12", "-3.5"), without exponent or grouping. */
export function isDecimalText(text: string): boolean {
  return DECIMAL_TEXT.test(text.trim());
}

/** Largest of the values. */
export function maxDec(a: Dec, b: Dec): Dec {
  return a.gte(b) ? a : b;
}

/** Smallest of the values. */
export function minDec(a: Dec, b: Dec): Dec {
  return a.lte(b) ? a : b;
}

/** Canonical text of a decimal with at most `places` decimals, trailing zeros trimmed ("1.5"). */
export function decimalText(value: Dec, places = 6): string {
  return value.toDecimalPlaces(places, Dec.ROUND_HALF_UP).toFixed();
}

/**
 * Compares two non-negative decimal texts ("25000.000000", "9.5") without building decimals:
 * −1, 0 or 1. For hot loops over readings (a bill run compares millions of them).
 */
export function compareDecimalText(a: string, b: string): number {
  // Fast path: same length and the point at the same place (numeric(p, s) columns), and no leading zeros.
  if (a.length === b.length && a.indexOf('.') === b.indexOf('.') && a.charCodeAt(0) !== 48 && b.charCodeAt(0) !== 48) return a === b ? 0 : a < b ? -1 : 1;
  const [ai = '', af = ''] = a.split('.');
  const [bi = '', bf = ''] = b.split('.');
  const aInt = ai.replace(/^0+(?=\d)/, '');
  const bInt = bi.replace(/^0+(?=\d)/, '');
  if (aInt.length !== bInt.length) return aInt.length < bInt.length ? -1 : 1;
  if (aInt !== bInt) return aInt < bInt ? -1 : 1;
  const width = Math.max(af.length, bf.length);
  const aFrac = af.padEnd(width, '0');
  const bFrac = bf.padEnd(width, '0');
  return aFrac === bFrac ? 0 : aFrac < bFrac ? -1 : 1;
}
