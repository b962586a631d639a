import { isCalendarDate } from '../shared/dates/index.js';
import { BadUserInput } from '../shared/graphql/errors.js';

/** A report's date range: real dates, in order (SQL sums it, so any length works). */
export function checkRange(from: string, to: string): void {
  if (!isCalendarDate(from)) throw BadUserInput.field('from', 'is not a date');
  if (!isCalendarDate(to)) throw BadUserInput.field('to', 'is not a date');
  if (from > to) throw BadUserInput.field('to', 'is before from');
}

export function checkAsOf(asOf: string): void {
  if (!isCalendarDate(asOf)) throw BadUserInput.field('asOf', 'is not a date');
}
