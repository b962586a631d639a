import { describe, expect, it } from 'vitest';
import { validateRateSchedule, type RateScheduleRaw } from '../../../server/src/rating/core/index.js';

const valid: RateScheduleRaw = {
  code: 'W-RES-IN',
  name: 'Residential water, inside city',
  service: 'WATER',
  volumeUnit: 'KGAL',
  effectiveFrom: '2025-10-01',
  fixedCharges: [
    { label: 'Base charge', amount: '18.40', meterSize: '5/8"' },
    { label: 'Base charge', amount: '27.60', meterSize: '1 in' },
  ],
  tiers: [
    { upTo: '2', rate: '0' },
    { upTo: '5', rate: '5.50' },
    { upTo: '10', rate: '6.25' },
    { upTo: null, rate: '7.80' },
  ],
};

function errorsOf(overrides: Partial<RateScheduleRaw>): { field: string; message: string }[] {
  const result = validateRateSchedule({ ...valid, ...overrides });
  return result.ok ? [] : [...result.errors];
}

describe('validateRateSchedule', () => {
  it('should apply the defaults when a residential water schedule leaves options out', () => {
    const result = validateRateSchedule(valid);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.tierMode).toBe('INCREMENTAL');
    expect(result.value.prorate).toBe(true);
    expect(result.value.perDwellingUnit).toBe(false);
    expect(result.value.fixedCharges.map(c => c.meterSize)).toEqual(['5/8', '1']);
    expect(result.value.tiers.map(t => t.upTo?.toFixed() ?? null)).toEqual(['2', '5', '10', null]);
  });

  it('should accept band groups when they never apply to the same size and month', () => {
    const result = validateRateSchedule({
      ...valid,
      tiers: [
        { upTo: '10', rate: '4.00', months: [6, 7, 8, 9] },
        { upTo: null, rate: '6.00', months: [9, 8, 7, 6] },
        { upTo: null, rate: '4.00' },
        { upTo: '20', rate: '4.00', meterSize: '2' },
        { upTo: null, rate: '4.90', meterSize: '2' },
      ],
    });
    expect(result.ok).toBe(true);
  });

  it.each<[string, Partial<RateScheduleRaw>, string, RegExp]>([
    ['an empty code', { code: '  ' }, 'code', /empty/],
    ['an empty name', { name: '' }, 'name', /empty/],
    ['an unknown service', { service: 'GAS' }, 'service', /not one of/],
    ['an unknown unit', { volumeUnit: 'LITER' }, 'volumeUnit', /not one of/],
    ['a date that does not exist', { effectiveFrom: '2026-02-30' }, 'effectiveFrom', /real date/],
    [
      'money with three decimals',
      { fixedCharges: [{ label: 'Base charge', amount: '18.405' }] },
      'fixedCharges[0].amount',
      /2 decimals/,
    ],
    [
      'a negative base charge',
      { fixedCharges: [{ label: 'Base charge', amount: '-1.00' }] },
      'fixedCharges[0].amount',
      /negative/,
    ],
    [
      'an unknown meter size',
      { fixedCharges: [{ label: 'Base charge', amount: '18.40', meterSize: '7/8' }] },
      'fixedCharges[0].meterSize',
      /meter size/,
    ],
    [
      'a fixed charge listed twice for one size',
      {
        fixedCharges: [
          { label: 'Base charge', amount: '1.00' },
          { label: 'Base charge', amount: '2.00' },
        ],
      },
      'fixedCharges[1].label',
      /twice/,
    ],
    [
      'a rate with seven decimals',
      { tiers: [{ upTo: null, rate: '0.0055001' }] },
      'tiers[0].rate',
      /6 decimals/,
    ],
    ['a negative rate', { tiers: [{ upTo: null, rate: '-4.00' }] }, 'tiers[0].rate', /negative/],
    ['a rate in exponent form', { tiers: [{ upTo: null, rate: '5e2' }] }, 'tiers[0].rate', /not a decimal/],
    [
      'band limits out of order',
      {
        tiers: [
          { upTo: '5', rate: '1' },
          { upTo: '2', rate: '2' },
          { upTo: null, rate: '3' },
        ],
      },
      'tiers[1].upTo',
      /above the band before/,
    ],
    [
      'an open band before the last',
      {
        tiers: [
          { upTo: null, rate: '1' },
          { upTo: '10', rate: '2' },
          { upTo: null, rate: '3' },
        ],
      },
      'tiers[0].upTo',
      /only the last band/,
    ],
    [
      'a closed top band',
      {
        tiers: [
          { upTo: '2', rate: '0' },
          { upTo: '10', rate: '5.50' },
        ],
      },
      'tiers[1].upTo',
      /must have no limit/,
    ],
    [
      'a zero band limit',
      {
        tiers: [
          { upTo: '0', rate: '1' },
          { upTo: null, rate: '2' },
        ],
      },
      'tiers[0].upTo',
      /greater than 0/,
    ],
    ['month 13', { tiers: [{ upTo: null, rate: '1', months: [12, 13] }] }, 'tiers[0].months', /not a month/],
    [
      'an empty month list',
      { tiers: [{ upTo: null, rate: '1', months: [] }] },
      'tiers[0].months',
      /at least one month/,
    ],
    [
      'two band groups for 2" meters in August',
      {
        tiers: [
          { upTo: null, rate: '1', meterSize: '2', months: [6, 7, 8] },
          { upTo: null, rate: '2', meterSize: '2"', months: [8, 9] },
        ],
      },
      'tiers[1].months',
      /month 8 already has bands/,
    ],
    [
      'a band for an unknown size',
      { tiers: [{ upTo: null, rate: '1', meterSize: '10' }] },
      'tiers[0].meterSize',
      /meter size/,
    ],
    ['a percent without its service', { percent: '100' }, 'percentOfService', /required with percent/],
    [
      'a service without its percent',
      { percentOfService: 'SEWER' },
      'percent',
      /required with percentOfService/,
    ],
    [
      'a percent of its own service',
      { percentOfService: 'WATER', percent: '10' },
      'percentOfService',
      /own service/,
    ],
    ['a minimum charge with three decimals', { minimumCharge: '25.001' }, 'minimumCharge', /2 decimals/],
    ['a zero usage increment', { usageIncrement: '0' }, 'usageIncrement', /greater than 0/],
    ['a tax above 100 %', { taxPercent: '107' }, 'taxPercent', /at most 100/],
    [
      'winter averaging without months',
      { winterAverage: { months: [], mode: 'CAP' } },
      'winterAverage.months',
      /at least one month/,
    ],
    [
      'an unknown winter mode',
      { winterAverage: { months: [12, 1, 2], mode: 'MAX' } },
      'winterAverage.mode',
      /not one of/,
    ],
    ['an unknown tier mode', { tierMode: 'DECLINING' }, 'tierMode', /not one of/],
  ])('should name the field when the input has %s', (_name, overrides, field, message) => {
    const errors = errorsOf(overrides);
    const error = errors.find(e => e.field === field);
    expect(error, JSON.stringify(errors)).toBeDefined();
    expect(error!.message).toMatch(message);
  });

  it('should report every error when several fields are wrong', () => {
    const errors = errorsOf({ code: '', effectiveFrom: '2026-13-01', tiers: [{ upTo: null, rate: 'x' }] });
    expect(errors.map(e => e.field)).toEqual(['code', 'effectiveFrom', 'tiers[0].rate']);
  });
});
