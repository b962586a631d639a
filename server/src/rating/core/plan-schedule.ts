import type { CalendarDate } from '../../shared/dates/index.js';
import type { CompiledRateSchedule } from './compile-rate-schedule.js';
import { splitPeriod, type PeriodPart } from './split-period.js';
import type { ServiceType } from './types.js';

/** How one schedule code is rated over one period: its parts by version and what they imply. */
export interface SchedulePlan {
  /** Empty when no version is in effect on any day of the period. */
  readonly parts: readonly PeriodPart<CompiledRateSchedule>[];
  readonly service: ServiceType | null;
  /** The service this code is a percent of (rated after the others), else null. */
  readonly percentOf: ServiceType | null;
  /** First billed day when the first version starts after the period does, else null. */
  readonly firstBilledDay: CalendarDate | null;
}

type Period = { readonly start: CalendarDate; readonly end: CalendarDate };
const splits = new WeakMap<readonly CompiledRateSchedule[], Map<string, SchedulePlan>>();

/**
 * The parts of a period for one code's versions (splitPeriod; billing-rules.md: "Periods and
 * proration") with the facts rateCharges needs. The common case, one version for the whole
 * period, is found in one pass over the versions; a split is remembered per (versions list,
 * period, asOf), since the accounts of a cycle share both. A versions list is taken as immutable.
 */
export function planSchedule(
  versions: readonly CompiledRateSchedule[],
  period: Period,
  days: number,
  asOf: CalendarDate | undefined,
): SchedulePlan {
  let current: CompiledRateSchedule | null = null;
  for (const v of versions) {
    const from = v.effectiveFrom;
    if (asOf !== undefined && from > asOf) continue;
    if (from > period.start) {
      if (from <= period.end) return plannedSplit(versions, period, days, asOf);
    } else if (current === null || from >= current.effectiveFrom) current = v;
  }
  if (current === null) return { parts: [], service: null, percentOf: null, firstBilledDay: null };
  return {
    parts: [{ version: current, start: period.start, end: period.end, days }],
    service: current.service,
    percentOf: current.percentOfService,
    firstBilledDay: null,
  };
}

function plannedSplit(
  versions: readonly CompiledRateSchedule[],
  period: Period,
  days: number,
  asOf: CalendarDate | undefined,
): SchedulePlan {
  let byPeriod = splits.get(versions);
  if (byPeriod === undefined) splits.set(versions, (byPeriod = new Map()));
  const key = `${period.start}/${period.end}/${asOf ?? ''}`;
  let plan = byPeriod.get(key);
  if (plan === undefined) {
    const parts = splitPeriod(versions, period, days, asOf);
    const first = parts[0];
    plan = {
      parts,
      service: parts[parts.length - 1]?.version.service ?? null,
      percentOf: parts.find(p => p.version.percentOfService !== null)?.version.percentOfService ?? null,
      firstBilledDay: first !== undefined && first.start !== period.start ? first.start : null,
    };
    if (byPeriod.size >= 256) byPeriod.clear();
    byPeriod.set(key, plan);
  }
  return plan;
}
