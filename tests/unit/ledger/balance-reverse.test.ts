import { describe, expect, it } from 'vitest';
import { moneyText } from '../../../server/src/shared/money/index.js';
import {
  balance,
  balancesByAccount,
  postedBetween,
  postedOnOrBefore,
  reverse,
  transferEntries,
} from '../../../server/src/ledger/core/index.js';
import { dec } from '../../../server/src/shared/money/index.js';
import { charge, entry, payment } from './entries.js';

const january = [
  charge('c1', '38.45', 'WATER', '2026-01-31', '2026-02-20'),
  charge('c2', '41.20', 'SEWER', '2026-01-31', '2026-02-20'),
  payment('p1', '79.65', '2026-02-12'),
  charge('c3', '52.75', 'WATER', '2026-02-28', '2026-03-20'),
];

describe('balance', () => {
  it('should be the sum of the entries when a bill was paid and the next posted', () => {
    expect(moneyText(balance(january))).toBe('52.75');
    expect(moneyText(balance([]))).toBe('0.00');
  });

  it('should be per account and sum to the total receivable', () => {
    const other = charge('x1', '19.99', 'WATER', '2026-01-31', '2026-02-20', 'A-2002');
    const byAccount = balancesByAccount([...january, other]);
    expect(moneyText(byAccount.get('A-1001')!)).toBe('52.75');
    expect(moneyText(byAccount.get('A-2002')!)).toBe('19.99');
    const sum = [...byAccount.values()].reduce((s, b) => s.plus(b), dec(0));
    expect(sum.eq(balance([...january, other]))).toBe(true);
  });

  it('should select entries as of a date and within a range, both ends inclusive', () => {
    expect(postedOnOrBefore(january, '2026-02-12').map(e => e.id)).toEqual(['c1', 'c2', 'p1']);
    expect(postedBetween(january, '2026-02-01', '2026-02-28').map(e => e.id)).toEqual(['p1', 'c3']);
  });
});

describe('reverse', () => {
  it('should write a REVERSAL of the opposite amount that brings the balance back', () => {
    const returned = reverse(january[2]!, { id: 'r1', postedOn: '2026-02-19', source: 'RETURNED_PAYMENT' });
    expect(returned).toMatchObject({
      kind: 'REVERSAL',
      reversesId: 'p1',
      originalKind: 'PAYMENT',
      method: 'CHECK',
      source: 'RETURNED_PAYMENT',
      accountId: 'A-1001',
    });
    expect(moneyText(returned.amount)).toBe('79.65');
    expect(moneyText(balance([...january, returned]))).toBe('132.40');
    expect(balance([january[2]!, returned]).isZero()).toBe(true);
  });

  it('should restore the original when a reversal is reversed', () => {
    const c = january[0]!;
    const r1 = reverse(c, { id: 'r1', postedOn: '2026-02-02' });
    const r2 = reverse(r1, { id: 'r2', postedOn: '2026-02-03' });
    expect(r2.amount.eq(c.amount)).toBe(true);
    expect(r2).toMatchObject({
      kind: 'REVERSAL',
      reversesId: 'r1',
      originalKind: 'CHARGE',
      dueOn: c.dueOn,
      service: 'WATER',
    });
    expect(balance([c, r1, r2]).eq(c.amount)).toBe(true);
  });

  it('should refuse a reversal dated before the entry', () => {
    expect(() => reverse(january[0]!, { id: 'r', postedOn: '2026-01-30' })).toThrow(/before entry/);
  });
});

describe('transferEntries', () => {
  it('should move a balance between two accounts and leave the total receivable unchanged', () => {
    const [out, inn] = transferEntries({
      fromAccountId: 'A-1001',
      toAccountId: 'A-3003',
      amount: dec('52.75'),
      postedOn: '2026-03-01',
      ids: { out: 't1', in: 't2' },
    });
    expect(out).toMatchObject({ kind: 'TRANSFER', accountId: 'A-1001' });
    expect(inn).toMatchObject({ kind: 'TRANSFER', accountId: 'A-3003' });
    expect(moneyText(out.amount)).toBe('-52.75');
    expect(balance([out, inn]).isZero()).toBe(true);
    expect(moneyText(balance([...january, out]))).toBe('0.00');
  });

  it('should refuse a transfer to the same account or of nothing', () => {
    const base = { postedOn: '2026-03-01', ids: { out: 'a', in: 'b' } };
    expect(() =>
      transferEntries({ ...base, fromAccountId: 'A', toAccountId: 'A', amount: dec('1.00') }),
    ).toThrow();
    expect(() =>
      transferEntries({ ...base, fromAccountId: 'A', toAccountId: 'B', amount: dec('0') }),
    ).toThrow();
    expect(() =>
      transferEntries({ ...base, fromAccountId: 'A', toAccountId: 'B', amount: dec('1.005') }),
    ).toThrow();
  });

  it('should build entries through the helper with sensible defaults', () => {
    expect(entry({ id: 'e', kind: 'ADJUSTMENT', amount: '-5.00', postedOn: '2026-01-01' }).dueOn).toBeNull();
  });
});
