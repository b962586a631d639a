import { Dec, dec } from '../../shared/money/index.js';
import type { UsageUnit } from './types.js';

/** 1 cubic foot = 7.48052 gallons (billing-rules.md: "Units and consumption"). */
export const GALLONS_PER_CUBIC_FOOT: Dec = dec('7.48052');

const GALLONS_PER: Readonly<Record<UsageUnit, Dec>> = {
  GALLON: dec(1),
  KGAL: dec(1000),
  CUBIC_FOOT: GALLONS_PER_CUBIC_FOOT,
  CCF: dec('748.052'),
};

/** A conversion is exact as a product when the ratio terminates, else a product then a quotient. */
interface Conversion {
  readonly times: Dec;
  readonly divide: Dec | null;
}

const UNITS: readonly UsageUnit[] = ['GALLON', 'KGAL', 'CUBIC_FOOT', 'CCF'];
const CONVERSIONS = {} as Record<UsageUnit, Record<UsageUnit, Conversion>>;
for (const from of UNITS) {
  CONVERSIONS[from] = {} as Record<UsageUnit, Conversion>;
  for (const to of UNITS) {
    const ratio = GALLONS_PER[from].div(GALLONS_PER[to]);
    const terminates = ratio.times(GALLONS_PER[to]).eq(GALLONS_PER[from]) && ratio.decimalPlaces() <= 12;
    CONVERSIONS[from][to] = terminates
      ? { times: ratio, divide: null }
      : { times: GALLONS_PER[from], divide: GALLONS_PER[to] };
  }
}

/**
 * A volume in another unit: GALLON, KGAL (1,000 gal), CUBIC_FOOT (7.48052 gal), CCF (100 ft³).
 * Full precision (40 significant digits); nothing is rounded. Exact whenever the ratio of the two
 * units is a terminating decimal (ft³ → gal, gal → kgal, ft³ → CCF, CCF → kgal); gallons to cubic
 * feet divide once. Invariant: converting there and back returns the quantity (to 38 digits).
 */
export function convertVolume(quantity: Dec, from: UsageUnit, to: UsageUnit): Dec {
  if (from === to) return quantity;
  const c = CONVERSIONS[from][to];
  return c.divide === null ? quantity.times(c.times) : quantity.times(c.times).div(c.divide);
}

/** Gallons in one unit (7.48052 for a cubic foot). */
export function gallonsPerUnit(unit: UsageUnit): Dec {
  return GALLONS_PER[unit];
}
