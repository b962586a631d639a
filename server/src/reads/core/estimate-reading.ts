import type { Dec } from '../../shared/money/index.js';
import { convertVolume } from '../../rating/core/convert-volume.js';
import { averageDailyUsage } from './average-daily-usage.js';
import { ReadError } from './read-error.js';
import { checkReading, registerCapacity, registerUnitsToGallons } from './register-volume.js';
import type { Register, UsagePeriod } from './types.js';

export type ReadingEstimate =
  | {
      readonly ok: true;
      /** Estimated counts on the register, whole, rounded down. */
      readonly registerUnits: Dec;
      /** Gallons of those counts (what the estimated bill uses). */
      readonly gallons: Dec;
      /** The estimated reading, wrapped past 10^dials like a rollover. */
      readonly reading: Dec;
      readonly rolledOver: boolean;
      readonly averageDailyGallons: Dec;
    }
  | { readonly ok: false; readonly reason: 'NO_HISTORY' };

const PERIODS = 12;

/**
 * An estimated read (billing-rules.md: "Units and consumption"): average daily consumption of
 * the account's last (up to) 12 billed periods × days in this period, converted to register
 * counts and rounded DOWN to whole counts; the reading is previous + counts, wrapping past
 * 10^dials. `history` is most recent first; only the first 12 periods are used. Without history
 * there is nothing to estimate from: { ok: false, reason: 'NO_HISTORY' }. The next actual read
 * trues the estimate up, since consumption is always a difference of reads.
 */
export function estimateReading(
  p: Register & {
    readonly history: readonly UsagePeriod[];
    readonly days: number;
    readonly previousReading: Dec;
  },
): ReadingEstimate {
  const capacity = registerCapacity(p);
  checkReading(p.previousReading, capacity, 'previousReading');
  if (!Number.isSafeInteger(p.days) || p.days <= 0)
    throw new ReadError('INVALID_READ', 'days', 'days must be a whole number above 0');
  const average = averageDailyUsage(p.history.slice(0, PERIODS));
  if (average === null) return { ok: false, reason: 'NO_HISTORY' };
  const gallons = average.times(p.days);
  const volume = p.registerUnit === 'GALLON' ? gallons : convertVolume(gallons, 'GALLON', 'CUBIC_FOOT');
  const registerUnits = volume.div(p.multiplier).floor();
  let reading = p.previousReading.plus(registerUnits);
  const rolledOver = reading.gte(capacity);
  if (rolledOver) reading = reading.mod(capacity);
  return {
    ok: true,
    registerUnits,
    gallons: registerUnitsToGallons(registerUnits, p),
    reading,
    rolledOver,
    averageDailyGallons: average,
  };
}
