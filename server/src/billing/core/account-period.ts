import { addDays, daysBetween, type CalendarDate } from '../../shared/dates/index.js';
import { compareDecimalText, dec, ZERO, type Dec } from '../../shared/money/index.js';
import { averageDailyUsage } from '../../reads/core/average-daily-usage.js';
import { changeOutConsumption } from '../../reads/core/change-out-consumption.js';
import { registerConsumption } from '../../reads/core/register-consumption.js';
import { registerVolume, volumeToGallons } from '../../reads/core/register-volume.js';
import type { ConsumptionKind, Register, UsagePeriod } from '../../reads/core/types.js';

export interface ReadFact {
  readonly id: string;
  readonly value: Dec;
  /** The reading as the database wrote it, when known (saves formatting it again). */
  readonly text?: string;
  readonly readOn: CalendarDate;
  readonly estimated: boolean;
}

export interface MeterFact extends Register {
  readonly meterId: string;
  readonly serialNumber: string;
}

/** What the database knows about one account of a run (edit-list facts query). */
export interface AccountReadFacts {
  readonly startDate: CalendarDate;
  /** The account has a posted bill: the period is regular; without one it may be a move-in. */
  readonly hasPreviousBill: boolean;
  readonly windowEnd: CalendarDate;
  /** The meter at the premise at the end of the read window; null when none is installed. */
  readonly meter: MeterFact | null;
  readonly previous: (ReadFact & { readonly meter: MeterFact }) | null;
  readonly current: ReadFact | null;
  /** A change-out in the period: the old meter's removal read and the new meter's install read. */
  readonly changeOut: { readonly removal: ReadFact; readonly install: ReadFact } | null;
  /** Reads of the previous read's meter up to and including it, oldest first (≤ 13). */
  /** Register readings as decimal text (parsed only when needed: a run reads millions). */
  readonly history: readonly { readonly value: string; readonly readOn: CalendarDate }[];
  /** Single-account runs are partial periods whatever the reads: a final or an off-cycle bill. */
  readonly runPartial?: 'FINAL' | 'OFF_CYCLE' | null;
}

export interface MeterPeriodRead {
  readonly meterId: string;
  readonly serialNumber: string;
  readonly previous: string;
  readonly previousOn: CalendarDate;
  readonly current: string;
  readonly currentOn: CalendarDate;
  readonly multiplier: string;
  readonly registerUnit: string;
  readonly gallons: string;
  readonly kind: ConsumptionKind;
  readonly estimated: boolean;
}

export interface AccountPeriod {
  readonly periodStart: CalendarDate;
  readonly periodEnd: CalendarDate;
  readonly days: number;
  readonly partial: 'MOVE_IN' | 'FINAL' | 'OFF_CYCLE' | null;
  readonly usageGallons: Dec | null;
  readonly kind: ConsumptionKind | null;
  readonly meterChanged: boolean;
  readonly estimated: boolean;
  readonly hasActualRead: boolean;
  readonly meters: readonly MeterPeriodRead[];
  readonly averageDailyGallons: Dec | null;
  readonly lastPeriodGallons: Dec | null;
  /** The read the period ends on (the next period starts from it). */
  readonly endReadId: string | null;
}

/**
 * The period, consumption and usage history of one account in a run (billing-rules.md "Periods
 * and proration", "Units and consumption"). A regular period runs from the day after the previous
 * read through the current read (days = current − previous); the first bill of an account whose
 * service started on or after its previous read is a MOVE_IN period from the start date (days
 * counted inclusively). Final and off-cycle runs are partial periods (prorated). Without a current
 * read the period runs to the window end and usage is null.
 * History: consecutive read pairs on the previous read's meter (rollovers allowed, negative pairs
 * skipped), most recent 12, for the average daily usage.
 */
export function accountPeriod(f: AccountReadFacts): AccountPeriod {
  const prev = f.previous;
  const moveIn = !f.hasPreviousBill && (!prev || f.startDate >= prev.readOn);
  const end = f.current?.readOn ?? f.windowEnd;
  const start = moveIn ? f.startDate : addDays(prev ? prev.readOn : f.startDate, prev ? 1 : 0);
  const days = Math.max(daysBetween(start, end) + 1, 1);
  const partial = f.runPartial ?? (moveIn ? ('MOVE_IN' as const) : null);
  // Objects are built whole, never spread: a run builds a million of them.
  const period = (usage: Dec | null, kind: ConsumptionKind | null, meterChanged: boolean, meters: readonly MeterPeriodRead[]): AccountPeriod => {
    // The last period's usage only matters to the ZERO check (zero usage now, some before).
    const { averageDailyGallons, lastPeriodGallons } = historyFigures(f, usage !== null && usage.isZero());
    const cur = usage === null ? null : f.current;
    return {
      periodStart: start, periodEnd: end, days, partial, usageGallons: usage, kind, meterChanged,
      estimated: cur ? cur.estimated : false, hasActualRead: cur ? !cur.estimated : false, meters,
      averageDailyGallons, lastPeriodGallons, endReadId: cur ? cur.id : null,
    };
  };
  if (!prev || !f.current || !f.meter) return period(null, null, false, []);
  const cur = f.current;
  if (f.changeOut && prev.meter.meterId !== f.meter.meterId) {
    const c = changeOutConsumption({
      oldMeter: { ...prev.meter, previous: prev.value, final: f.changeOut.removal.value },
      newMeter: { ...f.meter, initial: f.changeOut.install.value, current: cur.value },
    });
    return period(c.gallons, c.kind, true, [
      meterRead(prev.meter, prev, f.changeOut.removal, c.oldMeter.gallons, c.oldMeter.kind, false),
      meterRead(f.meter, f.changeOut.install, cur, c.newMeter.gallons, c.newMeter.kind, cur.estimated),
    ]);
  }
  const m = f.meter;
  const c = registerConsumption({ dials: m.dials, multiplier: m.multiplier, registerUnit: m.registerUnit, previous: prev.value, current: cur.value });
  return period(c.gallons, c.kind, false, [meterRead(m, prev, cur, c.gallons, c.kind, cur.estimated)]);
}

function meterRead(meter: MeterFact, from: ReadFact, to: ReadFact, gallons: Dec, kind: ConsumptionKind, estimated: boolean): MeterPeriodRead {
  return {
    meterId: meter.meterId, serialNumber: meter.serialNumber, previous: from.text ?? from.value.toFixed(), previousOn: from.readOn,
    current: to.text ?? to.value.toFixed(), currentOn: to.readOn, multiplier: meter.multiplier.toFixed(), registerUnit: meter.registerUnit,
    gallons: gallons.toFixed(3), kind, estimated,
  };
}

/**
 * Average daily usage of the last 12 periods and the last period's usage. When the history's reads
 * never go down (no rollover), Σ of the pairs is the last read minus the first: one subtraction
 * instead of twelve, the same figure; otherwise each pair is measured on its own.
 */
export function historyFigures(f: AccountReadFacts, needLastPeriod = true): { averageDailyGallons: Dec | null; lastPeriodGallons: Dec | null } {
  const h = f.history.length > 13 ? f.history.slice(-13) : f.history;
  const register = f.previous?.meter;
  if (!register || h.length < 2) return { averageDailyGallons: null, lastPeriodGallons: null };
  let rising = true;
  for (let i = 1; i < h.length && rising; i++) rising = compareDecimalText(h[i]!.value, h[i - 1]!.value) >= 0 && h[i]!.readOn > h[i - 1]!.readOn;
  if (!rising) {
    const periods = usageHistory(f).slice(-12);
    return { averageDailyGallons: averageDailyUsage(periods), lastPeriodGallons: periods.length ? periods[periods.length - 1]!.gallons : null };
  }
  const first = h[0]!;
  const last = h[h.length - 1]!;
  const lastValue = dec(last.value);
  const total = volumeToGallons(registerVolume(lastValue.minus(dec(first.value)), register), register);
  const lastPair = needLastPeriod ? volumeToGallons(registerVolume(lastValue.minus(dec(h[h.length - 2]!.value)), register), register) : null;
  return { averageDailyGallons: total.div(daysBetween(first.readOn, last.readOn)), lastPeriodGallons: lastPair };
}

/** Usage of consecutive read pairs before this period, oldest first (negative pairs are skipped). */
export function usageHistory(f: AccountReadFacts): UsagePeriod[] {
  const register = f.previous?.meter;
  if (!register) return [];
  const periods: UsagePeriod[] = [];
  for (let i = 1; i < f.history.length; i++) {
    const a = f.history[i - 1]!;
    const b = f.history[i]!;
    const days = daysBetween(a.readOn, b.readOn);
    if (days <= 0) continue;
    const c = registerConsumption({ ...register, previous: dec(a.value), current: dec(b.value) });
    if (c.kind !== 'NEGATIVE') periods.push({ days, gallons: c.gallons.lt(ZERO) ? ZERO : c.gallons });
  }
  return periods;
}
