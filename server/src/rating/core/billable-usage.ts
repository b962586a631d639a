import type { Dec } from '../../shared/money/index.js';
import type { CompiledRateSchedule } from './compile-rate-schedule.js';
import { formatNumber, UNIT_ABBREVIATION } from './format.js';
import { applyScale, scaledConstant, type Scale } from './scale.js';
import type { VolumeUnit } from './types.js';

export interface BillableUsage {
  /** Usage the bands are applied to, in the schedule's unit. */
  readonly quantity: Dec;
  /** Why it differs from the usage ("capped at 12 kgal"), else null. */
  readonly note: string | null;
  /** Something the clerk should know although nothing was changed, else null. */
  readonly warning: string | null;
}

/**
 * Billable usage of a period in the schedule's unit (billing-rules.md: "Rate schedules"), in this
 * order: winter average (CAP: min(usage, average); REPLACE: the average; without winter history
 * the default usage; without either the usage, with a warning), then the usage cap
 * (min(usage, cap)), then the usage increment (rounded DOWN to a multiple). Averages and caps are
 * per standard period: on a prorated partial period they are × f like band limits, and the cap is
 * × dwelling units on a per-dwelling-unit schedule. Full precision; nothing rounded but the
 * increment. Invariant: 0 ≤ quantity ≤ usage under CAP, quantity ≤ cap when a cap is set.
 */
export function billableUsage(p: {
  usage: Dec;
  schedule: CompiledRateSchedule;
  periodScale: Scale | null;
  limitScale: Scale | null;
  winterAverage: Dec | null;
}): BillableUsage {
  const s = p.schedule;
  let note: string | null = null;
  let warning: string | null = null;
  let billed = p.usage;
  if (s.winterAverage) {
    const average = p.winterAverage ?? s.winterAverage.defaultUsage;
    if (average === null) warning = 'no winter history and no default usage: actual usage billed';
    else {
      const scaled = applyScale(average, p.periodScale);
      if (s.winterAverage.mode === 'REPLACE' || billed.gt(scaled)) {
        billed = scaled;
        const label = p.winterAverage ? 'the winter average' : 'the default winter usage (no winter history)';
        note = `billed at ${label} ${show(scaled, s.volumeUnit)} (${show(p.usage, s.volumeUnit)} used)`;
      }
    }
  }
  if (s.usageCap) {
    const cap = scaledConstant(s.usageCap, p.limitScale);
    if (billed.gt(cap)) {
      billed = cap;
      note = join(note, p.limitScale === null ? s.labels.cap : capText(cap, s.volumeUnit));
    }
  }
  if (s.usageIncrement) {
    const rounded = billed.div(s.usageIncrement).floor().times(s.usageIncrement);
    if (!rounded.eq(billed)) note = join(note, s.labels.increment);
    billed = rounded;
  }
  return { quantity: billed, note, warning };
}

function join(note: string | null, more: string): string {
  return note === null ? more : `${note}; ${more}`;
}

const capTexts = new WeakMap<Dec, string>();

/** "capped at 7.6 kgal" for a prorated cap; the scaled cap is a shared constant, so remembered. */
function capText(cap: Dec, unit: VolumeUnit): string {
  let text = capTexts.get(cap);
  if (text === undefined) capTexts.set(cap, (text = `capped at ${show(cap, unit)}`));
  return text;
}

function show(quantity: Dec, unit: VolumeUnit): string {
  return `${formatNumber(quantity, 0, 3)} ${UNIT_ABBREVIATION[unit]}`;
}
