import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from '../../../server/src/shared/money/index.js';
import { estimateReading, registerConsumption } from '../../../server/src/reads/core/index.js';

const register = fc.record({
  dials: fc.integer({ min: 3, max: 8 }),
  multiplier: fc.constantFrom('1', '10', '100'),
  registerUnit: fc.constantFrom('GALLON' as const, 'CUBIC_FOOT' as const),
});

describe('register properties', () => {
  it('should never give negative NORMAL or ROLLOVER consumption when reads are anywhere on the register', () => {
    fc.assert(
      fc.property(
        register,
        fc.integer({ min: 0, max: 99_999_999 }),
        fc.integer({ min: 0, max: 99_999_999 }),
        (r, a, b) => {
          const capacity = 10 ** r.dials;
          const previous = dec(a % capacity);
          const current = dec(b % capacity);
          const c = registerConsumption({ ...r, multiplier: dec(r.multiplier), previous, current });
          if (c.kind === 'NEGATIVE') expect(c.registerUnits.isNegative()).toBe(true);
          else expect(c.registerUnits.isNegative()).toBe(false);
          if (c.kind === 'ROLLOVER') {
            expect(current.lt(previous)).toBe(true);
            expect(c.registerUnits.lte(capacity / 2)).toBe(true);
          }
        },
      ),
    );
  });

  it('should read the estimate back as its consumption when the next read is the estimated one', () => {
    fc.assert(
      fc.property(
        register,
        fc.integer({ min: 0, max: 99_999 }),
        fc.integer({ min: 1, max: 40_000 }),
        (r, prev, dailyTimes30) => {
          const capacity = 10 ** r.dials;
          const previousReading = dec(prev % capacity);
          const history = [{ days: 30, gallons: dec(dailyTimes30) }];
          const e = estimateReading({
            ...r,
            multiplier: dec(r.multiplier),
            history,
            days: 30,
            previousReading,
          });
          if (!e.ok || e.registerUnits.gt(capacity / 2)) return;
          const next = registerConsumption({
            ...r,
            multiplier: dec(r.multiplier),
            previous: previousReading,
            current: e.reading,
          });
          expect(next.registerUnits.eq(e.registerUnits)).toBe(true);
          expect(next.kind).toBe(e.rolledOver ? 'ROLLOVER' : 'NORMAL');
          expect(e.gallons.lte(dailyTimes30)).toBe(true);
        },
      ),
    );
  });
});
