import { Dec, ZERO, dec } from '../../shared/money/index.js';

/** High limit = previous + 3 × the average period usage; low limit = previous + ¼ of it (docs/read-imports.md). */
export const HIGH_FACTOR = '3';
export const LOW_FACTOR = '0.25';

export interface HandheldLimitsParams {
  /** The meter's valid reads before the read date, oldest first (register values, "12345.5"). */
  readonly reads: readonly { readonly value: string; readonly readOn: string }[];
  readonly dials: number;
  /** Days of the period being read (the cycle's standard days). */
  readonly periodDays: number;
}

export interface HandheldLimits {
  /** The last reading in whole register counts (a handheld register shows no decimals). */
  readonly previousRead: string;
  readonly previousReadOn: string | null;
  readonly highLimit: string;
  readonly lowLimit: string;
  /** Average usage per period in register counts, or null without two reads to compare. */
  readonly averagePeriodUsage: string | null;
}

const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

/**
 * The limits a Neptune handheld checks a keyed reading against, so the reader re-keys a reading
 * far outside the meter's habit. Usage between consecutive reads counts a rollover as
 * 10^dials − previous + current when that is at most half the register (billing-rules.md), and
 * skips a negative pair. Without history the high limit is the register's top and the low the
 * previous reading. Limits never pass the top of the register (a rolled-over reading is then
 * below the low limit and the handheld asks to confirm it, which is what a rollover deserves).
 */
export function handheldLimits(p: HandheldLimitsParams): HandheldLimits {
  const capacity = new Dec(10).pow(p.dials);
  const top = capacity.minus(1);
  const last = p.reads.at(-1);
  const previous = last ? dec(last.value).floor() : ZERO;
  let usage = ZERO;
  let days = 0;
  for (let i = 1; i < p.reads.length; i += 1) {
    const span = dayNumber(p.reads[i]!.readOn) - dayNumber(p.reads[i - 1]!.readOn);
    let diff = dec(p.reads[i]!.value).minus(p.reads[i - 1]!.value);
    if (diff.isNegative()) diff = diff.plus(capacity);
    if (span <= 0 || diff.gt(capacity.div(2))) continue;
    usage = usage.plus(diff);
    days += span;
  }
  const cap = (v: Dec) => Dec.min(v, top).toFixed();
  if (days === 0) return { previousRead: previous.toFixed(), previousReadOn: last?.readOn ?? null, highLimit: top.toFixed(), lowLimit: previous.toFixed(), averagePeriodUsage: null };
  const average = usage.div(days).times(p.periodDays);
  return {
    previousRead: previous.toFixed(),
    previousReadOn: last!.readOn,
    highLimit: cap(previous.plus(average.times(HIGH_FACTOR).ceil())),
    lowLimit: cap(previous.plus(average.times(LOW_FACTOR).floor())),
    averagePeriodUsage: average.toDecimalPlaces(3).toFixed(),
  };
}
