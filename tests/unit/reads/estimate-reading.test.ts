import { describe, expect, it } from 'vitest';
import { dec } from '../../../server/src/shared/money/index.js';
import {
  averageDailyUsage,
  estimateReading,
  type UsagePeriod,
} from '../../../server/src/reads/core/index.js';

const periods = (...list: [number, number][]): UsagePeriod[] =>
  list.map(([days, gallons]) => ({ days, gallons: dec(gallons) }));
const history = periods([30, 6000], [31, 6200], [29, 5800]);

describe('averageDailyUsage', () => {
  it.each<[string, UsagePeriod[], string | null]>([
    ['three months', history, '200'],
    ['uneven periods, full precision', periods([31, 4650], [31, 4030], [28, 3920]), '140'],
    ['a third of a gallon a day', periods([3, 1]), '0.3333333333333333333333333333333333333333'],
    ['no history', [], null],
  ])('should give Σ gallons ÷ Σ days when the history is %s', (_n, h, expected) => {
    expect(averageDailyUsage(h)?.toFixed() ?? null).toBe(expected);
  });

  it('should refuse the history when a period has zero days', () => {
    expect(() => averageDailyUsage(periods([0, 100]))).toThrow(/days > 0/);
  });
});

describe('estimateReading', () => {
  it.each([
    ['tens of gallons', '4321', 4, '10', 'GALLON', '600', '4921', false, '6000'],
    [
      'cubic feet (rounded down to whole counts)',
      '1000',
      5,
      '1',
      'CUBIC_FOOT',
      '802',
      '1802',
      false,
      '5999.37704',
    ],
    ['tens of gallons and wraps past 9,999', '9800', 4, '10', 'GALLON', '600', '400', true, '6000'],
  ] as const)(
    'should estimate 30 days when the register counts %s',
    (_n, previous, dials, multiplier, registerUnit, units, reading, rolledOver, gallons) => {
      const e = estimateReading({
        history,
        days: 30,
        previousReading: dec(previous),
        dials,
        multiplier: dec(multiplier),
        registerUnit,
      });
      expect(e.ok).toBe(true);
      if (!e.ok) return;
      expect([e.registerUnits.toFixed(), e.reading.toFixed(), e.rolledOver, e.gallons.toFixed()]).toEqual([
        units,
        reading,
        rolledOver,
        gallons,
      ]);
    },
  );

  it('should use only the last 12 periods when the history is longer (most recent first)', () => {
    const thirteen = [
      ...Array.from({ length: 12 }, () => ({ days: 30, gallons: dec(3000) })),
      { days: 30, gallons: dec(300000) },
    ];
    const e = estimateReading({
      history: thirteen,
      days: 30,
      previousReading: dec(0),
      dials: 6,
      multiplier: dec(1),
      registerUnit: 'GALLON',
    });
    expect(e.ok && e.registerUnits.toFixed()).toBe('3000');
  });

  it('should say it cannot estimate when there is no history', () => {
    expect(
      estimateReading({
        history: [],
        days: 30,
        previousReading: dec(10),
        dials: 4,
        multiplier: dec(1),
        registerUnit: 'GALLON',
      }),
    ).toEqual({
      ok: false,
      reason: 'NO_HISTORY',
    });
  });
});
