import type { Dec } from '../../shared/money/index.js';
import { billableUsage } from './billable-usage.js';
import { addNote, usageIn, type BillContext } from './bill-context.js';
import type { CompiledBand, CompiledRateSchedule } from './compile-rate-schedule.js';
import { convertVolume } from './convert-volume.js';
import type { DraftLine } from './make-line.js';
import { rateTiers } from './rate-tiers.js';
import type { VersionSpan } from './rate-version.js';
import { makeScale, type Scale } from './scale.js';
import { winterAverageUsage } from './winter-average.js';

/**
 * The usage lines of one version (billing-rules.md: "Rate schedules", "Periods and proration"):
 * the bill's usage in the schedule's unit (full precision, never prorated), made billable
 * (winter average, cap, increment), rated on `bands`. Band limits, cap and winter average are
 * × f on a prorated partial period; band limits and cap × dwelling units on a per-unit schedule.
 * A cap or winter average is noted on the line and on the bill. Returns the sum of the amounts.
 */
export function rateUsage(
  bill: BillContext,
  v: CompiledRateSchedule,
  bands: readonly CompiledBand[],
  span: VersionSpan,
  out: DraftLine[],
): Dec {
  const periodScale = v.prorate ? bill.proration : null;
  const units = v.perDwellingUnit ? bill.dwellingUnits : 1;
  const limitScale = units === 1 ? periodScale : unitsScale(bill, units, periodScale);
  const usage = usageIn(bill, v.volumeUnit);
  let billable = usage;
  let note: string | null = null;
  if (v.hasUsageRules) {
    const winterAverage = v.winterAverage ? winterAverageIn(bill, v) : null;
    const result = billableUsage({ usage, schedule: v, periodScale, limitScale, winterAverage });
    billable = result.quantity;
    note = result.note;
    if (note !== null) addNote(bill, note === v.labels.cap ? v.labels.capNote : `${v.labels.usage} ${note}`);
    if (result.warning !== null) addNote(bill, `${v.code}: ${result.warning}`);
  }
  const factor = periodScale === null ? null : periodScale.value;
  const factorDays = periodScale === null ? null : bill.standardDays;
  const { start, end, round, share } = span;
  return rateTiers(
    {
      schedule: v,
      bands,
      billable,
      limitScale,
      factor,
      factorDays,
      dwellingUnits: units,
      note,
      round,
      share,
      start,
      end,
    },
    out,
  );
}

function unitsScale(bill: BillContext, units: number, periodScale: Scale | null): Scale | null {
  return periodScale === null ? makeScale(units, 1) : makeScale(units * bill.days, bill.standardDays);
}

function winterAverageIn(bill: BillContext, v: CompiledRateSchedule): Dec | null {
  const gallons = winterAverageUsage({
    history: bill.winterHistory,
    months: v.winterAverage!.months,
    period: { start: bill.start, end: bill.end },
    standardDays: bill.standardDays,
  });
  return gallons === null ? null : convertVolume(gallons, 'GALLON', v.volumeUnit);
}
