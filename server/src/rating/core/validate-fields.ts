import { Dec, dec, isDecimalText } from '../../shared/money/index.js';

/** A validation message for one input field, the field named by its path ("tiers[2].upTo"). */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

export type FieldErrors = FieldError[];

interface NumberRule {
  /** Largest number of decimals (2 for money, 6 for rates and quantities). */
  readonly places: number;
  /** Zero refused when true. */
  readonly positive?: boolean;
  readonly max?: Dec;
}

/**
 * A decimal field from its wire text (billing-rules.md: "Money and numbers": money carries 2
 * decimals, rates and quantities up to 6; GraphQL sends decimals as strings). Refuses negatives,
 * exponents and extra decimals rather than rounding them. Null/undefined stays null.
 */
export function readDecimal(
  text: string | null | undefined,
  field: string,
  rule: NumberRule,
  errors: FieldErrors,
): Dec | null {
  if (text === null || text === undefined) return null;
  if (typeof text !== 'string' || !isDecimalText(text)) {
    errors.push({ field, message: `"${String(text)}" is not a decimal number` });
    return null;
  }
  const value = dec(text);
  if (value.isNegative()) errors.push({ field, message: 'must not be negative' });
  else if (rule.positive && value.isZero()) errors.push({ field, message: 'must be greater than 0' });
  else if (value.decimalPlaces() > rule.places)
    errors.push({ field, message: `at most ${rule.places} decimals` });
  else if (rule.max && value.gt(rule.max))
    errors.push({ field, message: `must be at most ${rule.max.toFixed()}` });
  else return value;
  return null;
}

export const MONEY: NumberRule = { places: 2 };
export const QUANTITY: NumberRule = { places: 6 };
export const POSITIVE_QUANTITY: NumberRule = { places: 6, positive: true };

/** Months of the year 1–12, sorted, each once; null when not given. An empty list is an error. */
export function readMonths(
  months: readonly number[] | null | undefined,
  field: string,
  errors: FieldErrors,
): number[] | null {
  if (months === null || months === undefined) return null;
  if (months.length === 0) {
    errors.push({ field, message: 'list at least one month, or leave it out for every month' });
    return null;
  }
  const bad = months.find(m => !Number.isInteger(m) || m < 1 || m > 12);
  if (bad !== undefined) {
    errors.push({ field, message: `${bad} is not a month (1–12)` });
    return null;
  }
  if (new Set(months).size !== months.length) {
    errors.push({ field, message: 'a month is listed twice' });
    return null;
  }
  return [...months].sort((a, b) => a - b);
}

/** A value of a string-literal union, or an error naming the allowed values. */
export function readChoice<T extends string>(
  value: string | null | undefined,
  allowed: readonly T[],
  field: string,
  errors: FieldErrors,
): T | null {
  if (value === null || value === undefined) return null;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  errors.push({ field, message: `"${value}" is not one of ${allowed.join(', ')}` });
  return null;
}
