import type { CalendarDate } from '../../shared/dates/index.js';
import type { Dec } from '../../shared/money/index.js';
import type { BillContext } from './bill-context.js';
import type { CompiledRateSchedule } from './compile-rate-schedule.js';
import { makeLine, type DraftLine } from './make-line.js';
import { rateFixedCharges } from './rate-fixed-charges.js';
import { rateUsage } from './rate-usage.js';
import { roundCents } from './round-cents.js';
import { scaledConstant, scaledMoney, type Scale } from './scale.js';

/** The days a version's lines cover, the month that picks seasonal bands, and rounding. */
export interface VersionSpan {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  /** Month of the part's end date: it decides which seasonal bands apply. */
  readonly month: number;
  /** Round every line to cents (one version for the whole period), else exact (a split). */
  readonly round: boolean;
  /** A split part's days / period days (quantities are shown for the part), else null. */
  readonly share: Scale | null;
}

/**
 * The lines of one schedule version as if it covered the whole period (billing-rules.md: "Rate
 * schedules"): fixed charges, usage bands (on billable usage; bands for the meter size and for
 * the month the part ends in), flat charge, and percent of another service (`percentBase` = that
 * service's charges on the bill). Band limits, cap and winter average are × f on a prorated
 * partial period; band limits and cap × dwelling units on a per-unit schedule. Returns the sum of
 * the amounts (rounded per line when span.round).
 */
export function rateVersion(
  bill: BillContext,
  v: CompiledRateSchedule,
  span: VersionSpan,
  percentBase: Dec | null,
  out: DraftLine[],
): Dec {
  const { start, end, round } = span;
  const proration = bill.proration;
  let total = rateFixedCharges(
    {
      schedule: v,
      sizeIndex: bill.sizeIndex,
      dwellingUnits: bill.dwellingUnits,
      proration,
      standardDays: bill.standardDays,
      round,
      start,
      end,
    },
    out,
  );
  const bands = v.bandTable[bill.sizeIndex * 12 + span.month - 1]!;
  if (bands.length > 0) total = plus(total, rateUsage(bill, v, bands, span, out));
  if (v.flatCharge !== null) {
    const amount = round ? scaledMoney(v.flatCharge, proration) : scaledConstant(v.flatCharge, proration);
    const factorDays = proration === null ? null : bill.standardDays;
    // prettier-ignore
    out.push(makeLine(
      v, 'FLAT', v.labels.flat, null, null, v.flatCharge, amount, null, null,
      proration?.value ?? null, factorDays, null, start, end, 1,
    ));
    total = plus(total, amount);
  }
  if (v.percentFraction !== null && percentBase !== null) {
    const exact = percentBase.times(v.percentFraction);
    const amount = round ? roundCents(exact) : exact;
    // prettier-ignore
    out.push(makeLine(
      v, 'PERCENT', v.labels.percent, percentBase, null, v.percent, amount, null, null,
      null, null, v.percentOfService, start, end, 1,
    ));
    total = plus(total, amount);
  }
  return total;
}

function plus(total: Dec, amount: Dec): Dec {
  return total.isZero() ? amount : amount.isZero() ? total : total.plus(amount);
}
