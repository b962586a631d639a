import { isCalendarDate, monthOf, type CalendarDate } from '../../shared/dates/index.js';
import { ZERO, type Dec } from '../../shared/money/index.js';
import { RatingError } from './rating-error.js';

/** One prior billed period of the account. */
export interface WinterHistoryPeriod {
  readonly periodEnd: CalendarDate;
  readonly days: number;
  /** Gallons billed for the period. */
  readonly usage: Dec;
}

/**
 * The first and last month (as year × 12 + month − 1) of "the last winter" for a period ending
 * on `periodEnd`: it ends with the most recent complete run of consecutive listed months (December
 * wraps to January) whose last month is before the month the period ends in, and holds each listed
 * month of the 12 months ending there (only listed months count, see winterAverageUsage). A period ending in a listed
 * month is therefore billed on the previous winter, and the new average applies from the first
 * period ending after the run (Sugar Land: "applied from the April bill through the following
 * March"). When all 12 months are listed, the 12 months before the end month.
 */
export function lastWinterMonths(
  months: readonly number[],
  periodEnd: CalendarDate,
): { first: number; last: number } {
  const listed = new Set(months);
  const inWinter = (m: number): boolean => listed.has((((m % 12) + 12) % 12) + 1);
  const endMonth = Number(periodEnd.slice(0, 4)) * 12 + monthOf(periodEnd) - 1;
  if (listed.size >= 12) return { first: endMonth - 12, last: endMonth - 1 };
  let last = endMonth - 1;
  while (!(inWinter(last) && !inWinter(last + 1))) last -= 1;
  // Every listed month of the 12 ending there, once: the run itself when the months are
  // consecutive (December to February), all of them when they are not (January and March).
  let first = last;
  for (let m = last - 11; m < last; m += 1) {
    if (inWinter(m)) {
      first = m;
      break;
    }
  }
  return { first, last };
}

/** Whether a month (year × 12 + month − 1) is one of the listed months. */
export function isListedMonth(months: readonly number[], month: number): boolean {
  return months.includes((((month % 12) + 12) % 12) + 1);
}

/**
 * Winter average usage in gallons per standard period (billing-rules.md: "Rate schedules",
 * winter average): total usage ÷ total days × standard days over the account's billed periods
 * that end in the last winter (see lastWinterMonths) and before this period starts. Full
 * precision, not rounded. Null when no such period exists (the caller falls back to the
 * schedule's default usage). Rio Rancho: Dec+Jan+Feb usage ÷ their days × 30.42.
 */
export function winterAverageUsage(p: {
  history: readonly WinterHistoryPeriod[];
  months: readonly number[];
  period: { readonly start: CalendarDate; readonly end: CalendarDate };
  standardDays: number;
}): Dec | null {
  const { first, last } = lastWinterMonths(p.months, p.period.end);
  let usage = ZERO;
  let days = 0;
  p.history.forEach((h, i) => {
    if (
      !isCalendarDate(h.periodEnd) ||
      !Number.isSafeInteger(h.days) ||
      h.days <= 0 ||
      h.usage.isNegative()
    ) {
      throw new RatingError(
        'INVALID_HISTORY',
        `winterHistory[${i}]`,
        'a history period needs a real end date, days > 0 and usage ≥ 0',
      );
    }
    const month = Number(h.periodEnd.slice(0, 4)) * 12 + monthOf(h.periodEnd) - 1;
    if (month < first || month > last || !isListedMonth(p.months, month) || h.periodEnd >= p.period.start) return;
    usage = usage.plus(h.usage);
    days += h.days;
  });
  return days === 0 ? null : usage.times(p.standardDays).div(days);
}
