import { addDays, type CalendarDate, toEpochDay } from '../../shared/dates/index.js';

export interface DueDatePolicy {
  /** Days from the bill date to the due date (e.g. 20, Denison TX: 25). */
  readonly daysAfterBill: number;
  /** Move a due date on a Saturday, Sunday or holiday to the next business day (default true). */
  readonly nextBusinessDay?: boolean;
  readonly holidays?: readonly CalendarDate[];
}

/**
 * The due date of a bill: bill date + daysAfterBill, moved forward to the next business day when
 * it falls on a weekend or a listed holiday (file-formats.md: a published city code moves a due
 * date on a Saturday, Sunday or holiday to "the first following workday"). Calendar-date
 * arithmetic, independent of the server time zone.
 */
export function dueDate(billDate: CalendarDate, policy: DueDatePolicy): CalendarDate {
  if (!Number.isInteger(policy.daysAfterBill) || policy.daysAfterBill < 0) {
    throw new RangeError(`daysAfterBill must be a whole number ≥ 0: ${policy.daysAfterBill}`);
  }
  let due = addDays(billDate, policy.daysAfterBill);
  if (policy.nextBusinessDay === false) return due;
  const holidays = new Set(policy.holidays ?? []);
  while (isWeekend(due) || holidays.has(due)) due = addDays(due, 1);
  return due;
}

/** Saturday or Sunday (1970-01-01, epoch day 0, was a Thursday). */
export function isWeekend(date: CalendarDate): boolean {
  const weekday = (((toEpochDay(date) + 4) % 7) + 7) % 7; // 0 = Sunday … 6 = Saturday
  return weekday === 0 || weekday === 6;
}
