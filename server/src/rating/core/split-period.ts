import { addDays, daysBetween, type CalendarDate, type Period } from '../../shared/dates/index.js';

/** One run of days of a period rated by one schedule version. */
export interface PeriodPart<V> {
  readonly version: V;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  readonly days: number;
}

/**
 * The parts of a period by schedule version (billing-rules.md: "Periods and proration": a rate
 * change inside a period splits it at the effective date). A version is in effect from its
 * effectiveFrom until the next version's; versions may come in any order; of two with the same
 * date the later in the list wins. Versions effective after `asOf` are ignored. Days before the
 * first version are in no part (a charge that starts mid-period bills its own days only); an
 * empty list means no version is in effect on any day of the period. Invariant: parts are
 * contiguous, in order, and their days sum to the days from the first part's start to period end.
 */
export function splitPeriod<V extends { readonly effectiveFrom: CalendarDate }>(
  versions: readonly V[],
  period: Period,
  periodDays: number,
  asOf?: CalendarDate,
): PeriodPart<V>[] {
  let current: V | null = null;
  let changes = false;
  for (const v of versions) {
    const from = v.effectiveFrom;
    if (asOf !== undefined && from > asOf) continue;
    if (from <= period.start) {
      if (current === null || from >= current.effectiveFrom) current = v;
    } else if (from <= period.end) changes = true;
  }
  if (!changes)
    return current ? [{ version: current, start: period.start, end: period.end, days: periodDays }] : [];
  return splitAtChanges(versions, period, current, asOf);
}

function splitAtChanges<V extends { readonly effectiveFrom: CalendarDate }>(
  versions: readonly V[],
  period: Period,
  current: V | null,
  asOf: CalendarDate | undefined,
): PeriodPart<V>[] {
  const byDate = new Map<CalendarDate, V>();
  for (const v of versions) {
    if (
      v.effectiveFrom > period.start &&
      v.effectiveFrom <= period.end &&
      (asOf === undefined || v.effectiveFrom <= asOf)
    ) {
      byDate.set(v.effectiveFrom, v);
    }
  }
  const starts = [...byDate.keys()].sort();
  const parts: PeriodPart<V>[] = [];
  let start = period.start;
  let version = current;
  for (const next of [...starts, null]) {
    const end = next === null ? period.end : addDays(next, -1);
    if (version !== null) parts.push({ version, start, end, days: daysBetween(start, end) + 1 });
    if (next !== null) {
      start = next;
      version = byDate.get(next)!;
    }
  }
  return parts;
}
