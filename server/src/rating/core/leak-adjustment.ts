import { roundMoney, ZERO, type Dec } from '../../shared/money/index.js';
import { averageDailyUsage } from '../../reads/core/average-daily-usage.js';
import { convertVolume } from './convert-volume.js';
import type { ServiceType, VolumeUnit } from './types.js';

/** Charges of a bill by service (rounded money, as rateCharges totals them). */
export type ChargesByService = Readonly<Partial<Record<ServiceType, Dec>>>;

/** BillingPolicy leak fields (api-contract.md: Policies); onceInMonths stays with the caller. */
export interface LeakPolicy {
  readonly minRatio: Dec;
  readonly baselinePeriods: number;
  readonly excessShare: Dec;
  /** Dollars per `excessRateUnit` of the excess not billed at normal rates. */
  readonly excessRate: Dec;
  readonly creditSewerOnExcess: boolean;
}

export type LeakAdjustmentResult =
  | {
      readonly eligible: false;
      readonly reason: 'NO_BASELINE' | 'BELOW_RATIO' | 'NO_CREDIT';
      readonly baselineGallons: Dec | null;
    }
  | {
      readonly eligible: true;
      readonly baselineGallons: Dec;
      readonly excessGallons: Dec;
      /** baseline + excessShare × excess: billed at the normal rates. */
      readonly normalRateGallons: Dec;
      /** The rest of the excess × excessRate, rounded to cents, on WATER. */
      readonly excessCharge: Dec;
      readonly original: ChargesByService;
      readonly adjusted: ChargesByService;
      readonly creditByService: ChargesByService;
      /** Σ original − Σ adjusted: the ADJUSTMENT to post (as a negative amount). */
      readonly credit: Dec;
    };

/**
 * Leak adjustment math (billing-rules.md: "Adjustments"). Baseline = average daily usage of the
 * prior `baselinePeriods` bills (most recent first, the leak bill excluded; fewer when fewer
 * exist) × the bill's days. Eligible when usage ≥ minRatio × baseline. Excess = usage − baseline.
 * Adjusted charges = rate(baseline + excessShare × excess) + the remaining excess × excessRate
 * (on WATER); with creditSewerOnExcess, SEWER is charged on the baseline alone. Credit = original
 * − adjusted, in cents; a policy that would raise the bill gives NO_CREDIT. `rate` must be the
 * normal rating of the bill (rateCharges with the bill's period and schedules).
 * Invariant: Σ creditByService = credit, and adjusted + credit = original.
 */
export function leakAdjustment(p: {
  usageGallons: Dec;
  days: number;
  priorPeriods: readonly { readonly days: number; readonly gallons: Dec }[];
  policy: LeakPolicy;
  excessRateUnit: VolumeUnit;
  rate: (gallons: Dec) => ChargesByService;
}): LeakAdjustmentResult {
  const { policy } = p;
  const daily = averageDailyUsage(p.priorPeriods.slice(0, Math.max(1, policy.baselinePeriods)));
  if (daily === null) return { eligible: false, reason: 'NO_BASELINE', baselineGallons: null };
  const baseline = daily.times(p.days);
  if (p.usageGallons.lt(baseline.times(policy.minRatio)))
    return { eligible: false, reason: 'BELOW_RATIO', baselineGallons: baseline };
  const excess = p.usageGallons.gt(baseline) ? p.usageGallons.minus(baseline) : ZERO;
  const normalRateGallons = baseline.plus(excess.times(policy.excessShare));
  const remaining = excess.minus(excess.times(policy.excessShare));
  const excessCharge = roundMoney(
    convertVolume(remaining, 'GALLON', p.excessRateUnit).times(policy.excessRate),
  );
  const original = p.rate(p.usageGallons);
  const atNormal = p.rate(normalRateGallons);
  const sewerOnBaseline = policy.creditSewerOnExcess ? p.rate(baseline).SEWER : undefined;
  const adjusted: Partial<Record<ServiceType, Dec>> = {};
  const creditByService: Partial<Record<ServiceType, Dec>> = {};
  let credit = ZERO;
  const services = Object.keys(original) as ServiceType[];
  if (!excessCharge.isZero() && !services.includes('WATER')) services.push('WATER');
  for (const service of services) {
    let amount =
      (service === 'SEWER' && sewerOnBaseline !== undefined ? sewerOnBaseline : atNormal[service]) ?? ZERO;
    if (service === 'WATER') amount = amount.plus(excessCharge);
    adjusted[service] = amount;
    creditByService[service] = (original[service] ?? ZERO).minus(amount);
    credit = credit.plus(creditByService[service]!);
  }
  if (!credit.isPositive() || credit.isZero())
    return { eligible: false, reason: 'NO_CREDIT', baselineGallons: baseline };
  return {
    eligible: true,
    baselineGallons: baseline,
    excessGallons: excess,
    normalRateGallons,
    excessCharge,
    original,
    adjusted,
    creditByService,
    credit,
  };
}
