import type { CalendarDate } from '../../shared/dates/index.js';
import { dec } from '../../shared/money/index.js';
import type { AccountReadFacts, MeterFact, ReadFact } from './account-period.js';

/** A meter read as streamed out of the database for the edit list (values still text). */
export interface RawRead {
  readonly id: string;
  readonly meterId: string;
  readonly value: string;
  readonly readOn: CalendarDate;
  /** Instant of the read, seconds since the epoch (orders reads of one day). */
  readonly readAt: number;
  readonly purpose: string;
  readonly estimated: boolean;
  readonly flags: readonly string[];
}

export interface PeriodReadsInput {
  readonly startDate: CalendarDate;
  readonly windowStart: CalendarDate;
  readonly windowEnd: CalendarDate;
  /** The meter at the premise at the end of the window, and its reads in time order. */
  readonly meter: MeterFact | null;
  readonly reads: readonly RawRead[];
  /** The meter removed in the lookback (a change-out), and its reads in time order. */
  readonly oldMeter: MeterFact | null;
  readonly oldReads: readonly RawRead[];
  /** The read the account's last posted bill ended on, when it has one. */
  readonly lastBillEndRead: RawRead | null;
  readonly runPartial?: 'FINAL' | 'OFF_CYCLE' | null;
}

const fact = (r: RawRead): ReadFact => ({ id: r.id, value: dec(r.value), text: canonical(r.value), readOn: r.readOn, estimated: r.estimated });

/** Reading text without trailing zeros ("25000.000000" → "25000"), as decimal.js would print it. */
const canonical = (text: string) => (text.includes('.') ? text.replace(/\.?0+$/, '') : text);

/**
 * Picks the reads of one account's period from its meters' recent reads (billing-rules.md "Units and
 * consumption", "Periods and proration"): the period starts from the read the last posted bill
 * ended on; without a bill, from the latest cycle or check read before the window (an installation or
 * removal read only when it is on the service start date — a turn-on read — and the start date
 * itself when service starts inside the window); it ends on the latest read in the window after
 * that, other than an installation read. A change-out between them pairs the old meter's removal read
 * with the new meter's installation read. The history is the reads of the starting read's meter up to
 * it (at most 13); the alerts are the flags of the current meter's reads after the start.
 */
export function selectPeriodReads(p: PeriodReadsInput): AccountReadFacts & { alerts: string[] } {
  const all = p.oldReads.length ? [...p.oldReads, ...p.reads].sort((a, b) => a.readAt - b.readAt) : p.reads;
  const cutoff = p.startDate > p.windowStart ? p.startDate : null;
  let prev = p.lastBillEndRead;
  if (!prev) {
    for (let i = all.length - 1; i >= 0; i--) {
      const r = all[i]!;
      const before = cutoff ? r.readOn <= cutoff : r.readOn < p.windowStart;
      if (before && (r.purpose === 'CYCLE' || r.purpose === 'CHECK' || r.readOn === p.startDate)) {
        prev = r;
        break;
      }
    }
  }
  const meterOf = (id: string) => (p.meter?.meterId === id ? p.meter : p.oldMeter?.meterId === id ? p.oldMeter : null);
  const prevMeter = prev ? meterOf(prev.meterId) : null;
  let current: RawRead | null = null;
  for (let i = p.reads.length - 1; i >= 0 && !current; i--) {
    const r = p.reads[i]!;
    if (r.readOn >= p.windowStart && r.readOn <= p.windowEnd && r.purpose !== 'INSTALL' && (!prev || r.readAt > prev.readAt)) current = r;
  }
  let alerts: Set<string> | null = null;
  for (const r of p.reads) {
    if (r.flags.length && r.readOn <= p.windowEnd && (!prev || r.readAt > prev.readAt)) for (const f of r.flags) (alerts ??= new Set()).add(f);
  }
  const history = prev ? historyUpTo(prev.meterId === p.meter?.meterId ? p.reads : p.oldReads, prev.readAt) : [];
  let changeOut: AccountReadFacts['changeOut'] = null;
  if (prev && p.meter && prev.meterId !== p.meter.meterId) {
    const removal = p.oldReads.find(r => r.purpose === 'REMOVAL' && r.readAt >= prev.readAt);
    const install = [...p.reads].reverse().find(r => r.purpose === 'INSTALL');
    if (removal && install) changeOut = { removal: fact(removal), install: fact(install) };
  }
  return {
    startDate: p.startDate,
    hasPreviousBill: p.lastBillEndRead !== null,
    windowEnd: p.windowEnd,
    meter: p.meter,
    previous: prev && prevMeter ? { id: prev.id, value: dec(prev.value), text: canonical(prev.value), readOn: prev.readOn, estimated: prev.estimated, meter: prevMeter } : null,
    current: current ? fact(current) : null,
    changeOut,
    history,
    runPartial: p.runPartial ?? null,
    alerts: alerts ? [...alerts] : [],
  };
}

/** The reads up to and including `readAt`, the last 13 of them (reads are in time order). */
function historyUpTo(reads: readonly RawRead[], readAt: number): readonly RawRead[] {
  let end = reads.length;
  while (end > 0 && reads[end - 1]!.readAt > readAt) end--;
  return reads.slice(Math.max(0, end - 13), end);
}
