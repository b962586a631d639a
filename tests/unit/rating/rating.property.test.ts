import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../server/src/shared/dates/index.js';
import { dec, ZERO } from '../../../server/src/shared/money/index.js';
import {
  compileRateSchedule,
  explainLine,
  rateCharges,
  validateRateSchedule,
  type CompiledRateSchedule,
  type RateChargesResult,
  type RateScheduleRaw,
} from '../../../server/src/rating/core/index.js';

const text = (units: number, places: number): string => dec(units).div(dec(10).pow(places)).toFixed(places);

/** A random but valid schedule: base charges by size, ascending bands, optional extras. */
const scheduleRaw = (o: { inclining?: boolean; cap?: boolean } = {}): fc.Arbitrary<RateScheduleRaw> =>
  fc
    .record({
      unit: fc.constantFrom('GALLON', 'KGAL', 'CCF'),
      widths: fc.array(fc.integer({ min: 1, max: 20_000 }), { maxLength: 4 }),
      rates: fc.array(fc.integer({ min: 0, max: 90_000 }), { minLength: 5, maxLength: 5 }),
      base: fc.integer({ min: 0, max: 10_000 }),
      sizedBase: fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: null }),
      perUnitBase: fc.boolean(),
      tierMode: o.inclining ? fc.constant('INCREMENTAL') : fc.constantFrom('INCREMENTAL', 'ALL_UNITS'),
      perDwellingUnit: fc.boolean(),
      minimum: fc.option(fc.integer({ min: 0, max: 9_000 }), { nil: null }),
      cap: o.cap
        ? fc.integer({ min: 1, max: 40_000 }).map(n => n as number | null)
        : fc.option(fc.integer({ min: 1, max: 40_000 }), { nil: null }),
      increment: fc.option(fc.constantFrom('1', '0.5', '100'), { nil: null }),
      flat: fc.option(fc.integer({ min: 0, max: 5_000 }), { nil: null }),
      tax: fc.option(fc.integer({ min: 0, max: 12_000 }), { nil: null }),
      prorate: fc.boolean(),
    })
    .map(r => {
      const rates = o.inclining ? [...r.rates].sort((a, b) => a - b) : r.rates;
      let limit = 0;
      const tiers = r.widths.map((w, i) => ({ upTo: text((limit += w), 3), rate: text(rates[i]!, 4) }));
      return {
        code: 'W-PROP',
        name: 'Property water',
        service: 'WATER',
        volumeUnit: r.unit,
        effectiveFrom: '2025-01-01',
        fixedCharges: [
          { label: 'Base charge', amount: text(r.base, 2), perDwellingUnit: r.perUnitBase },
          ...(r.sizedBase === null
            ? []
            : [{ label: 'Base charge', amount: text(r.sizedBase, 2), meterSize: '1' }]),
        ],
        tiers: [...tiers, { upTo: null, rate: text(rates[4]!, 4) }],
        tierMode: r.tierMode,
        perDwellingUnit: r.perDwellingUnit,
        minimumCharge: r.minimum === null ? null : text(r.minimum, 2),
        usageCap: r.cap === null ? null : text(r.cap, 3),
        usageIncrement: r.unit === 'GALLON' || r.increment !== '100' ? r.increment : null,
        flatCharge: r.flat === null ? null : text(r.flat, 2),
        taxPercent: r.tax === null ? null : text(r.tax, 3),
        prorate: r.prorate,
      };
    });

function compile(raw: RateScheduleRaw): CompiledRateSchedule {
  const result = validateRateSchedule(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return compileRateSchedule(result.value);
}

const billArb = fc.record({
  gallons: fc.integer({ min: 0, max: 60_000_000 }).map(n => dec(n).div(1000)),
  startDay: fc.integer({ min: 0, max: 700 }),
  days: fc.integer({ min: 1, max: 62 }),
  partial: fc.boolean(),
  standardDays: fc.constantFrom(30, 60),
  meterSize: fc.constantFrom('5/8', '1', '2', null),
  dwellingUnits: fc.integer({ min: 1, max: 6 }),
});

type Bill = typeof billArb extends fc.Arbitrary<infer T> ? T : never;

function rate(versions: CompiledRateSchedule[], b: Bill, gallons = b.gallons): RateChargesResult {
  const start = addDays('2025-01-01', b.startDay);
  return rateCharges({
    schedules: [{ code: 'W-PROP', versions }],
    meterSize: b.meterSize,
    usage: { quantity: gallons, unit: 'GALLON' },
    period: { start, end: addDays(start, b.days - 1) },
    partialPeriod: b.partial,
    standardDays: b.standardDays,
    dwellingUnits: b.dwellingUnits,
  });
}

describe('rating properties', () => {
  it('should sum the lines to the total, each rounded to cents, when any schedule rates any bill', () => {
    fc.assert(
      fc.property(scheduleRaw(), billArb, (raw, b) => {
        const r = rate([compile(raw)], b);
        expect(r.lines.reduce((s, l) => s.plus(l.amount), ZERO).eq(r.total)).toBe(true);
        for (const line of r.lines) {
          expect(line.amount.decimalPlaces()).toBeLessThanOrEqual(2);
          expect(explainLine(line)).not.toMatch(/undefined|NaN|null/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('should never charge less when usage grows under INCREMENTAL tiers with non-negative rates', () => {
    fc.assert(
      fc.property(
        scheduleRaw({ inclining: true }),
        billArb,
        fc.integer({ min: 0, max: 20_000_000 }),
        (raw, b, more) => {
          const s = compile(raw);
          const less = rate([s], b).total;
          expect(rate([s], b, b.gallons.plus(dec(more).div(1000))).total.gte(less)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('should bill exactly the unsplit total when a period is split at a version that repeats the rates', () => {
    fc.assert(
      fc.property(
        scheduleRaw(),
        billArb.filter(b => b.days >= 2),
        fc.integer({ min: 1, max: 61 }),
        (raw, b, at) => {
          const start = addDays('2025-01-01', b.startDay);
          const splitOn = addDays(start, 1 + (at % (b.days - 1)));
          const same = compile({ ...raw, effectiveFrom: splitOn });
          const whole = rate([compile(raw)], b);
          const split = rate([compile(raw), same], b);
          expect(split.lines.some(l => l.effectiveFrom === splitOn) || split.total.isZero()).toBe(true);
          expect(split.total.toFixed(2)).toBe(whole.total.toFixed(2));
          expect(split.lines.reduce((sum, l) => sum.plus(l.amount), ZERO).eq(split.total)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('should never bill more usage than the cap when a regular bill has a usage cap', () => {
    fc.assert(
      fc.property(scheduleRaw({ cap: true }), billArb, (raw, b) => {
        const s = compile({ ...raw, perDwellingUnit: false });
        const r = rate([s], { ...b, partial: false });
        const billed = r.lines.filter(l => l.kind === 'TIER').reduce((sum, l) => sum.plus(l.quantity!), ZERO);
        expect(billed.lte(s.usageCap!)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
