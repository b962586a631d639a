import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocate, dec, moneyText, parseMoney, roundMoney, ZERO } from '../../../server/src/shared/money/index.js';

describe('roundMoney', () => {
  it.each([
    ['0.005', '0.01'],
    ['-0.005', '-0.01'],
    ['2.675', '2.68'],
    ['1.0049999', '1.00'],
    ['-2.345', '-2.35'],
    ['16.5', '16.50'],
  ])('should round %s half away from zero to %s', (input, expected) => {
    expect(moneyText(roundMoney(dec(input)))).toBe(expected);
  });

  it('should refuse a float', () => {
    expect(() => dec(0.1)).toThrow(/safe integer/);
  });

  it('should refuse money text with three decimals', () => {
    expect(() => parseMoney('1.005')).toThrow(/not an amount/);
    expect(moneyText(parseMoney('52.7'))).toBe('52.70');
  });
});

describe('allocate', () => {
  it('should split $100.00 in three parts that sum to the whole', () => {
    const parts = allocate(dec('100.00'), [dec(1), dec(1), dec(1)]);
    expect(parts.map(moneyText)).toEqual(['33.34', '33.33', '33.33']);
  });

  it('should split by days of a period split at a rate change (15 + 16 days)', () => {
    const parts = allocate(dec('25.00'), [dec(15), dec(16)]);
    expect(parts.map(moneyText)).toEqual(['12.10', '12.90']);
  });

  it('should always sum to the whole, each part within a cent of its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 8 }).filter(w => w.some(x => x > 0)),
        (cents, weights) => {
          const total = dec(cents).div(100);
          const ws = weights.map(w => dec(w));
          const parts = allocate(total, ws);
          expect(parts.reduce((s, p) => s.plus(p), ZERO).eq(total)).toBe(true);
          const wsum = ws.reduce((s, w) => s.plus(w), ZERO);
          parts.forEach((p, i) => expect(p.minus(total.times(ws[i]!).div(wsum)).abs().lte('0.01')).toBe(true));
        },
      ),
    );
  });
});
