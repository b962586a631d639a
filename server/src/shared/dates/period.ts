import { type CalendarDate, daysBetween } from './calendar-date.js';

/**
 * A run of service days, both ends inclusive (billing-rules.md: "Periods and proration").
 * April 12 to April 30 is 19 days.
 */
export interface Period {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

/** Service days in a period, counted inclusively at both ends. */
export function periodDays(period: Period): number {
  const days = daysBetween(period.start, period.end) + 1;
  if (days < 1) throw new RangeError(`period ends before it starts: ${period.start}..${period.end}`);
  return days;
}

/** True when the date falls inside the period (inclusive). */
export function periodContains(period: Period, date: CalendarDate): boolean {
  return date >= period.start && date <= period.end;
}
