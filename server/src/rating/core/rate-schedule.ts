import { monthOf } from '../../shared/dates/index.js';
import { ZERO, type Dec } from '../../shared/money/index.js';
import type { BillContext } from './bill-context.js';
import { combineParts } from './combine-parts.js';
import type { CompiledRateSchedule } from './compile-rate-schedule.js';
import type { DraftLine } from './make-line.js';
import { minimumChargeLine } from './minimum-charge.js';
import { rateVersion } from './rate-version.js';
import type { PeriodPart } from './split-period.js';
import { makeScale } from './scale.js';
import { taxLines } from './tax-lines.js';

/** Totals of one schedule's lines: its charges before tax, and its tax. */
export interface ScheduleTotals {
  readonly charges: Dec;
  readonly tax: Dec;
}

/**
 * All lines of one schedule code on one bill (billing-rules.md: "Rate schedules", "Periods and
 * proration"), appended to `out`: per part of the period, fixed, usage, flat and percent lines;
 * then a MINIMUM line when they are below the minimum; then TAX on all of them. Every line is
 * rounded to cents half away from zero: one version for the whole period rounds each line; a
 * split allocates each charge's rounded total to the parts (see combineParts). `percentBase` is
 * the charges of the service this schedule is a percent of. Invariant: the lines sum to
 * charges + tax, and `charges` is what a percent of this service is taken of.
 */
export function rateSchedule(
  bill: BillContext,
  parts: readonly PeriodPart<CompiledRateSchedule>[],
  percentBase: Dec | null,
  out: DraftLine[],
): ScheduleTotals {
  let charges: Dec;
  let taxed = false;
  if (parts.length === 1 && parts[0]!.days === bill.days) {
    const v = parts[0]!.version;
    charges = rateVersion(
      bill,
      v,
      { start: bill.start, end: bill.end, month: bill.endMonth, round: true, share: null },
      percentBase,
      out,
    );
    taxed = v.taxFraction !== null;
  } else {
    const rated = parts.map(part => {
      const lines: DraftLine[] = [];
      const share = makeScale(part.days, bill.days);
      const span = { start: part.start, end: part.end, month: monthOf(part.end), round: false, share };
      rateVersion(bill, part.version, span, percentBase, lines);
      taxed ||= part.version.taxFraction !== null;
      return { days: part.days, lines };
    });
    charges = combineParts(bill, rated);
    for (const part of rated) out.push(...part.lines);
  }
  if (parts.length > 1 || parts[0]!.version.minimumCharge !== null) {
    const minimum = minimumChargeLine(bill, parts, charges);
    if (minimum !== null) {
      out.push(minimum);
      charges = charges.plus(minimum.amount);
    }
  }
  return { charges, tax: taxed ? taxLines(parts, charges, out) : ZERO };
}
