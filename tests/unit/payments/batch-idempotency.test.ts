import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dec, moneyText } from '../../../server/src/shared/money/index.js';
import {
  batchBalance,
  canonicalPaymentRequest,
  comparePaymentRequest,
  paymentRequestHash,
  type PaymentRequest,
} from '../../../server/src/payments/core/index.js';

const drawer = ['79.65', '52.75', '100.00', '80.05'].map(a => ({ amount: dec(a) }));

describe('batchBalance', () => {
  it.each([
    ['a cash drawer that balances', 4, '312.45', drawer, true, 0, '0.00', []],
    ['a drawer $20.00 over', 4, '292.45', drawer, false, 0, '20.00', []],
    ['a lockbox file one item short', 5, '400.00', drawer, false, -1, '-87.55', []],
    [
      'a batch with a zero and a negative amount',
      6,
      '312.45',
      [...drawer, { amount: dec('0') }, { amount: dec('-5.00') }],
      false,
      0,
      '-5.00',
      [4, 5],
    ],
    ['a batch with a sub-cent amount', 1, '1.005', [{ amount: dec('1.005') }], false, 0, '0.00', [0]],
  ])('should check %s', (_label, count, total, payments, balanced, countDiff, totalDiff, invalid) => {
    const result = batchBalance({ controlCount: count, controlTotal: dec(total), payments });
    expect(result.balanced).toBe(balanced);
    expect(result.countDifference).toBe(countDiff);
    expect(moneyText(result.totalDifference)).toBe(totalDiff);
    expect(result.invalidAmounts).toEqual(invalid);
    expect(result.actualTotal.minus(dec(total)).eq(result.totalDifference)).toBe(true);
    expect(result.actualCount - count).toBe(result.countDifference);
  });
});

const request: PaymentRequest = {
  accountId: 'A-1001',
  amount: '52.75',
  method: 'CHECK',
  receivedOn: '2026-04-10',
  reference: 'CHK 1043',
};

describe('payment idempotency', () => {
  it('should canonicalize amount, text and missing fields', () => {
    expect(
      canonicalPaymentRequest({ ...request, amount: dec('52.7'), reference: '  CHK 1043 ', note: '' }),
    ).toEqual({
      accountId: 'A-1001',
      amount: '52.70',
      batchId: null,
      method: 'CHECK',
      note: null,
      receivedOn: '2026-04-10',
      reference: 'CHK 1043',
    });
    expect(() => canonicalPaymentRequest({ ...request, amount: '52.755' })).toThrow(/2 decimals/);
  });

  it('should keep a stable hash (stored hashes must keep matching after upgrades)', () => {
    expect(paymentRequestHash(request)).toMatch(/^[0-9a-f]{64}$/);
    expect(paymentRequestHash(request)).toBe(
      paymentRequestHash({ ...request, amount: '52.750', batchId: null, note: undefined }),
    );
    expect(paymentRequestHash(request)).not.toBe(paymentRequestHash({ ...request, amount: '52.76' }));
  });

  it.each([
    ['the same request retried', { ...request }, { result: 'SAME' }],
    ['the same amount written differently', { ...request, amount: dec('52.750') }, { result: 'SAME' }],
    ['another amount', { ...request, amount: '25.75' }, { result: 'DIFFERENT', fields: ['amount'] }],
    [
      'another account and method',
      { ...request, accountId: 'A-2002', method: 'CASH' as const },
      { result: 'DIFFERENT', fields: ['accountId', 'method'] },
    ],
    [
      'a reference added to a request that had none',
      { ...request, note: 'counter' },
      { result: 'DIFFERENT', fields: ['note'] },
    ],
  ])('should compare a reused key: %s', (_label, incoming, expected) => {
    expect(comparePaymentRequest(canonicalPaymentRequest(request), incoming)).toEqual(expected);
    expect(comparePaymentRequest(request, incoming)).toEqual(expected);
  });

  it('should hash equal content equally whatever the key order and amount spelling', () => {
    const text = fc.string({ maxLength: 12 });
    fc.assert(
      fc.property(
        fc.record({
          accountId: fc.string({ minLength: 1, maxLength: 10 }),
          cents: fc.integer({ min: 1, max: 10_000_000 }),
          reference: fc.option(text),
        }),
        fc.integer({ min: 0, max: 3 }),
        (r, zeros) => {
          const amount = dec(r.cents).div(100);
          const a: PaymentRequest = {
            accountId: r.accountId,
            amount,
            method: 'ACH',
            receivedOn: '2026-04-10',
            reference: r.reference,
          };
          const spelled = moneyText(amount) + '0'.repeat(zeros);
          const shuffled = {
            reference: r.reference,
            receivedOn: '2026-04-10',
            method: 'ACH' as const,
            amount: spelled,
            accountId: r.accountId,
          };
          expect(paymentRequestHash(shuffled)).toBe(paymentRequestHash(a));
          expect(paymentRequestHash({ ...a, amount: amount.plus(dec('0.01')) })).not.toBe(
            paymentRequestHash(a),
          );
        },
      ),
    );
  });
});
