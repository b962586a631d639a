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
 * ended on; without a bill, from the read on the service start date (turnOnRead), else from the
 * latest cycle or check read before the window (or before the start date when service starts
 * inside it); it ends on the latest actual read in the window after that (an estimate only when
 * there is none), other than an installation read. A change-out between them pairs the old meter's removal read
 * with the new meter's installation read. The history is the reads of the starting read's meter up to
 * it (at most 13, none before the service started); the alerts are the flags of the current meter's reads after the start.
 */
export function selectPeriodReads(p: PeriodReadsInput): AccountReadFacts & { alerts: string[] } {
  const all = p.oldReads.length ? [...p.oldReads, ...p.reads].sort((a, b) => a.readAt - b.readAt) : p.reads;
  const cutoff = p.startDate > p.windowStart ? p.startDate : null;
  let prev = p.lastBillEndRead ?? turnOnRead(p, all);
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
  // The latest actual read in the window; an estimate only when there is none (an actual read
  // that arrives after an estimate was made replaces it).
  let current: RawRead | null = null;
  let estimate: RawRead | null = null;
  for (let i = p.reads.length - 1; i >= 0 && !current; i--) {
    const r = p.reads[i]!;
    if (r.readOn >= p.windowStart && r.readOn <= p.windowEnd && r.purpose !== 'INSTALL' && (!prev || r.readAt > prev.readAt)) {
      if (!r.estimated) current = r;
      else estimate ??= r;
    }
  }
  current ??= estimate;
  let alerts: Set<string> | null = null;
  for (const r of p.reads) {
    if (r.flags.length && r.readOn <= p.windowEnd && (!prev || r.readAt > prev.readAt)) for (const f of r.flags) (alerts ??= new Set()).add(f);
  }
  const history = prev ? historyUpTo(prev.meterId === p.meter?.meterId ? p.reads : p.oldReads, prev.readAt, p.startDate) : [];
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

/**
 * The read a first bill starts from when service started on a day with a read (the turn-on or
 * installation read): the period is a move-in from that day, whether the start is inside the window,
 * on its first day, or before it with only check reads since. A cycle read between the start and
 * the window means the account was billed before this system knew it (a converted account): its
 * period starts from the latest cycle read instead.
 */
function turnOnRead(p: PeriodReadsInput, all: readonly RawRead[]): RawRead | null {
  let onStart: RawRead | null = null;
  for (const r of all) {
    if (r.readOn === p.startDate && r.readOn <= p.windowEnd) onStart = r;
    else if (r.purpose === 'CYCLE' && r.readOn > p.startDate && r.readOn < p.windowStart) return null;
  }
  return onStart;
}

/**
 * The reads up to and including `readAt`, the last 13 of them (reads are in time order), from the
 * service start date on: the usage before it was another customer's.
 */
function historyUpTo(reads: readonly RawRead[], readAt: number, startDate: CalendarDate): readonly RawRead[] {
  let end = reads.length;
  while (end > 0 && reads[end - 1]!.readAt > readAt) end--;
  let start = Math.max(0, end - 13);
  while (start < end && reads[start]!.readOn < startDate) start++;
  return start === 0 && end === reads.length ? reads : reads.slice(start, end);
}
