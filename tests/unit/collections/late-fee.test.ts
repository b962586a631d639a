import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dec, moneyText, roundMoney } from '../../../server/src/shared/money/index.js';
import { applyCredits, balance } from '../../../server/src/ledger/core/index.js';
import {
  lateFee,
  unpaidOf,
  type LateFeeBill,
  type LateFeePolicy,
} from '../../../server/src/collections/core/index.js';
import { charge, payment } from '../ledger/entries.js';

/** 10 % of the unpaid current charges, at least $5.00, 5 grace days (a Denison-style rule). */
const policy: LateFeePolicy = { lateFeePercent: dec('10'), lateFeeFlat: dec('5.00'), lateFeeGraceDays: 5 };
const bill: LateFeeBill = {
  billId: 'B0000012345',
  accountId: 'A-1001',
  dueOn: '2026-04-20',
  unpaidCurrentCharges: dec('96.85'),
  alreadyPenalized: false,
  accountExempt: false,
  onArrangement: false,
};
const run = { asOf: '2026-04-26', entryId: 'pen-1' };

describe('lateFee', () => {
  it.each<[string, Partial<LateFeeBill>, string, string]>([
    ['10 % of $96.85 rounds half away from zero', {}, run.asOf, '9.69'],
    ['10 % of $32.45 is under the $5.00 minimum', { unpaidCurrentCharges: dec('32.45') }, run.asOf, '5.00'],
    [
      'a small unpaid remainder still gets the minimum',
      { unpaidCurrentCharges: dec('0.40') },
      run.asOf,
      '5.00',
    ],
    ['a large commercial bill', { unpaidCurrentCharges: dec('1234.55') }, '2026-06-01', '123.46'],
  ])('should charge %s', (_label, over, asOf, amount) => {
    const decision = lateFee({ ...bill, ...over }, policy, { ...run, asOf });
    expect(decision.charge).toBe(true);
    if (decision.charge) {
      expect(moneyText(decision.amount)).toBe(amount);
      expect(decision.entry).toMatchObject({
        kind: 'PENALTY',
        source: 'LATE_FEE',
        postedOn: asOf,
        dueOn: '2026-04-20',
        accountId: 'A-1001',
        id: 'pen-1',
      });
      expect(decision.entry.amount.eq(decision.amount)).toBe(true);
      const byPercent = roundMoney(dec('0.10').times(over.unpaidCurrentCharges ?? bill.unpaidCurrentCharges));
      expect(decision.amount.eq(byPercent.gt(policy.lateFeeFlat) ? byPercent : policy.lateFeeFlat)).toBe(
        true,
      );
    }
  });

  it.each<[string, Partial<LateFeeBill>, string, string]>([
    ['on the last grace day', {}, '2026-04-25', 'NOT_PAST_DUE'],
    ['before the due date', {}, '2026-04-10', 'NOT_PAST_DUE'],
    ['when the current charges are paid', { unpaidCurrentCharges: dec('0') }, run.asOf, 'PAID'],
    ['a second time for the same bill', { alreadyPenalized: true }, run.asOf, 'ALREADY_PENALIZED'],
    ['an exempt account', { accountExempt: true }, run.asOf, 'EXEMPT'],
    ['an account on an arrangement', { onArrangement: true }, run.asOf, 'ARRANGEMENT'],
  ])('should skip %s', (_label, over, asOf, reason) => {
    expect(lateFee({ ...bill, ...over }, policy, { ...run, asOf })).toEqual({ charge: false, reason });
  });

  it('should skip when no fee is configured', () => {
    const none = { lateFeePercent: dec('0'), lateFeeFlat: dec('0'), lateFeeGraceDays: 0 };
    expect(lateFee(bill, none, run)).toEqual({ charge: false, reason: 'NO_FEE' });
  });

  it('should charge only the unpaid part of the current bill once older bills took the payment', () => {
    const ledger = [
      charge('c1', '38.45', 'WATER', '2026-03-31', '2026-04-20'),
      charge('c2', '41.20', 'SEWER', '2026-03-31', '2026-04-20'),
      charge('c3', '52.75', 'WATER', '2026-04-30', '2026-05-20'),
      charge('c4', '44.10', 'SEWER', '2026-04-30', '2026-05-20'),
      payment('p1', '120.00', '2026-05-10'),
    ];
    const asOf = '2026-05-26';
    const unpaid = unpaidOf(applyCredits(ledger, asOf), ['c3', 'c4']);
    expect(moneyText(unpaid)).toBe('56.50');
    expect(moneyText(unpaidOf(applyCredits(ledger, asOf), ['c1', 'c2']))).toBe('0.00');
    const decision = lateFee({ ...bill, dueOn: '2026-05-20', unpaidCurrentCharges: unpaid }, policy, {
      asOf,
      entryId: 'pen-2',
    });
    expect(decision.charge && moneyText(decision.amount)).toBe('5.65');
    if (decision.charge) expect(moneyText(balance([...ledger, decision.entry]))).toBe('62.15');
  });

  it('should always be max(flat, percent × unpaid) in whole cents', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 2500 }),
        fc.integer({ min: 0, max: 5000 }),
        (cents, bp, flatCents) => {
          const p = {
            lateFeePercent: dec(bp).div(100),
            lateFeeFlat: dec(flatCents).div(100),
            lateFeeGraceDays: 0,
          };
          const unpaid = dec(cents).div(100);
          const d = lateFee({ ...bill, unpaidCurrentCharges: unpaid }, p, run);
          const exact = p.lateFeePercent.div(100).times(unpaid);
          if (!d.charge) {
            expect(d.reason).toBe('NO_FEE');
            return;
          }
          expect(d.amount.decimalPlaces()).toBeLessThanOrEqual(2);
          expect(d.amount.gte(p.lateFeeFlat)).toBe(true);
          expect(d.amount.minus(exact).gte(dec('-0.005'))).toBe(true);
          expect(d.amount.eq(p.lateFeeFlat) || d.amount.minus(exact).abs().lte(dec('0.005'))).toBe(true);
        },
      ),
    );
  });
});
