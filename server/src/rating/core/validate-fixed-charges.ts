import { normalizeMeterSize } from './meter-size.js';
import type { FixedChargeData } from './types.js';
import { MONEY, readDecimal, type FieldErrors } from './validate-fields.js';

/** A fixed charge as it arrives from GraphQL (FixedChargeInput). */
export interface FixedChargeRaw {
  readonly label: string;
  readonly amount: string;
  readonly meterSize?: string | null;
  readonly perDwellingUnit?: boolean | null;
}

/**
 * Fixed charges from their input (billing-rules.md: "Rate schedules", "Money and numbers"): a
 * label, money ≥ 0 with at most 2 decimals, a known meter size or none, and no label listed twice
 * for the same size (which row would apply?). Errors name the field: `fixedCharges[0].amount`.
 */
export function readFixedCharges(raw: readonly FixedChargeRaw[], errors: FieldErrors): FixedChargeData[] {
  const seen = new Set<string>();
  return raw.flatMap((c, i) => {
    const field = `fixedCharges[${i}]`;
    const label = (c.label ?? '').trim();
    if (!label) errors.push({ field: `${field}.label`, message: 'must not be empty' });
    const amount = readDecimal(c.amount ?? '', `${field}.amount`, MONEY, errors);
    let meterSize: string | null = null;
    if (c.meterSize !== null && c.meterSize !== undefined) {
      meterSize = normalizeMeterSize(c.meterSize);
      if (!meterSize)
        errors.push({ field: `${field}.meterSize`, message: `"${c.meterSize}" is not a known meter size` });
    }
    const key = `${label}|${meterSize ?? '*'}`;
    if (label && seen.has(key))
      errors.push({ field: `${field}.label`, message: `"${label}" is listed twice for the same meter size` });
    seen.add(key);
    return amount && label ? [{ label, amount, meterSize, perDwellingUnit: c.perDwellingUnit ?? false }] : [];
  });
}
