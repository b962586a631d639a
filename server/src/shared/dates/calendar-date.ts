/**
 * Calendar dates as ISO text ("2026-03-31"), counted in whole days since 1970-01-01 (UTC), so
 * that day arithmetic never depends on the server's time zone or daylight saving time.
 */
export type CalendarDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for a real calendar date in ISO form (rejects 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

const EPOCH_DAYS = new Map<string, number>();

/** Days since 1970-01-01 of an ISO date (remembered: bill runs ask for the same few dates a million times). */
export function toEpochDay(date: CalendarDate): number {
  const known = EPOCH_DAYS.get(date);
  if (known !== undefined) return known;
  if (!isCalendarDate(date)) throw new RangeError(`not a calendar date: "${date}"`);
  const day = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;
  if (EPOCH_DAYS.size > 100_000) EPOCH_DAYS.clear();
  EPOCH_DAYS.set(date, day);
  return day;
}

const ISO_DATES = new Map<number, CalendarDate>();

/** ISO date of a day number since 1970-01-01 (remembered, as toEpochDay). */
export function fromEpochDay(day: number): CalendarDate {
  const known = ISO_DATES.get(day);
  if (known !== undefined) return known;
  const date = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  if (ISO_DATES.size > 100_000) ISO_DATES.clear();
  ISO_DATES.set(day, date);
  return date;
}

/** The date `days` days after (or before, when negative) `date`. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole days from `from` to `to` (to − from); negative when `to` is earlier. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** Month of the year, 1–12. */
export function monthOf(date: CalendarDate): number {
  return Number(date.slice(5, 7));
}

/** Compares two ISO dates (text order is date order). */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The calendar date of an instant in UTC. */
export function dateOfInstant(instant: Date): CalendarDate {
  return instant.toISOString().slice(0, 10);
}

/** The date `months` calendar months after `date`, clamped to the month's last day. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Number(date.slice(8, 10));
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d, last))).toISOString().slice(0, 10);
}
