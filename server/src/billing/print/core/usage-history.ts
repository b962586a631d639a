import type { CalendarDate } from '../../../shared/dates/index.js';
import type { HistoryMonth } from './bill-document.js';

export const HISTORY_MONTHS = 13;

/** "YYYY-MM" of the month `offset` months after the month of `date` (integer arithmetic: once per bill per month). */
function monthAfter(date: CalendarDate, offset: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + offset;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The 13 calendar months ending with the month of `periodEnd`, oldest first, each with the usage
 * of the bills whose period ended in it (`byMonth`: "YYYY-MM" → gallons). A month without a bill
 * is null, not 0, so a chart or a vendor can tell "no bill" from "used nothing".
 */
export function usageHistory(periodEnd: CalendarDate, byMonth: ReadonlyMap<string, string>): HistoryMonth[] {
  return Array.from({ length: HISTORY_MONTHS }, (_, i) => {
    const month = monthAfter(periodEnd, i - (HISTORY_MONTHS - 1));
    return { month, gallons: byMonth.get(month) ?? null };
  });
}
