import { describe, expect, it } from 'vitest';
import { dec, ZERO, type Dec } from '../../../server/src/shared/money/index.js';
import {
  leakAdjustment,
  rateCharges,
  type ChargesByService,
  type CompiledRateSchedule,
  type LeakPolicy,
} from '../../../server/src/rating/core/index.js';
import { schedule } from './schedule-fixture.js';

const waterIncluded = schedule({
  code: 'W-RES-IN',
  fixedCharges: [{ label: 'Base charge', amount: '18.40' }],
  tiers: [
    { upTo: '2', rate: '0' },
    { upTo: '5', rate: '5.50' },
    { upTo: '10', rate: '6.25' },
    { upTo: null, rate: '7.80' },
  ],
});
const waterTiered = schedule({
  code: 'W-RES-LBK',
  fixedCharges: [{ label: 'Base charge', amount: '16.00' }],
  tiers: [
    { upTo: '5', rate: '4.25' },
    { upTo: '15', rate: '5.10' },
    { upTo: null, rate: '6.40' },
  ],
});
const sewer = schedule({
  code: 'S-RES',
  service: 'SEWER',
  fixedCharges: [{ label: 'Sewer base charge', amount: '15.25' }],
  tiers: [{ upTo: null, rate: '4.35' }],
  usageCap: '12',
});

/** The bill's normal rating: the same call as the bill run, totals by service. */
function rater(water: CompiledRateSchedule): (gallons: Dec) => ChargesByService {
  return gallons => {
    const { lines } = rateCharges({
      schedules: [water, sewer].map(v => ({ code: v.code, versions: [v] })),
      meterSize: '5/8',
      usage: { quantity: gallons, unit: 'GALLON' },
      period: { start: '2026-03-02', end: '2026-03-31' },
      partialPeriod: false,
      standardDays: 30,
      dwellingUnits: 1,
    });
    const by: Partial<Record<'WATER' | 'SEWER', Dec>> = {};
    for (const l of lines)
      by[l.service as 'WATER' | 'SEWER'] = (by[l.service as 'WATER' | 'SEWER'] ?? ZERO).plus(l.amount);
    return by;
  };
}

const priorThree = [
  { days: 31, gallons: dec(6200) },
  { days: 28, gallons: dec(5600) },
  { days: 31, gallons: dec(6200) },
  { days: 30, gallons: dec(30000) },
];

const policy = (p: Partial<LeakPolicy>): LeakPolicy => ({
  minRatio: dec(2),
  baselinePeriods: 3,
  excessShare: ZERO,
  excessRate: ZERO,
  creditSewerOnExcess: false,
  ...p,
});

describe('leakAdjustment', () => {
  it.each<[string, CompiledRateSchedule, Partial<LeakPolicy>, Record<string, string>, string]>([
    [
      'half the excess at normal rates (Craven County)',
      waterIncluded,
      { excessShare: dec('0.5') },
      { WATER: '128.55', SEWER: '67.45' },
      '93.60',
    ],
    [
      'the excess at $0.60 per 1,000 gallons with sewer credited (Port Arthur)',
      waterIncluded,
      { excessRate: dec('0.60'), creditSewerOnExcess: true },
      { WATER: '55.55', SEWER: '41.35' },
      '192.70',
    ],
    [
      'the excess at the first tier rate with sewer credited (Longboat Key)',
      waterTiered,
      { excessRate: dec('4.25'), creditSewerOnExcess: true },
      { WATER: '144.35', SEWER: '41.35' },
      '66.00',
    ],
  ])(
    'should credit a 30,000 gal leak bill over a 6,000 gal baseline when the policy bills %s',
    (_name, water, p, adjusted, credit) => {
      const result = leakAdjustment({
        usageGallons: dec(30000),
        days: 30,
        priorPeriods: priorThree,
        policy: policy(p),
        excessRateUnit: 'KGAL',
        rate: rater(water),
      });
      expect(result.eligible).toBe(true);
      if (!result.eligible) return;
      expect(result.baselineGallons.toFixed()).toBe('6000');
      expect(result.excessGallons.toFixed()).toBe('24000');
      expect(Object.fromEntries(Object.entries(result.adjusted).map(([k, v]) => [k, v.toFixed(2)]))).toEqual(
        adjusted,
      );
      expect(result.credit.toFixed(2)).toBe(credit);
      const originalTotal = Object.values(result.original).reduce((s, v) => s.plus(v), ZERO);
      const adjustedTotal = Object.values(result.adjusted).reduce((s, v) => s.plus(v), ZERO);
      const creditTotal = Object.values(result.creditByService).reduce((s, v) => s.plus(v), ZERO);
      expect(adjustedTotal.plus(result.credit).eq(originalTotal)).toBe(true);
      expect(creditTotal.eq(result.credit)).toBe(true);
    },
  );

  it('should refuse the adjustment when usage is below 2 × the baseline', () => {
    const result = leakAdjustment({
      usageGallons: dec(11999),
      days: 30,
      priorPeriods: priorThree,
      policy: policy({ excessShare: dec('0.5') }),
      excessRateUnit: 'KGAL',
      rate: rater(waterIncluded),
    });
    expect(result).toMatchObject({ eligible: false, reason: 'BELOW_RATIO' });
  });

  it('should refuse the adjustment when the account has no prior bills', () => {
    const result = leakAdjustment({
      usageGallons: dec(30000),
      days: 30,
      priorPeriods: [],
      policy: policy({}),
      excessRateUnit: 'KGAL',
      rate: rater(waterIncluded),
    });
    expect(result).toMatchObject({ eligible: false, reason: 'NO_BASELINE', baselineGallons: null });
  });

  it('should refuse the adjustment when the policy would raise the bill', () => {
    const result = leakAdjustment({
      usageGallons: dec(30000),
      days: 30,
      priorPeriods: priorThree,
      policy: policy({ excessRate: dec('25.00') }),
      excessRateUnit: 'KGAL',
      rate: rater(waterIncluded),
    });
    expect(result).toMatchObject({ eligible: false, reason: 'NO_CREDIT' });
  });

  it('should average only the most recent bills when baselinePeriods is shorter than the history', () => {
    const result = leakAdjustment({
      usageGallons: dec(30000),
      days: 30,
      priorPeriods: [{ days: 30, gallons: dec(3000) }, ...priorThree],
      policy: policy({ baselinePeriods: 1, excessShare: dec('0.5') }),
      excessRateUnit: 'KGAL',
      rate: rater(waterIncluded),
    });
    expect(result.eligible && result.baselineGallons.toFixed()).toBe('3000');
  });
});
