import type { CalendarDate } from '../../shared/dates/index.js';
import type { LedgerEntry } from './types.js';

/** The entries posted on or before `asOf` (inclusive): the ledger as it stood at the end of that day. */
export function postedOnOrBefore<E extends LedgerEntry>(entries: readonly E[], asOf: CalendarDate): E[] {
  return entries.filter(e => e.postedOn <= asOf);
}

/** The entries posted from `from` through `to`, both inclusive (a GL or roll-forward period). */
export function postedBetween<E extends LedgerEntry>(
  entries: readonly E[],
  from: CalendarDate,
  to: CalendarDate,
): E[] {
  return entries.filter(e => e.postedOn >= from && e.postedOn <= to);
}
