import { describe, expect, it } from 'vitest';
import { dec, ZERO } from '../../../server/src/shared/money/index.js';
import {
  lastWinterMonths,
  rateCharges,
  winterAverageUsage,
  type CompiledRateSchedule,
  type RateChargesResult,
  type WinterHistoryPeriod,
} from '../../../server/src/rating/core/index.js';
import { schedule } from './schedule-fixture.js';

const sewer = (raw: Parameters<typeof schedule>[0]) => schedule({ service: 'SEWER', effectiveFrom: '2024-01-01', ...raw });

const period = (periodEnd: string, days: number, gallons: number): WinterHistoryPeriod => ({
  periodEnd,
  days,
  usage: dec(gallons),
});

function rate(
  s: CompiledRateSchedule,
  usage: string,
  history: WinterHistoryPeriod[],
  start: string,
  end: string,
  partial = false,
): RateChargesResult {
  const result = rateCharges({
    schedules: [{ code: s.code, versions: [s] }],
    meterSize: '5/8',
    usage: { quantity: dec(usage), unit: 'GALLON' },
    period: { start, end },
    partialPeriod: partial,
    standardDays: 30,
    dwellingUnits: 1,
    winterHistory: history,
    explain: true,
  });
  expect(result.lines.reduce((sum, l) => sum.plus(l.amount), ZERO).eq(result.total)).toBe(true);
  return result;
}

const monthText = (m: number): string => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;

describe('lastWinterMonths', () => {
  it.each([
    [[12, 1, 2], '2026-03-31', '2025-12', '2026-02', 'the winter just ended'],
    [[12, 1, 2], '2026-07-15', '2025-12', '2026-02', 'all year until the next winter ends'],
    [[12, 1, 2], '2026-02-28', '2024-12', '2025-02', 'a winter bill uses the previous winter'],
    [[12, 1, 2], '2026-12-31', '2025-12', '2026-02', 'December bill still uses the previous winter'],
    [[11, 12, 1, 2, 3], '2026-07-15', '2025-11', '2026-03', 'Santa Rosa: November to March'],
    [[2, 3], '2026-04-15', '2026-02', '2026-03', 'Sugar Land: February and March, from the April bill'],
    [[2, 3], '2027-03-15', '2026-02', '2026-03', 'Sugar Land: through the following March bill'],
    [[1, 3], '2026-05-01', '2026-01', '2026-03', 'months apart: January and March, February left out'],
  ])('should take months %j when the period ends %s: %s to %s (%s)', (months, end, first, last) => {
    const winter = lastWinterMonths(months, end);
    expect([monthText(winter.first), monthText(winter.last)]).toEqual([first, last]);
  });
});

describe('winterAverageUsage', () => {
  it('should give total usage ÷ total days × standard days when winter periods are uneven (Rio Rancho)', () => {
    const history = [
      period('2025-12-31', 31, 4650),
      period('2026-01-31', 31, 4030),
      period('2026-02-28', 28, 3920),
      period('2026-03-31', 31, 9000),
    ];
    const average = winterAverageUsage({
      history,
      months: [12, 1, 2],
      period: { start: '2026-04-01', end: '2026-04-30' },
      standardDays: 30,
    });
    expect(average!.toFixed()).toBe('4200');
  });

  it('should average every listed month of the last winter when the months are not consecutive, and no other', () => {
    const history = [period('2026-01-31', 30, 3000), period('2026-02-28', 28, 50000), period('2026-03-31', 30, 9000)];
    const average = winterAverageUsage({ history, months: [1, 3], period: { start: '2026-04-02', end: '2026-05-01' }, standardDays: 30 });
    expect(average!.toFixed()).toBe('6000');
  });

  it('should refuse the history when a period has no real end date', () => {
    const history = [period('2026-02-30', 28, 3920)];
    expect(() =>
      winterAverageUsage({
        history,
        months: [12, 1, 2],
        period: { start: '2026-04-01', end: '2026-04-30' },
        standardDays: 30,
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_HISTORY', field: 'winterHistory[0]' }));
  });

  it('should give null when no bill ends in the last winter', () => {
    const history = [period('2025-02-28', 28, 3920), period('2026-04-30', 30, 5000)];
    expect(
      winterAverageUsage({
        history,
        months: [12, 1, 2],
        period: { start: '2026-05-01', end: '2026-05-31' },
        standardDays: 30,
      }),
    ).toBeNull();
  });
});

describe('rateCharges with a winter average', () => {
  const santaRosa = sewer({
    code: 'S-WQA',
    tiers: [{ upTo: null, rate: '12.79' }],
    winterAverage: { months: [11, 12, 1, 2, 3], mode: 'CAP' },
  });
  const santaRosaHistory = [
    period('2025-10-15', 30, 9800),
    period('2025-12-15', 30, 7000),
    period('2026-01-14', 30, 5000),
    period('2026-02-13', 30, 6000),
    period('2026-05-15', 30, 11200),
    period('2026-06-15', 30, 12500),
  ];

  it.each([
    [
      '9500',
      '76.74',
      '6.000 kgal × $12.79 = $76.74, all usage; billed at the winter average 6 kgal (9.5 kgal used)',
    ],
    ['4200', '53.72', '4.200 kgal × $12.79 = $53.72, all usage'],
  ])(
    'should bill %s gal of July sewer at $%s when the winter average is 6 kgal (Santa Rosa: 7,000/5,000/6,000 gal)',
    (usage, total, sentence) => {
      const r = rate(santaRosa, usage, santaRosaHistory, '2026-06-16', '2026-07-15');
      expect(r.total.toFixed(2)).toBe(total);
      expect(r.lines[0]!.explanation).toBe(sentence);
    },
  );

  it('should use the previous winter when the period ends in a winter month', () => {
    const dfj = sewer({
      code: 'S-DJF',
      tiers: [{ upTo: null, rate: '5.00' }],
      winterAverage: { months: [12, 1, 2], mode: 'CAP' },
    });
    const history = [
      period('2024-12-31', 31, 4650),
      period('2025-01-31', 31, 4650),
      period('2025-12-31', 31, 9300),
      period('2026-01-31', 31, 9300),
    ];
    const r = rate(dfj, '9000', history, '2026-02-01', '2026-02-28');
    expect(r.lines[0]!.quantity!.toFixed()).toBe('4.5');
  });

  const rioRancho = sewer({
    code: 'S-WQA-RR',
    tiers: [{ upTo: null, rate: '5.95' }],
    winterAverage: { months: [12, 1, 2], mode: 'REPLACE', defaultUsage: '5' },
  });
  const rioHistory = [
    period('2025-12-31', 31, 4650),
    period('2026-01-31', 31, 4030),
    period('2026-02-28', 28, 3920),
  ];

  it.each(['9000', '2000', '0'])(
    'should bill the 4.2 kgal winter average when mode is REPLACE and April usage is %s gal',
    usage => {
      const r = rate(rioRancho, usage, rioHistory, '2026-04-01', '2026-04-30');
      expect(r.total.toFixed(2)).toBe('24.99');
    },
  );

  it('should prorate the winter average when the period is partial (19/30 days)', () => {
    const r = rate(rioRancho, '9000', rioHistory, '2026-04-12', '2026-04-30', true);
    expect(r.lines[0]!.quantity!.toFixed()).toBe('2.66');
  });

  it('should fall back to the default usage when a new customer has no winter history', () => {
    const r = rate(rioRancho, '9000', [], '2026-04-01', '2026-04-30');
    expect(r.total.toFixed(2)).toBe('29.75');
    expect(r.notes).toEqual([
      'Sewer usage billed at the default winter usage (no winter history) 5 kgal (9 kgal used)',
    ]);
  });

  it('should bill actual usage, and say so, when there is neither winter history nor default', () => {
    const r = rate(santaRosa, '9500', [period('2026-06-15', 30, 12500)], '2026-06-16', '2026-07-15');
    expect(r.total.toFixed(2)).toBe('121.51');
    expect(r.notes).toEqual(['S-WQA: no winter history and no default usage: actual usage billed']);
  });
});
