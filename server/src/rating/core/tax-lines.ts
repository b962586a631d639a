import { allocate, Dec, roundMoney, ZERO } from '../../shared/money/index.js';
import type { CompiledRateSchedule } from './compile-rate-schedule.js';
import { makeLine, type DraftLine } from './make-line.js';
import type { PeriodPart } from './split-period.js';

/**
 * The TAX lines of one schedule (billing-rules.md: "Rate schedules": tax percent on the schedule's
 * lines): tax = round(taxable × percent / 100), taxable = the schedule's rounded lines including
 * any MINIMUM. Over a rate change each version's percent counts for its share of the rated days,
 * and the rounded tax is allocated to one line per version (largest remainder), so the lines sum
 * to the rounded whole. Returns the tax total. Invariant: Σ TAX lines = round(Σ exact shares).
 */
export function taxLines(
  parts: readonly PeriodPart<CompiledRateSchedule>[],
  taxable: Dec,
  out: DraftLine[],
): Dec {
  if (parts.length === 1) {
    const v = parts[0]!.version;
    if (v.taxFraction === null) return ZERO;
    const amount = roundMoney(taxable.times(v.taxFraction));
    // prettier-ignore
    out.push(makeLine(
      v, 'TAX', v.labels.tax, taxable, null, v.taxPercent, amount, null, null,
      null, null, null, parts[0]!.start, parts[0]!.end, 1,
    ));
    return amount;
  }
  const taxed = parts.filter(p => p.version.taxFraction !== null);
  if (taxed.length === 0) return ZERO;
  const coveredDays = parts.reduce((sum, p) => sum + p.days, 0);
  const weights = taxed.map(p => taxable.times(p.version.taxFraction!).times(p.days));
  const exact = weights.reduce((sum, w) => sum.plus(w), ZERO).div(coveredDays);
  const total = roundMoney(exact);
  const amounts = total.isZero() ? weights.map(() => ZERO) : allocate(total, weights);
  taxed.forEach((p, i) => {
    const v = p.version;
    // prettier-ignore
    out.push(makeLine(
      v, 'TAX', v.labels.tax, taxable, null, v.taxPercent, amounts[i]!, null, null,
      new Dec(p.days).div(coveredDays), coveredDays, null, p.start, p.end, 1,
    ));
  });
  return total;
}
