import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  dueDate,
  formatBillNumber,
  isWeekend,
  parseBillNumber,
} from '../../../server/src/billing/core/index.js';

describe('bill numbers', () => {
  it.each([
    [1, 'B0000000001'],
    [12345n, 'B0000012345'],
    ['9999999999', 'B9999999999'],
  ])('should format sequence %s as %s', (seq, text) => {
    expect(formatBillNumber(seq)).toBe(text);
    expect(parseBillNumber(text)).toBe(BigInt(seq));
  });

  it('should refuse sequences out of range and text that is not a bill number', () => {
    expect(() => formatBillNumber(0)).toThrow();
    expect(() => formatBillNumber(10_000_000_000n)).toThrow();
    expect(parseBillNumber('B12345')).toBeNull();
    expect(parseBillNumber('B0000000000')).toBeNull();
    expect(parseBillNumber(' b0000012345 ')).toBe(12345n);
  });

  it('should sort bill numbers as text in sequence order', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 9_999_999_999n }),
        fc.bigInt({ min: 1n, max: 9_999_999_999n }),
        (a, b) => {
          const [x, y] = [formatBillNumber(a), formatBillNumber(b)];
          expect(x < y).toBe(a < b);
          expect(x === y).toBe(a === b);
        },
      ),
    );
  });
});

describe('dueDate', () => {
  it.each([
    ['2026-03-31', 20, [], '2026-04-20'],
    ['2026-03-28', 20, [], '2026-04-17'],
    ['2026-03-30', 19, [], '2026-04-20'],
    ['2026-06-14', 20, [], '2026-07-06'],
    ['2026-06-14', 20, ['2026-07-06'], '2026-07-07'],
    ['2026-02-01', 0, [], '2026-02-02'],
  ] as const)(
    'should make a bill dated %s with %i days due on a business day',
    (bill, days, holidays, due) => {
      expect(dueDate(bill, { daysAfterBill: days, holidays })).toBe(due);
      expect(isWeekend(due)).toBe(false);
    },
  );

  it('should keep a weekend due date when the policy says so', () => {
    expect(dueDate('2026-03-28', { daysAfterBill: 21, nextBusinessDay: false })).toBe('2026-04-18');
    expect(() => dueDate('2026-03-28', { daysAfterBill: -1 })).toThrow();
  });

  it('should know Saturdays and Sundays', () => {
    expect(['2026-04-18', '2026-04-19', '2026-04-20', '1970-01-01', '1969-12-28'].map(isWeekend)).toEqual([
      true,
      true,
      false,
      false,
      true,
    ]);
  });
});
