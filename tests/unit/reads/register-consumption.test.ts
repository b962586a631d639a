import { describe, expect, it } from 'vitest';
import { dec } from '../../../server/src/shared/money/index.js';
import { ReadError, registerConsumption, type RegisterUnit } from '../../../server/src/reads/core/index.js';

describe('registerConsumption', () => {
  it.each<[string, string, string, number, string, RegisterUnit, string, string, string]>([
    ['a normal month', '1234', '1300', 4, '1', 'GALLON', 'NORMAL', '66', '66'],
    ['a register in tens of gallons', '0123', '0150', 4, '10', 'GALLON', 'NORMAL', '27', '270'],
    [
      'a cubic-foot register in hundreds',
      '0456',
      '0470',
      4,
      '100',
      'CUBIC_FOOT',
      'NORMAL',
      '14',
      '10472.728',
    ],
    ['no use', '0500', '0500', 4, '1', 'GALLON', 'NORMAL', '0', '0'],
    ['a 4-dial rollover 9,950 → 0,050', '9950', '0050', 4, '1', 'GALLON', 'ROLLOVER', '100', '100'],
    ['a rollover of exactly half the register', '9000', '4000', 4, '1', 'GALLON', 'ROLLOVER', '5000', '5000'],
    [
      'a rollover on a 6-dial cubic-foot register',
      '999870',
      '000012',
      6,
      '1',
      'CUBIC_FOOT',
      'ROLLOVER',
      '142',
      '1062.23384',
    ],
    ['a backwards read', '5000', '4900', 4, '1', 'GALLON', 'NEGATIVE', '-100', '-100'],
    ['one unit past half the register', '9000', '4001', 4, '1', 'GALLON', 'NEGATIVE', '-4999', '-4999'],
  ])(
    'should compute the consumption when the reads are %s (%s → %s, %i dials, ×%s %s): %s %s counts = %s gal',
    (_n, previous, current, dials, multiplier, registerUnit, kind, units, gallons) => {
      const c = registerConsumption({
        previous: dec(previous),
        current: dec(current),
        dials,
        multiplier: dec(multiplier),
        registerUnit,
      });
      expect([c.kind, c.registerUnits.toFixed(), c.gallons.toFixed()]).toEqual([kind, units, gallons]);
      expect(c.volume.eq(c.registerUnits.times(dec(multiplier)))).toBe(true);
    },
  );

  it('should report NEGATIVE when "950" → "50" is read on a 4-dial meter (dials from the meter, not the printed reading)', () => {
    const printed = { previous: '950', current: '50' };
    const fromPrintedLength = dec(10)
      .pow(printed.previous.length)
      .minus(printed.previous)
      .plus(printed.current);
    expect(fromPrintedLength.toFixed()).toBe('100');
    const c = registerConsumption({
      previous: dec(printed.previous),
      current: dec(printed.current),
      dials: 4,
      multiplier: dec(1),
      registerUnit: 'GALLON',
    });
    expect(c.kind).toBe('NEGATIVE');
    expect(c.registerUnits.toFixed()).toBe('-900');
  });

  it.each<[string, string, string, number, string, string]>([
    ['a reading with more digits than dials', '9950', '12345', 4, '1', 'current'],
    ['a negative reading', '-1', '50', 4, '1', 'previous'],
    ['a register without dials', '1', '2', 0, '1', 'dials'],
    ['a zero multiplier', '1', '2', 4, '0', 'multiplier'],
  ])('should refuse the reads when given %s', (_n, previous, current, dials, multiplier, field) => {
    expect(() =>
      registerConsumption({
        previous: dec(previous),
        current: dec(current),
        dials,
        multiplier: dec(multiplier),
        registerUnit: 'GALLON',
      }),
    ).toThrow(expect.objectContaining({ name: 'ReadError', field }));
    expect(() =>
      registerConsumption({
        previous: dec(previous),
        current: dec(current),
        dials,
        multiplier: dec(multiplier),
        registerUnit: 'GALLON',
      }),
    ).toThrow(ReadError);
  });
});
