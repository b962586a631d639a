import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from '../../../server/src/shared/money/index.js';
import { convertVolume, type UsageUnit } from '../../../server/src/rating/core/index.js';

describe('convertVolume', () => {
  it.each<[string, UsageUnit, UsageUnit, string]>([
    ['7250', 'GALLON', 'KGAL', '7.25'],
    ['1', 'CUBIC_FOOT', 'GALLON', '7.48052'],
    ['1450', 'CUBIC_FOOT', 'CCF', '14.5'],
    ['1450', 'CUBIC_FOOT', 'KGAL', '10.846754'],
    ['14.5', 'CCF', 'GALLON', '10846.754'],
    ['10846.754', 'GALLON', 'CCF', '14.5'],
    ['748.052', 'GALLON', 'CUBIC_FOOT', '100'],
    ['12', 'KGAL', 'GALLON', '12000'],
    ['0.748052', 'KGAL', 'CCF', '1'],
  ])('should read %s %s as %s %s when converted with full precision', (quantity, from, to, expected) => {
    expect(convertVolume(dec(quantity), from, to).toFixed()).toBe(expected);
  });

  it('should keep every digit when 1,000 gallons are converted to CCF (1.3368054627...)', () => {
    expect(convertVolume(dec(1000), 'GALLON', 'CCF').toFixed(12)).toBe('1.336805462722');
  });

  it('should return the same quantity when converted there and back between any two units', () => {
    const units: UsageUnit[] = ['GALLON', 'KGAL', 'CCF', 'CUBIC_FOOT'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.constantFrom(...units),
        fc.constantFrom(...units),
        (n, from, to) => {
          const q = dec(n).div(1000);
          const back = convertVolume(convertVolume(q, from, to), to, from);
          expect(back.minus(q).abs().lte('1e-30')).toBe(true);
        },
      ),
    );
  });
});
