import { makeScale, type Scale } from './scale.js';

/**
 * The proration factor f = days / standard days of a partial period (move-in, final, off-cycle),
 * days counted inclusively (billing-rules.md: "Periods and proration"): April 12–30 on a 30-day
 * cycle is 19/30. Null for a regular cycle bill (never prorated) and when f is exactly 1.
 * Not capped at 1: an off-cycle period longer than the cycle is charged for its days.
 * Applied to fixed charges, flat charges and minimums, and to band limits, caps and winter
 * averages when the schedule prorates; consumption itself is never prorated. f is kept as the
 * ratio days / standardDays so that x × f is exact whenever it terminates.
 */
export function prorationFactor(p: {
  days: number;
  standardDays: number;
  partialPeriod: boolean;
}): Scale | null {
  if (!p.partialPeriod) return null;
  return makeScale(p.days, p.standardDays);
}
