import { addMonths, type CalendarDate } from '../../../shared/dates/index.js';
import type { HistoryMonth } from './bill-document.js';

export const HISTORY_MONTHS = 13;

/**
 * The 13 calendar months ending with the month of `periodEnd`, oldest first, each with the usage
 * of the bills whose period ended in it (`byMonth`: "YYYY-MM" → gallons). A month without a bill
 * is null, not 0, so a chart or a vendor can tell "no bill" from "used nothing".
 */
export function usageHistory(periodEnd: CalendarDate, byMonth: ReadonlyMap<string, string>): HistoryMonth[] {
  const first = `${periodEnd.slice(0, 7)}-01`;
  return Array.from({ length: HISTORY_MONTHS }, (_, i) => {
    const month = addMonths(first, i - (HISTORY_MONTHS - 1)).slice(0, 7);
    return { month, gallons: byMonth.get(month) ?? null };
  });
}
