import { Dec, ONE, ZERO } from '../../shared/money/index.js';
import type { CalendarDate } from '../../shared/dates/index.js';
import type { CompiledRateSchedule } from './compile-rate-schedule.js';
import { makeLine, type DraftLine } from './make-line.js';
import { roundCents } from './round-cents.js';
import { applyScale, scaledConstant, scaledMoney, type Scale } from './scale.js';

/**
 * Fixed charges (base, readiness-to-serve, customer charge) of one schedule (billing-rules.md:
 * "Rate schedules", "Periods and proration"): the rows for the meter size (a row without size
 * applies to any size unless the size has its own row of that label), × dwelling units for
 * per-unit rows, × f on a partial period. FIXED lines carry the charge per period as `rate` and
 * the dwelling units as `quantity` when charged per unit. Amounts rounded to cents per line when
 * `round`, else exact (split period). Returns the sum of the amounts.
 */
export function rateFixedCharges(
  p: {
    schedule: CompiledRateSchedule;
    sizeIndex: number;
    dwellingUnits: number;
    proration: Scale | null;
    standardDays: number;
    round: boolean;
    start: CalendarDate;
    end: CalendarDate;
  },
  out: DraftLine[],
): Dec {
  const s = p.schedule;
  const charges = s.fixedTable[p.sizeIndex]!;
  const factor = p.proration === null ? null : p.proration.value;
  const factorDays = p.proration === null ? null : p.standardDays;
  const nominal = p.proration === null && p.dwellingUnits === 1;
  let total = ZERO;
  for (const c of charges) {
    const units = c.perDwellingUnit ? p.dwellingUnits : 1;
    const quantity = c.perDwellingUnit ? (units === 1 ? ONE : new Dec(units)) : null;
    let amount = c.amount;
    if (!nominal) {
      if (units === 1)
        amount = p.round ? scaledMoney(c.amount, p.proration) : scaledConstant(c.amount, p.proration);
      else {
        const exact = applyScale(c.amount.times(units), p.proration);
        amount = p.round ? roundCents(exact) : exact;
      }
      total = total.plus(amount);
    }
    // prettier-ignore
    out.push(makeLine(
      s, 'FIXED', c.description, quantity, null, c.amount, amount, null, null,
      factor, factorDays, null, p.start, p.end, units,
    ));
  }
  return nominal ? s.fixedTotal[p.sizeIndex]! : total;
}
