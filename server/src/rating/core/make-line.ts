import type { Dec } from '../../shared/money/index.js';
import type { CalendarDate } from '../../shared/dates/index.js';
import type { CompiledRateSchedule } from './compile-rate-schedule.js';
import type { ChargeKind, ChargeLine, ServiceType, VolumeUnit } from './types.js';

/** A line while it is being rated: `amount` is exact until the line is rounded. */
export type DraftLine = { -readonly [K in keyof ChargeLine]: ChargeLine[K] };

/**
 * Builds a line with every field in one fixed order (one object shape for the whole core). Calls
 * list the arguments on two lines: (schedule, kind, description, quantity, unit, rate, amount,
 * bandFrom, bandTo) then (factor, factorDays, percentOf, periodStart, periodEnd, dwellingUnits).
 */
export function makeLine(
  s: CompiledRateSchedule,
  kind: ChargeKind,
  description: string,
  quantity: Dec | null,
  unit: VolumeUnit | null,
  rate: Dec | null,
  amount: Dec,
  bandFrom: Dec | null,
  bandTo: Dec | null,
  factor: Dec | null,
  factorDays: number | null,
  percentOf: ServiceType | null,
  periodStart: CalendarDate,
  periodEnd: CalendarDate,
  dwellingUnits: number,
): DraftLine {
  return {
    service: s.service,
    scheduleCode: s.code,
    effectiveFrom: s.effectiveFrom,
    kind,
    description,
    quantity,
    unit,
    rate,
    amount,
    bandFrom,
    bandTo,
    factor,
    factorDays,
    percentOf,
    periodStart,
    periodEnd,
    dwellingUnits,
  };
}
