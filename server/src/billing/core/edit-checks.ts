import { type Dec, decimalText, ZERO } from '../../shared/money/index.js';
import {
  BLOCKING_CODES,
  defaultEditThresholds,
  EDIT_ALERT_FLAGS,
  type EditCode,
  type EditThresholds,
} from './edit-thresholds.js';

/** The facts the edit list needs about one account in a run. Volumes in gallons. */
export interface EditFacts {
  /** Service days in the period (inclusive count). */
  readonly days: number;
  /** Consumption this period; null when there is no read to compute it from. */
  readonly usageGallons: Dec | null;
  readonly consumptionKind: 'NORMAL' | 'ROLLOVER' | 'NEGATIVE' | null;
  /** An actual (not estimated) read lies in the run's read window. */
  readonly hasActualRead: boolean;
  /** Average daily usage of the last (up to) 12 billed periods; null without history. */
  readonly averageDailyGallons: Dec | null;
  readonly lastPeriodGallons: Dec | null;
  readonly meterChanged: boolean;
  /** Normalised AMI alert flags raised in the period (LEAK, TAMPER, REVERSE_FLOW, NO_READ…). */
  readonly alerts: readonly string[];
  readonly partialPeriod: 'MOVE_IN' | 'FINAL' | 'OFF_CYCLE' | null;
}

export interface EditException {
  readonly code: EditCode;
  /** Blocks billing while unresolved (see exception-actions.ts for resolutions). */
  readonly blocking: boolean;
  readonly message: string;
  /** The figures behind the check, as decimal text (gallons to 2 places). */
  readonly figures: Readonly<Record<string, string>>;
}

/**
 * The pre-billing checks of one account (billing-rules.md: "Pre-billing edit list"), each an
 * independent predicate so the list can also be computed in SQL. With expected = average daily
 * gallons × days (null without history):
 * - NO_READ: not hasActualRead. Blocking.
 * - NEGATIVE: consumptionKind = NEGATIVE or usage < 0. Blocking. Skips HIGH/LOW/ZERO.
 * - HIGH: usage > highRatio × expected (strictly) AND usage − expected > highMinExcessGallons
 *   (strictly). Blocking until accepted.
 * - LOW: expected > lowMinAverageGallons (strictly) AND usage < lowRatio × expected (strictly).
 * - ZERO: usage = 0 AND last period's usage > 0 (accounts in a run are active). May come with LOW.
 * - ROLLOVER, METER_CHANGE, PARTIAL_PERIOD: from the facts; AMI_ALERT: any EDIT_ALERT_FLAGS alert.
 * Usage checks run on whatever usage there is (an estimate too) and are skipped when it is null.
 * No rounding: comparisons are exact decimals. Results follow the table's order.
 */
export function editChecks(
  facts: EditFacts,
  thresholds: EditThresholds = defaultEditThresholds,
): EditException[] {
  const usage = facts.usageGallons;
  const negative = facts.consumptionKind === 'NEGATIVE' || (usage !== null && usage.lt(ZERO));
  const found: [EditCode, string, Record<string, string>][] = [];
  if (!facts.hasActualRead) found.push(['NO_READ', 'No actual read in the read window', {}]);
  if (negative) {
    found.push(['NEGATIVE', `Current read is below the previous read${of(usage)}`, usageFigures(usage)]);
  }
  if (usage !== null && !negative) found.push(...againstAverage(usage, facts, thresholds));
  if (usage !== null && usage.isZero() && facts.lastPeriodGallons?.gt(ZERO)) {
    const last = facts.lastPeriodGallons;
    found.push(['ZERO', `Zero usage; last period used ${gal(last)}`, { usage: '0', lastPeriod: g(last) }]);
  }
  if (facts.consumptionKind === 'ROLLOVER') {
    found.push(['ROLLOVER', `Register rolled over${of(usage)}`, usageFigures(usage)]);
  }
  if (facts.meterChanged) {
    found.push(['METER_CHANGE', 'Meter changed out in the period', usageFigures(usage)]);
  }
  const alerts = [...new Set(facts.alerts.map(a => a.trim().toUpperCase()))].filter(a =>
    EDIT_ALERT_FLAGS.has(a),
  );
  if (alerts.length) {
    found.push(['AMI_ALERT', `AMI alert: ${alerts.join(', ')}`, { alerts: alerts.join(',') }]);
  }
  if (facts.partialPeriod) {
    const label = facts.partialPeriod === 'FINAL' ? 'Final' : facts.partialPeriod === 'OFF_CYCLE' ? 'Off-cycle' : 'Move-in';
    found.push([
      'PARTIAL_PERIOD',
      `${label} bill for ${facts.days} days`,
      { partialPeriod: facts.partialPeriod },
    ]);
  }
  return found.map(([code, message, figures]) => ({
    code,
    blocking: BLOCKING_CODES.has(code),
    message,
    figures: { days: String(facts.days), ...figures },
  }));
}

/** HIGH and LOW: usage against expected = average daily × days; nothing without history. */
function againstAverage(
  usage: Dec,
  facts: EditFacts,
  t: EditThresholds,
): [EditCode, string, Record<string, string>][] {
  if (facts.averageDailyGallons === null) return [];
  const expected = facts.averageDailyGallons.times(facts.days);
  const base = { usage: g(usage), average: g(expected), averageDaily: g(facts.averageDailyGallons) };
  const basis = (ratio: Dec) => `${decimalText(ratio)} × average ${gal(expected)} for ${facts.days} days`;
  const found: [EditCode, string, Record<string, string>][] = [];
  const high = t.highRatio.times(expected);
  const excess = usage.minus(expected);
  if (usage.gt(high) && excess.gt(t.highMinExcessGallons)) {
    const message = `Usage ${gal(usage)} is over ${gal(high)} (${basis(t.highRatio)}), ${gal(excess)} above average`;
    found.push(['HIGH', message, { ...base, threshold: g(high), excess: g(excess) }]);
  }
  const low = t.lowRatio.times(expected);
  if (expected.gt(t.lowMinAverageGallons) && usage.lt(low)) {
    found.push([
      'LOW',
      `Usage ${gal(usage)} is under ${gal(low)} (${basis(t.lowRatio)})`,
      { ...base, threshold: g(low) },
    ]);
  }
  return found;
}

function of(usage: Dec | null): string {
  return usage === null ? '' : ` (usage ${gal(usage)})`;
}

function usageFigures(usage: Dec | null): Record<string, string> {
  return usage === null ? {} : { usage: g(usage) };
}

/** Gallons as figure text: up to 2 decimals, no grouping ("18400", "748.05"). */
function g(gallons: Dec): string {
  return decimalText(gallons, 2);
}

/** Gallons for a clerk to read: grouped thousands ("18,400 gal"). */
function gal(gallons: Dec): string {
  const [whole = '0', fraction] = g(gallons).split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = whole.replace('-', '');
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fraction ? `.${fraction}` : ''} gal`;
}
