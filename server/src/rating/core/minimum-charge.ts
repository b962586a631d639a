import { roundMoney, ZERO, type Dec } from '../../shared/money/index.js';
import type { BillContext } from './bill-context.js';
import type { CompiledRateSchedule } from './compile-rate-schedule.js';
import { makeLine, type DraftLine } from './make-line.js';
import type { PeriodPart } from './split-period.js';

/**
 * The MINIMUM line of one schedule, or null (billing-rules.md: "Rate schedules": if the
 * schedule's lines sum to less than the minimum charge, a line brings them up to it). The minimum
 * is per standard period: × f on a partial period, and over a rate change each version's minimum
 * counts for its days: target = round(Σ minimum × days ÷ (standard days if partial else period
 * days)). One line, on the last version, rate = the target, amount = target − lines (cents).
 * Invariant: lines + MINIMUM = target when the lines are below it.
 */
export function minimumChargeLine(
  bill: BillContext,
  parts: readonly PeriodPart<CompiledRateSchedule>[],
  linesTotal: Dec,
): DraftLine | null {
  let weighted: Dec | null = null;
  for (const part of parts) {
    const minimum = part.version.minimumCharge;
    if (minimum !== null) weighted = (weighted ?? ZERO).plus(minimum.times(part.days));
  }
  if (weighted === null) return null;
  const target = roundMoney(weighted.div(bill.partial ? bill.standardDays : bill.days));
  if (linesTotal.gte(target)) return null;
  const last = parts[parts.length - 1]!.version;
  const factor = bill.proration === null ? null : bill.proration.value;
  // prettier-ignore
  return makeLine(
    last, 'MINIMUM', last.labels.minimum, null, null, target, target.minus(linesTotal), null, null,
    factor, factor === null ? null : bill.standardDays, null, bill.start, bill.end, 1,
  );
}
