import type { CalendarDate } from './dates/index.js';

/** Time as an argument (house-style.md rule 18): services ask the clock, tests pass a fixed one. */
export interface Clock {
  now(): Date;
  /** Today's date in the utility's own time zone. */
  today(): CalendarDate;
}

export function systemClock(timeZone: string): Clock {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return { now: () => new Date(), today: () => format.format(new Date()) };
}

export function fixedClock(instant: string | Date, timeZone = 'UTC'): Clock {
  const at = new Date(instant);
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return { now: () => new Date(at), today: () => format.format(at) };
}
