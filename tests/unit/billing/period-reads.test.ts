import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { accountPeriod, historyFigures, usageHistory, type AccountReadFacts, type MeterFact } from '../../../server/src/billing/core/account-period.js';
import { selectPeriodReads, type RawRead } from '../../../server/src/billing/core/period-reads.js';
import { averageDailyUsage } from '../../../server/src/reads/core/average-daily-usage.js';
import { addDays, toEpochDay } from '../../../server/src/shared/dates/index.js';
import { compareDecimalText, dec } from '../../../server/src/shared/money/index.js';

const meter = (meterId: string, dials = 6): MeterFact => ({ meterId, serialNumber: `S${meterId}`, dials, multiplier: dec(1), registerUnit: 'GALLON' });
let nextId = 1;
const read = (meterId: string, readOn: string, value: string, purpose = 'CYCLE', extra: Partial<RawRead> = {}): RawRead => ({
  id: String(nextId++), meterId, value, readOn, readAt: toEpochDay(readOn) * 86400 + (purpose === 'INSTALL' ? 1 : purpose === 'REMOVAL' ? 86399 : 43200),
  purpose, estimated: false, flags: [], ...extra,
});
const window = { windowStart: '2026-06-25', windowEnd: '2026-07-05' };

describe('selectPeriodReads', () => {
  it('should start from the latest cycle read before the window and end on the latest read in it', () => {
    const reads = [read('1', '2026-01-01', '0', 'INSTALL'), read('1', '2026-05-01', '20000'), read('1', '2026-06-01', '25000'),
      read('1', '2026-06-20', '26500', 'CHECK'), read('1', '2026-07-01', '31000'), read('1', '2026-07-03', '31200', 'CHECK', { flags: ['LEAK'] })];
    const f = selectPeriodReads({ ...window, startDate: '2026-01-01', meter: meter('1'), reads, oldMeter: null, oldReads: [], lastBillEndRead: null });
    expect(f.previous?.value.toFixed()).toBe('26500');
    expect(f.current?.value.toFixed()).toBe('31200');
    expect(f.alerts).toEqual(['LEAK']);
    expect(f.history.map(h => h.value)).toEqual(['0', '20000', '25000', '26500']);
  });

  it("should start from the last bill's end read when there is one, even if a later read came before the window", () => {
    const billed = read('1', '2026-06-01', '25000');
    const reads = [read('1', '2026-05-01', '20000'), billed, read('1', '2026-06-10', '25900'), read('1', '2026-07-01', '31000')];
    const f = selectPeriodReads({ ...window, startDate: '2025-01-01', meter: meter('1'), reads, oldMeter: null, oldReads: [], lastBillEndRead: billed });
    expect(f.previous?.readOn).toBe('2026-06-01');
    expect(f.hasPreviousBill).toBe(true);
  });

  it('should take the turn-on read on the start date of a service starting inside the window', () => {
    const reads = [read('1', '2026-03-01', '900'), read('1', '2026-06-28', '1000', 'INSTALL'), read('1', '2026-07-04', '1400')];
    const f = selectPeriodReads({ ...window, startDate: '2026-06-28', meter: meter('1'), reads, oldMeter: null, oldReads: [], lastBillEndRead: null });
    expect(f.previous?.value.toFixed()).toBe('1000');
    expect(accountPeriod(f)).toMatchObject({ partial: 'MOVE_IN', periodStart: '2026-06-28', days: 7 });
  });

  it('should start a first bill from the turn-on read when service starts on the first day of the window', () => {
    const reads = [read('1', '2026-06-01', '400'), read('1', '2026-06-25', '1000', 'INSTALL'), read('1', '2026-07-03', '3000')];
    const f = selectPeriodReads({ ...window, startDate: '2026-06-25', meter: meter('1'), reads, oldMeter: null, oldReads: [], lastBillEndRead: null });
    expect(f.previous?.value.toFixed()).toBe('1000');
    expect(accountPeriod(f)).toMatchObject({ partial: 'MOVE_IN', periodStart: '2026-06-25', days: 9 });
    expect(accountPeriod(f).usageGallons?.toFixed()).toBe('2000');
  });

  it('should start a first bill from the turn-on read when only a check read came between it and the window', () => {
    const reads = [read('1', '2026-05-31', '400'), read('1', '2026-06-10', '1000'), read('1', '2026-06-15', '1800', 'CHECK'), read('1', '2026-07-01', '3000')];
    const f = selectPeriodReads({ ...window, startDate: '2026-06-10', meter: meter('1'), reads, oldMeter: null, oldReads: [], lastBillEndRead: null });
    expect(accountPeriod(f)).toMatchObject({ partial: 'MOVE_IN', periodStart: '2026-06-10', days: 22 });
    expect(accountPeriod(f).usageGallons?.toFixed()).toBe('2000');
  });

  it("should keep the previous occupant's reads out of a new account's usage history", () => {
    const reads = [read('1', '2026-04-01', '10000'), read('1', '2026-05-01', '90000'), read('1', '2026-06-10', '95000'), read('1', '2026-07-01', '97000')];
    const f = selectPeriodReads({ ...window, startDate: '2026-06-10', meter: meter('1'), reads, oldMeter: null, oldReads: [], lastBillEndRead: null });
    expect(f.history.map(h => h.value)).toEqual(['95000']);
    expect(accountPeriod(f).averageDailyGallons).toBeNull();
  });

  it('should end on an actual read in the window rather than a later estimate made before it arrived', () => {
    const reads = [read('1', '2026-06-01', '25000'), read('1', '2026-07-01', '30000'), read('1', '2026-07-05', '31500', 'CYCLE', { estimated: true })];
    const f = selectPeriodReads({ ...window, startDate: '2025-01-01', meter: meter('1'), reads, oldMeter: null, oldReads: [], lastBillEndRead: null });
    expect(f.current?.value.toFixed()).toBe('30000');
    expect(accountPeriod(f)).toMatchObject({ estimated: false, hasActualRead: true });
    const onlyEstimate = selectPeriodReads({ ...window, startDate: '2025-01-01', meter: meter('1'), reads: [reads[0]!, reads[2]!], oldMeter: null, oldReads: [], lastBillEndRead: null });
    expect(accountPeriod(onlyEstimate)).toMatchObject({ estimated: true, hasActualRead: false });
  });

  it('should pair the removal and installation reads of a change-out and never subtract across meters', () => {
    const oldReads = [read('1', '2026-06-01', '25000'), read('1', '2026-06-15', '27000', 'REMOVAL')];
    const reads = [read('2', '2026-06-15', '0', 'INSTALL'), read('2', '2026-07-01', '2500')];
    const f = selectPeriodReads({ ...window, startDate: '2026-01-01', meter: meter('2'), reads, oldMeter: meter('1'), oldReads, lastBillEndRead: null });
    const period = accountPeriod(f);
    expect(period.meterChanged).toBe(true);
    expect(period.usageGallons?.toFixed()).toBe('4500');
    expect(period.meters.map(m => m.gallons)).toEqual(['2000.000', '2500.000']);
  });

  it('should have no current read (NO_READ) when nothing was read in the window', () => {
    const f = selectPeriodReads({ ...window, startDate: '2026-01-01', meter: meter('1'), reads: [read('1', '2026-06-01', '25000')], oldMeter: null, oldReads: [], lastBillEndRead: null });
    expect(accountPeriod(f)).toMatchObject({ usageGallons: null, hasActualRead: false, periodEnd: '2026-07-05' });
  });
});

describe('historyFigures', () => {
  const facts = (values: number[], days: number[], dials = 6): AccountReadFacts => {
    let on = '2025-06-01';
    const history = values.map((v, i) => {
      if (i) on = addDays(on, days[i - 1]!);
      return { value: String(v), readOn: on };
    });
    return { startDate: '2025-01-01', hasPreviousBill: false, windowEnd: '2026-07-05', meter: meter('1', dials),
      previous: { id: 'p', value: dec(String(values.at(-1)!)), readOn: on, estimated: false, meter: meter('1', dials) }, current: null, changeOut: null, history };
  };

  it('should give the same figures on the one-subtraction path as pair by pair, whenever the reads never go down', () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 1, maxLength: 14 }),
      fc.array(fc.integer({ min: 25, max: 40 }), { minLength: 14, maxLength: 14 }),
      (usages, days) => {
        const values = usages.reduce<number[]>((acc, u) => [...acc, (acc.at(-1) ?? 1000) + u], [1000]);
        const f = facts(values, days);
        const pairs = usageHistory(f).slice(-12);
        const expected = averageDailyUsage(pairs);
        const got = historyFigures(f);
        expect(got.averageDailyGallons?.toFixed(12) ?? null).toBe(expected?.toFixed(12) ?? null);
        expect(got.lastPeriodGallons?.toFixed() ?? null).toBe(pairs.at(-1)?.gallons.toFixed() ?? null);
      },
    ));
  });

  it('should measure pair by pair when a register rolled over in the history', () => {
    const f = facts([9000, 9500, 200, 800], [30, 31, 30], 4);
    expect(historyFigures(f).averageDailyGallons?.toFixed(4)).toBe(dec(500 + 700 + 600).div(91).toFixed(4));
  });
});

describe('compareDecimalText', () => {
  it('should order decimal texts like numbers', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 6 }), (a, b, scale) => {
      const ta = dec(a).div(10 ** scale).toFixed(scale);
      const tb = dec(b).div(10 ** 3).toFixed(3);
      expect(compareDecimalText(ta, tb)).toBe(dec(ta).comparedTo(dec(tb)));
    }));
    expect(compareDecimalText('00120', '120.000')).toBe(0);
  });
});
