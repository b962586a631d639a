import { Dec } from '../../shared/money/index.js';
import { convertVolume } from '../../rating/core/convert-volume.js';
import { ReadError } from './read-error.js';
import type { Register } from './types.js';

const MAX_DIALS = 15;

/**
 * Gallons of a number of register counts (billing-rules.md: "Units and consumption"):
 * counts × multiplier, then cubic feet × 7.48052 for a cubic-foot register. Full precision.
 */
export function registerUnitsToGallons(registerUnits: Dec, register: Register): Dec {
  return volumeToGallons(registerVolume(registerUnits, register), register);
}

/** counts × multiplier (a multiplier of 1, most meters, costs nothing). */
export function registerVolume(registerUnits: Dec, register: Register): Dec {
  return register.multiplier.eq(1) ? registerUnits : registerUnits.times(register.multiplier);
}

/** A register's volume in gallons: cubic feet × 7.48052. */
export function volumeToGallons(volume: Dec, register: Register): Dec {
  return register.registerUnit === 'GALLON' ? volume : convertVolume(volume, 'CUBIC_FOOT', 'GALLON');
}

/** 10^dials, the count at which a register with `dials` digits wraps to zero; checks the register. */
export function registerCapacity(register: Register, field = 'dials'): Dec {
  if (!Number.isInteger(register.dials) || register.dials < 1 || register.dials > MAX_DIALS) {
    throw new ReadError(
      'INVALID_METER',
      field,
      `a register has 1 to ${MAX_DIALS} dials, not ${register.dials}`,
    );
  }
  if (!register.multiplier.isFinite() || register.multiplier.lte(0)) {
    throw new ReadError('INVALID_METER', 'multiplier', 'the multiplier must be above 0');
  }
  return CAPACITY[register.dials] ??= new Dec(10).pow(register.dials);
}

const CAPACITY: Dec[] = [];

/** Refuses a reading that does not fit the register (negative, or more digits than dials). */
export function checkReading(reading: Dec, capacity: Dec, field: string): void {
  if (!reading.isFinite() || reading.isNegative() || reading.gte(capacity)) {
    throw new ReadError(
      'INVALID_READ',
      field,
      `${reading.toFixed()} is not a reading of a ${capacity.toFixed().length - 1}-dial register`,
    );
  }
}
