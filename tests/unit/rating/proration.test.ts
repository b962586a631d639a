import { describe, expect, it } from 'vitest';
import { dec, ZERO } from '../../../server/src/shared/money/index.js';
import {
  prorationFactor,
  rateCharges,
  splitPeriod,
  type CompiledRateSchedule,
  type RateChargesResult,
  type RateScheduleRaw,
} from '../../../server/src/rating/core/index.js';
import { schedule } from './schedule-fixture.js';

function rate(
  versions: CompiledRateSchedule[],
  usage: string,
  start: string,
  end: string,
  partial: boolean,
): RateChargesResult {
  const codes = [...new Set(versions.map(v => v.code))];
  const result = rateCharges({
    schedules: codes.map(code => ({ code, versions: versions.filter(v => v.code === code) })),
    meterSize: '5/8',
    usage: { quantity: dec(usage), unit: 'GALLON' },
    period: { start, end },
    partialPeriod: partial,
    standardDays: 30,
    dwellingUnits: 1,
    explain: true,
  });
  expect(result.lines.reduce((sum, l) => sum.plus(l.amount), ZERO).eq(result.total)).toBe(true);
  return result;
}

const water = (raw: Partial<RateScheduleRaw> = {}): CompiledRateSchedule =>
  schedule({
    code: 'W-RES-IN',
    fixedCharges: [{ label: 'Base charge', amount: '18.40' }],
    tiers: [
      { upTo: '2', rate: '0' },
      { upTo: '5', rate: '5.50' },
      { upTo: '10', rate: '6.25' },
      { upTo: null, rate: '7.80' },
    ],
    ...raw,
  });

describe('prorationFactor', () => {
  it.each([
    [19, 30, true, '0.6333'],
    [6, 30, true, '0.2'],
    [45, 60, true, '0.75'],
    [30, 30, true, null],
    [19, 30, false, null],
  ])(
    'should prorate %i of %i standard days when partial is %s: f = %s',
    (days, standardDays, partialPeriod, f) => {
      const scale = prorationFactor({ days, standardDays, partialPeriod });
      expect(scale === null ? null : scale.value.toDecimalPlaces(4).toFixed()).toBe(f);
    },
  );
});

describe('partial periods', () => {
  it('should charge $19.00 of a $30 base charge when the customer moves in on April 12 (19/30 days)', () => {
    const r = rate(
      [water({ fixedCharges: [{ label: 'Base charge', amount: '30.00' }] })],
      '0',
      '2026-04-12',
      '2026-04-30',
      true,
    );
    expect(r.total.toFixed(2)).toBe('19.00');
    expect(r.lines[0]!.explanation).toBe('Base charge $30.00 × 19/30 days = $19.00');
  });

  it('should charge the whole base charge when the bill is a regular cycle bill, whatever its days', () => {
    expect(rate([water()], '0', '2026-03-01', '2026-03-31', false).total.toFixed(2)).toBe('18.40');
  });

  it('should prorate band limits by 6/30 when a final bill covers 6 days (a month at the same daily use, × 6/30)', () => {
    const month = rate([water()], '12000', '2026-03-02', '2026-03-31', false);
    const final = rate([water()], '2400', '2026-04-01', '2026-04-06', true);
    const monthUsage = month.lines.slice(1).reduce((s, l) => s.plus(l.amount), ZERO);
    const finalUsage = final.lines.slice(1).reduce((s, l) => s.plus(l.amount), ZERO);
    expect(monthUsage.toFixed(2)).toBe('63.35');
    expect(finalUsage.toFixed(2)).toBe('12.67');
    expect(final.lines.map(l => l.explanation)).toEqual([
      'Base charge $18.40 × 6/30 days = $3.68',
      '0.400 kgal × $0.00 = $0.00, 0–400 gallons (band limits × 6/30 days)',
      '0.600 kgal × $5.50 = $3.30, 401–1,000 gallons (band limits × 6/30 days)',
      '1.000 kgal × $6.25 = $6.25, 1,001–2,000 gallons (band limits × 6/30 days)',
      '0.400 kgal × $7.80 = $3.12, over 2,000 gallons (band limits × 6/30 days)',
    ]);
  });

  it('should keep nominal band limits on a partial period when the schedule says prorate: false', () => {
    const r = rate([water({ prorate: false })], '2400', '2026-04-01', '2026-04-06', true);
    expect(r.total.toFixed(2)).toBe('5.88');
    expect(r.lines.map(l => l.description)).toEqual([
      'Base charge',
      'Water usage 0–2,000 gal',
      'Water usage 2,001–5,000 gal',
    ]);
  });

  it('should bill the whole consumption when the period is partial (quantities sum to the reads)', () => {
    const r = rate([water()], '2400', '2026-04-01', '2026-04-06', true);
    const billed = r.lines.filter(l => l.kind === 'TIER').reduce((s, l) => s.plus(l.quantity!), ZERO);
    expect(billed.toFixed()).toBe('2.4');
  });
});

describe('a rate change inside the period', () => {
  const before = water({
    fixedCharges: [{ label: 'Base charge', amount: '30.00' }],
    tiers: [{ upTo: null, rate: '5.00' }],
  });
  const after = water({
    effectiveFrom: '2026-03-16',
    fixedCharges: [{ label: 'Base charge', amount: '32.00' }],
    tiers: [{ upTo: null, rate: '5.50' }],
  });

  it('should split March 1–31 into 15 and 16 days when a version takes effect on the 16th', () => {
    expect(
      splitPeriod([after, before], { start: '2026-03-01', end: '2026-03-31' }, 31).map(p => [
        p.start,
        p.end,
        p.days,
        p.version.effectiveFrom,
      ]),
    ).toEqual([
      ['2026-03-01', '2026-03-15', 15, '2025-10-01'],
      ['2026-03-16', '2026-03-31', 16, '2026-03-16'],
    ]);
  });

  it('should rate each part by its own version, as its own lines, when rates change on the 16th', () => {
    const r = rate([before, after], '6200', '2026-03-01', '2026-03-31', false);
    expect(
      r.lines.map(l => [
        l.effectiveFrom,
        l.periodStart,
        l.periodEnd,
        l.kind,
        l.quantity?.toFixed() ?? null,
        l.amount.toFixed(2),
      ]),
    ).toEqual([
      ['2025-10-01', '2026-03-01', '2026-03-15', 'FIXED', null, '14.52'],
      ['2025-10-01', '2026-03-01', '2026-03-15', 'TIER', '3', '15.00'],
      ['2026-03-16', '2026-03-16', '2026-03-31', 'FIXED', null, '16.51'],
      ['2026-03-16', '2026-03-16', '2026-03-31', 'TIER', '3.2', '17.60'],
    ]);
    expect(r.total.toFixed(2)).toBe('63.63');
  });

  it('should make the parts sum exactly to the rounded whole when a base charge is split', () => {
    const r = rate([before, after], '6200', '2026-03-01', '2026-03-31', false);
    const base = r.lines.filter(l => l.kind === 'FIXED').reduce((s, l) => s.plus(l.amount), ZERO);
    expect(base.toFixed(2)).toBe(
      dec(30 * 15 + 32 * 16)
        .div(31)
        .toDecimalPlaces(2)
        .toFixed(2),
    );
    expect(r.lines[2]!.explanation).toBe('Base charge $32.00 × 16/31 days = $16.51');
  });

  it('should bill exactly the unsplit period when the new version repeats the old rates', () => {
    const same = water({ effectiveFrom: '2026-03-16' });
    for (const usage of ['0', '1999', '7250', '15400']) {
      const split = rate([water(), same], usage, '2026-03-01', '2026-03-31', false);
      const whole = rate([water()], usage, '2026-03-01', '2026-03-31', false);
      expect(split.total.toFixed(2)).toBe(whole.total.toFixed(2));
    }
  });

  it('should prorate each part by its own days over the standard days when a final bill is split', () => {
    const r = rate([before, after], '3100', '2026-03-10', '2026-03-25', true);
    expect(r.lines.filter(l => l.kind === 'FIXED').map(l => l.explanation)).toEqual([
      'Base charge $30.00 × 6/30 days = $6.00',
      'Base charge $32.00 × 10/30 days = $10.67',
    ]);
  });
});

describe('seasonal bands', () => {
  const irrigation = schedule({
    code: 'IRR-RES',
    service: 'IRRIGATION',
    tiers: [
      { upTo: '10', rate: '4.00', months: [6, 7, 8, 9] },
      { upTo: null, rate: '6.00', months: [6, 7, 8, 9] },
      { upTo: null, rate: '4.00' },
    ],
  });

  it.each([
    ['2026-06-16', '2026-07-15', '70.00', 'it ends in July (summer bands)'],
    ['2026-05-16', '2026-06-15', '70.00', 'it ends in June (summer bands)'],
    ['2026-09-16', '2026-10-15', '60.00', 'it ends in October (the all-year band)'],
    ['2026-01-01', '2026-01-31', '60.00', 'it ends in January (the all-year band)'],
  ])('should bill 15,000 gal for %s–%s at $%s when %s', (start, end, total) => {
    expect(rate([irrigation], '15000', start, end, false).total.toFixed(2)).toBe(total);
  });
});
