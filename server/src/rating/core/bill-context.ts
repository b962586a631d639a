import { isCalendarDate, monthOf, periodDays, type CalendarDate } from '../../shared/dates/index.js';
import type { Dec } from '../../shared/money/index.js';
import { convertVolume } from './convert-volume.js';
import { meterSizeIndex, normalizeMeterSize } from './meter-size.js';
import { prorationFactor } from './proration-factor.js';
import { RatingError } from './rating-error.js';
import type { Scale } from './scale.js';
import type { UsageUnit, VolumeUnit } from './types.js';
import type { WinterHistoryPeriod } from './winter-average.js';

/** What every schedule of one bill is rated against, validated once. */
export interface BillContext {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  readonly endMonth: number;
  /** Days of the whole period (D), inclusive. */
  readonly days: number;
  readonly partial: boolean;
  readonly standardDays: number;
  /** f = D / standard days on a partial period, else null. */
  readonly proration: Scale | null;
  readonly sizeIndex: number;
  readonly dwellingUnits: number;
  readonly usage: Dec;
  readonly usageUnit: UsageUnit;
  /** The usage converted to each schedule unit, filled on first use. */
  usageGallon: Dec | null;
  usageKgal: Dec | null;
  usageCcf: Dec | null;
  readonly winterHistory: readonly WinterHistoryPeriod[];
  /** Notes for the clerk, created with the first one. */
  notes: string[] | null;
}

export interface BillContextInput {
  readonly meterSize: string | null;
  readonly usage: { readonly quantity: Dec; readonly unit: UsageUnit };
  readonly period: { readonly start: CalendarDate; readonly end: CalendarDate };
  readonly partialPeriod: boolean;
  readonly standardDays: number;
  readonly dwellingUnits: number;
  readonly winterHistory?: readonly WinterHistoryPeriod[];
}

const USAGE_UNITS: readonly UsageUnit[] = ['GALLON', 'KGAL', 'CCF', 'CUBIC_FOOT'];
const periodDaysCache = new Map<CalendarDate, Map<CalendarDate, number>>();

/**
 * Validates the bill-level inputs of rateCharges and prepares them (billing-rules.md: "Periods
 * and proration"): days counted inclusively, f = days / standard days on a partial period,
 * canonical meter size, whole dwelling units ≥ 1, usage ≥ 0. Throws RatingError with the field.
 */
export function makeBillContext(input: BillContextInput): BillContext {
  const { period } = input;
  const days = daysOf(period.start, period.end);
  if (!Number.isSafeInteger(input.standardDays) || input.standardDays <= 0) {
    throw new RatingError(
      'INVALID_STANDARD_DAYS',
      'standardDays',
      'standard days must be a whole number above 0',
    );
  }
  if (!Number.isSafeInteger(input.dwellingUnits) || input.dwellingUnits < 1) {
    throw new RatingError(
      'INVALID_DWELLING_UNITS',
      'dwellingUnits',
      'dwelling units must be a whole number, at least 1',
    );
  }
  if (
    !USAGE_UNITS.includes(input.usage.unit) ||
    input.usage.quantity.isNegative() ||
    !input.usage.quantity.isFinite()
  ) {
    throw new RatingError(
      'INVALID_USAGE',
      'usage',
      'usage must be a quantity ≥ 0 in GALLON, KGAL, CCF or CUBIC_FOOT',
    );
  }
  return {
    start: period.start,
    end: period.end,
    endMonth: monthOf(period.end),
    days,
    partial: input.partialPeriod,
    standardDays: input.standardDays,
    proration: prorationFactor({
      days,
      standardDays: input.standardDays,
      partialPeriod: input.partialPeriod,
    }),
    sizeIndex: sizeIndexOf(input.meterSize),
    dwellingUnits: input.dwellingUnits,
    usage: input.usage.quantity,
    usageUnit: input.usage.unit,
    usageGallon: null,
    usageKgal: null,
    usageCcf: null,
    winterHistory: input.winterHistory ?? [],
    notes: null,
  };
}

/** The bill's usage in a schedule's unit, converted once per unit (full precision). */
export function usageIn(bill: BillContext, unit: VolumeUnit): Dec {
  if (unit === 'KGAL') return (bill.usageKgal ??= convertVolume(bill.usage, bill.usageUnit, unit));
  if (unit === 'CCF') return (bill.usageCcf ??= convertVolume(bill.usage, bill.usageUnit, unit));
  return (bill.usageGallon ??= convertVolume(bill.usage, bill.usageUnit, unit));
}

/** Adds a note for the clerk once. */
export function addNote(bill: BillContext, note: string): void {
  if (bill.notes === null) bill.notes = [note];
  else if (!bill.notes.includes(note)) bill.notes.push(note);
}

/** Days of a period, remembered for the few periods of a bill run (a pure function's cache). */
function daysOf(start: CalendarDate, end: CalendarDate): number {
  let byEnd = periodDaysCache.get(start);
  const known = byEnd?.get(end);
  if (known !== undefined) return known;
  if (!isCalendarDate(start) || !isCalendarDate(end) || end < start) {
    throw new RatingError('INVALID_PERIOD', 'period', `not a period: ${start}..${end}`);
  }
  if (periodDaysCache.size >= 1024) periodDaysCache.clear();
  if (byEnd === undefined) periodDaysCache.set(start, (byEnd = new Map()));
  const days = periodDays({ start, end });
  byEnd.set(end, days);
  return days;
}

function sizeIndexOf(meterSize: string | null): number {
  const direct = meterSizeIndex(meterSize);
  if (direct >= 0) return direct;
  const normalized = normalizeMeterSize(meterSize!);
  if (normalized === null)
    throw new RatingError('UNKNOWN_METER_SIZE', 'meterSize', `"${meterSize}" is not a known meter size`);
  return meterSizeIndex(normalized);
}
