import type { CalendarDate } from '../../shared/dates/index.js';
import { ZERO, type Dec } from '../../shared/money/index.js';
import { addNote, makeBillContext, type BillContext, type BillContextInput } from './bill-context.js';
import type { CompiledRateSchedule } from './compile-rate-schedule.js';
import { explainLine } from './explain-line.js';
import type { DraftLine } from './make-line.js';
import { RatingError } from './rating-error.js';
import { rateSchedule } from './rate-schedule.js';
import { planSchedule, type SchedulePlan } from './plan-schedule.js';
import type { ChargeLine, ServiceType } from './types.js';

const NO_NOTES: readonly string[] = Object.freeze([]);

export interface RateChargesInput extends BillContextInput {
  /** The schedule codes on the account (or the quote), each with all its compiled versions. */
  readonly schedules: readonly {
    readonly code: string;
    readonly versions: readonly CompiledRateSchedule[];
    /** First day the code is no longer billed: a period starting on or after it has no rate. */
    readonly retiredOn?: CalendarDate | null;
  }[];
  /** Versions taking effect after this date are ignored (a bill re-rated later stays the same). */
  readonly asOf?: CalendarDate;
  /** Fill `explanation` on every line (not for bill runs: explanations are rendered on read). */
  readonly explain?: boolean;
}

export interface RateChargesResult {
  readonly lines: readonly ChargeLine[];
  /** Sum of the rounded lines. */
  readonly total: Dec;
  /** Caps, winter averages and missing data worth telling the clerk, one sentence each. */
  readonly notes: readonly string[];
}

/**
 * Rates a period's usage under the account's schedule codes: the one code path of both the
 * what-if quote and the bill run (billing-rules.md: "Units and consumption", "Periods and
 * proration", "Rate schedules"). Usage is the consumption of the whole period in any unit; it is
 * converted at full precision and never prorated. Schedules that are a percent of another service
 * are rated after the others, on that service's charges before tax. Lines come in the order of the
 * codes. Every amount is rounded to cents half away from zero at the line; total = Σ lines.
 * Throws RatingError NO_VERSION_IN_EFFECT (field rateScheduleCodes[i]) when a code has no version
 * in effect on any day of the period, SCHEDULE_RETIRED when it was retired by the period's start,
 * and the input errors of makeBillContext.
 */
export function rateCharges(input: RateChargesInput): RateChargesResult {
  const bill = makeBillContext(input);
  const period = { start: bill.start, end: bill.end };
  let hasPercent = false;
  const schedules = input.schedules;
  const plans: SchedulePlan[] = new Array(schedules.length);
  for (let i = 0; i < schedules.length; i += 1) {
    const s = schedules[i]!;
    if (s.retiredOn != null && s.retiredOn <= bill.start) {
      throw new RatingError('SCHEDULE_RETIRED', `rateScheduleCodes[${i}]`, `${s.code} was retired on ${s.retiredOn}`);
    }
    const plan = planSchedule(s.versions, period, bill.days, input.asOf);
    if (plan.parts.length === 0) {
      throw new RatingError(
        'NO_VERSION_IN_EFFECT',
        `rateScheduleCodes[${i}]`,
        `${s.code} has no version in effect from ${bill.start} to ${bill.end}`,
      );
    }
    if (plan.percentOf !== null) hasPercent = true;
    if (plan.firstBilledDay !== null)
      addNote(bill, `${s.code}: no version in effect before ${plan.firstBilledDay}; earlier days not billed`);
    plans[i] = plan;
  }
  let lines: DraftLine[] = [];
  let total = ZERO;
  if (hasPercent) ({ lines, total } = ratePercentLast(bill, plans));
  else {
    for (let i = 0; i < plans.length; i += 1) {
      const t = rateSchedule(bill, plans[i]!.parts, null, lines);
      total = total.isZero() ? t.charges : total.plus(t.charges);
      if (!t.tax.isZero()) total = total.plus(t.tax);
    }
  }
  if (input.explain === true) for (const line of lines) line.explanation = explainLine(line);
  return { lines, total, notes: bill.notes ?? NO_NOTES };
}

/**
 * Schedules that are a percent of another service are rated once that service's charges are all
 * known: the others first, then percent schedules in dependency order (a fee of 10 % of sewer,
 * sewer being 80 % of water, waits for sewer). Lines stay in the order of the codes. A circle of
 * percents (sewer of water, water of sewer) cannot be rated.
 */
function ratePercentLast(
  bill: BillContext,
  plans: readonly SchedulePlan[],
): { lines: DraftLine[]; total: Dec } {
  const byCode: DraftLine[][] = plans.map(() => []);
  const serviceTotals = new Map<ServiceType, Dec>();
  let total = ZERO;
  const rate = (i: number, percentBase: Dec | null) => {
    const p = plans[i]!;
    const t = rateSchedule(bill, p.parts, percentBase, byCode[i]!);
    serviceTotals.set(p.service!, (serviceTotals.get(p.service!) ?? ZERO).plus(t.charges));
    total = total.plus(t.charges).plus(t.tax);
  };
  let pending: number[] = [];
  plans.forEach((p, i) => (p.percentOf === null ? rate(i, null) : pending.push(i)));
  while (pending.length > 0) {
    const waiting = (i: number) => pending.some(j => plans[j]!.service === plans[i]!.percentOf);
    const ready = pending.filter(i => !waiting(i));
    if (ready.length === 0) {
      throw new RatingError('PERCENT_CYCLE', `rateScheduleCodes[${pending[0]}]`,
        `schedules that are percents of each other's services cannot be rated (${pending.map(i => `${plans[i]!.service} of ${plans[i]!.percentOf}`).join(', ')})`);
    }
    for (const i of ready) rate(i, serviceTotals.get(plans[i]!.percentOf!) ?? ZERO);
    pending = pending.filter(i => !ready.includes(i));
  }
  return { lines: byCode.flat(), total };
}
