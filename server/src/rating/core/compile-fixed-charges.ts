import type { Dec } from '../../shared/money/index.js';
import { METER_SIZES } from './meter-size.js';
import type { RateScheduleVersionData } from './types.js';

export interface CompiledFixedCharge {
  readonly amount: Dec;
  readonly perDwellingUnit: boolean;
  readonly description: string;
}

const SIZES: readonly (string | null)[] = [...METER_SIZES, null];

/**
 * The fixed charges that apply to each meter size, index as METER_SIZES with 9 for "no size"
 * (billing-rules.md: "Rate schedules": fixed charges by meter size, a row with no size applies to
 * any size). A row for the size replaces the row without size of the same label; labels keep the
 * order they were listed in. Sized rows are described with the size: `Base charge (5/8")`.
 */
export function compileFixedTable(version: RateScheduleVersionData): CompiledFixedCharge[][] {
  return SIZES.map(size => fixedChargesFor(version, size));
}

function fixedChargesFor(version: RateScheduleVersionData, size: string | null): CompiledFixedCharge[] {
  const byLabel = new Map<string, CompiledFixedCharge>();
  for (const c of version.fixedCharges) {
    if (c.meterSize !== size && c.meterSize !== null) continue;
    if (c.meterSize === null && hasSized(version, c.label, size)) continue;
    byLabel.set(c.label, {
      amount: c.amount,
      perDwellingUnit: c.perDwellingUnit,
      description: c.meterSize ? `${c.label} (${c.meterSize}")` : c.label,
    });
  }
  return [...byLabel.values()];
}

function hasSized(version: RateScheduleVersionData, label: string, size: string | null): boolean {
  return size !== null && version.fixedCharges.some(c => c.label === label && c.meterSize === size);
}
