import { describe, expect, it } from 'vitest';
import { handheldLimits } from '../../../server/src/reads/core/handheld-limits.js';

const monthly = (values: string[]) => values.map((value, i) => ({ value, readOn: `2026-0${i + 1}-01` }));

describe('handheldLimits', () => {
  it('should set high = previous + 3 × average period usage and low = previous + ¼ of it', () => {
    // Jan 1 → Apr 1: 9,000 gallons over 90 days = 100 a day, 3,000 a 30-day period.
    const limits = handheldLimits({ reads: monthly(['1000', '4100', '6900', '10000']), dials: 6, periodDays: 30 });
    expect(limits).toEqual({ previousRead: '10000', previousReadOn: '2026-04-01', highLimit: '19000', lowLimit: '10750', averagePeriodUsage: '3000' });
  });

  it('should count a rollover between two reads and skip a negative pair', () => {
    const rolled = handheldLimits({ reads: monthly(['9800', '0100']), dials: 4, periodDays: 31 });
    expect(rolled).toMatchObject({ previousRead: '100', averagePeriodUsage: '300', highLimit: '1000', lowLimit: '175' }); // 9,800 → 10,000 → 100: 300 in 31 days
    const negative = handheldLimits({ reads: monthly(['5000', '1000']), dials: 6, periodDays: 30 });
    expect(negative).toMatchObject({ averagePeriodUsage: null, highLimit: '999999', lowLimit: '1000' });
  });

  it('should give the whole register without history, and never pass its top', () => {
    expect(handheldLimits({ reads: [], dials: 5, periodDays: 30 })).toEqual({ previousRead: '0', previousReadOn: null, highLimit: '99999', lowLimit: '0', averagePeriodUsage: null });
    expect(handheldLimits({ reads: monthly(['90000', '99000']), dials: 5, periodDays: 30 })).toMatchObject({ highLimit: '99999', lowLimit: '99999' });
  });

  it('should drop the decimals of an AMI read: a handheld register shows whole counts', () => {
    expect(handheldLimits({ reads: monthly(['1200.5']), dials: 6, periodDays: 30 }).previousRead).toBe('1200');
  });
});
