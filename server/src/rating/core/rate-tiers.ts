import { ZERO, type Dec } from '../../shared/money/index.js';
import type { CalendarDate } from '../../shared/dates/index.js';
import { quantityText, type CompiledBand, type CompiledRateSchedule } from './compile-rate-schedule.js';
import { makeLine, type DraftLine } from './make-line.js';
import { roundCents } from './round-cents.js';
import { scaledBands } from './scaled-bands.js';
import { scaledConstant, type Scale } from './scale.js';

export interface TierRun {
  readonly schedule: CompiledRateSchedule;
  readonly bands: readonly CompiledBand[];
  /** Billable usage in the schedule's unit. */
  readonly billable: Dec;
  /** Applied to every band limit: proration f and/or dwelling units; null = nominal limits. */
  readonly limitScale: Scale | null;
  /** Proration shown on the line (f and its standard days), null when not prorated. */
  readonly factor: Dec | null;
  readonly factorDays: number | null;
  /** Dwelling units the limits were multiplied by (1 when the schedule is not per unit). */
  readonly dwellingUnits: number;
  /** Appended to the description of the last band used ("capped at 12 kgal"). */
  readonly note: string | null;
  /** Round each line to cents (else leave exact amounts for a split period). */
  readonly round: boolean;
  /**
   * A split part's days / period days: amounts stay those of the whole period (they are split
   * later, see combineParts) but quantities and band limits are shown for the part. Null: whole.
   */
  readonly share: Scale | null;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

/**
 * Usage lines of one schedule (billing-rules.md: "Rate schedules", tiers). Bands are on total
 * billable usage, upper bound inclusive. INCREMENTAL: each band's usage at its own rate, one line
 * per band used (a used zero-rate band gives a $0.00 line, so included usage is explained);
 * ALL_UNITS: all usage at the rate of the band reached, one line. No line for zero usage.
 * Amount = quantity × rate, rounded to cents half away from zero per line when `round`, and then
 * returns the sum of the amounts; exact otherwise (a split part), returning ZERO.
 * Invariant: the quantities sum to the billable usage.
 */
export function rateTiers(run: TierRun, out: DraftLine[]): Dec {
  if (run.billable.isZero() || run.bands.length === 0) return ZERO;
  if (run.schedule.tierMode === 'ALL_UNITS') return rateAllUnits(run, out);
  if (run.round)
    return rateBands(run, run.limitScale === null ? run.bands : scaledBands(run.bands, run.limitScale), out);
  return rateExact(run, out);
}

/** Rounded lines: full bands use their prebuilt widths and amounts (nominal or scaled). */
function rateBands(run: TierRun, bands: readonly CompiledBand[], out: DraftLine[]): Dec {
  const { billable } = run;
  for (const band of bands) {
    if (band.upTo === null || billable.lte(band.upTo)) {
      const quantity = band.from.isZero() ? billable : billable.minus(band.from);
      const amount = roundCents(quantity.times(band.rate));
      out.push(line(run, lastDescription(run, band), quantity, band.rate, amount, band.from, band.upTo));
      return band.amountBefore.isZero() ? amount : band.amountBefore.plus(amount);
    }
    out.push(line(run, band.description, band.width!, band.rate, band.fullAmount!, band.from, band.upTo));
  }
  return ZERO;
}

/**
 * Exact whole-period amounts for a part of a split period (rounded later with the other parts, so
 * no total), quantities shown for the part. Full nominal bands use prebuilt width × rate.
 */
function rateExact(run: TierRun, out: DraftLine[]): Dec {
  const { billable, limitScale, share } = run;
  let from = ZERO;
  for (const band of run.bands) {
    const top = band.upTo === null ? null : scaledConstant(band.upTo, limitScale);
    if (top === null || billable.lte(top)) {
      const quantity = billable.minus(from);
      const shown = share === null ? quantity : quantity.times(share.value);
      out.push(line(run, lastDescription(run, band), shown, band.rate, quantity.times(band.rate), from, top));
      break;
    }
    if (limitScale === null) {
      const shown = scaledConstant(band.width!, share);
      out.push(line(run, band.description, shown, band.rate, band.fullExact!, from, top));
    } else {
      const quantity = top.minus(from);
      const shown = share === null ? quantity : quantity.times(share.value);
      out.push(line(run, band.description, shown, band.rate, quantity.times(band.rate), from, top));
    }
    from = top;
  }
  return ZERO;
}

/**
 * ALL_UNITS: every unit at the rate of the band reached. A zero-rate open band at the top is a cap
 * here too (billing-rules.md): usage beyond its lower limit is not billed, and the units up to that
 * limit stay at the rate of the band below (all units at $0 would make the most usage free).
 */
function rateAllUnits(run: TierRun, out: DraftLine[]): Dec {
  const { limitScale } = run;
  let billable = run.billable;
  let from = ZERO;
  let previous: { band: CompiledBand; from: Dec; top: Dec } | null = null;
  for (const band of run.bands) {
    const top = band.upTo === null ? null : scaledConstant(band.upTo, limitScale);
    if (top === null || billable.lte(top)) {
      let reached = { band, from, top };
      let capNote: string | null = null;
      if (top === null && band.rate.isZero() && previous !== null && billable.gt(from)) {
        reached = previous;
        billable = previous.top;
        capNote = `capped at ${quantityText(previous.top, run.schedule.volumeUnit)} (the top band)`;
      }
      const notes = [run.note, capNote].filter(n => n !== null);
      const description = notes.length ? `${reached.band.allUnitsDescription}; ${notes.join('; ')}` : reached.band.allUnitsDescription;
      const exact = billable.times(reached.band.rate);
      const amount = run.round ? roundCents(exact) : exact;
      const shown = run.share === null ? billable : billable.times(run.share.value);
      out.push(line(run, description, shown, reached.band.rate, amount, reached.from, reached.top));
      return amount;
    }
    previous = { band, from, top };
    from = top;
  }
  return ZERO;
}

function lastDescription(run: TierRun, band: CompiledBand): string {
  if (run.note === null) return band.description;
  return run.note === run.schedule.labels.cap ? band.cappedDescription : `${band.description}; ${run.note}`;
}

/** A TIER line; the band limits are shown for the part when the period is split. */
function line(
  run: TierRun,
  description: string,
  quantity: Dec,
  rate: Dec,
  amount: Dec,
  from: Dec,
  top: Dec | null,
): DraftLine {
  const s = run.schedule;
  const { share } = run;
  const bandFrom = share === null ? from : scaledConstant(from, share);
  const bandTo = share === null || top === null ? top : scaledConstant(top, share);
  // prettier-ignore
  return makeLine(
    s, 'TIER', description, quantity, s.volumeUnit, rate, amount, bandFrom, bandTo,
    run.factor, run.factorDays, null, run.start, run.end, run.dwellingUnits,
  );
}
