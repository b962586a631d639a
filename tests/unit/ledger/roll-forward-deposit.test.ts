import { describe, expect, it } from 'vitest';
import { dec, moneyText, ZERO } from '../../../server/src/shared/money/index.js';
import {
  balance,
  balancesByAccount,
  finalBillDeposit,
  postedBetween,
  rollForward,
  type LedgerEntry,
} from '../../../server/src/ledger/core/index.js';
import { charge, entry, payment } from './entries.js';

const all: LedgerEntry[] = [
  charge('c1', '79.65', 'WATER', '2026-01-31', '2026-02-20'),
  charge('k1', '120.00', 'WATER', '2026-01-31', '2026-02-20', 'A-2002'),
  payment('p1', '79.65', '2026-02-12'),
  charge('c2', '96.85', 'WATER', '2026-02-28', '2026-03-20'),
  payment('p2', '60.00', '2026-03-04', 'ACH', 'A-2002'),
  entry({
    id: 'pen',
    kind: 'PENALTY',
    amount: '6.00',
    postedOn: '2026-03-02',
    dueOn: '2026-02-20',
    accountId: 'A-2002',
  }),
  entry({ id: 'adj', kind: 'ADJUSTMENT', amount: '-12.40', postedOn: '2026-03-12', service: 'WATER' }),
  entry({
    id: 'dep',
    kind: 'DEPOSIT_APPLIED',
    amount: '-50.00',
    postedOn: '2026-03-15',
    accountId: 'A-2002',
  }),
  entry({
    id: 'rev',
    kind: 'REVERSAL',
    amount: '60.00',
    postedOn: '2026-03-18',
    reversesId: 'p2',
    originalKind: 'PAYMENT',
    accountId: 'A-2002',
  }),
  charge('c3', '90.35', 'WATER', '2026-03-31', '2026-04-20'),
  payment('p3', '100.00', '2026-04-02'),
];

describe('rollForward', () => {
  it('should roll March forward from opening AR to closing AR, tied to the sum of balances', () => {
    const from = '2026-03-01';
    const to = '2026-03-31';
    const rf = rollForward(
      { openingEntries: all.filter(e => e.postedOn < from), periodEntries: postedBetween(all, from, to) },
      from,
      to,
    );
    const t = (d: typeof rf.openingAr) => moneyText(d);
    expect(t(rf.openingAr)).toBe('216.85');
    expect([t(rf.charges), t(rf.payments), t(rf.adjustments), t(rf.penalties)]).toEqual([
      '90.35',
      '-60.00',
      '-12.40',
      '6.00',
    ]);
    expect(
      [rf.other.depositsApplied, rf.other.refunds, rf.other.transfers, rf.other.reversals].map(t),
    ).toEqual(['-50.00', '0.00', '0.00', '60.00']);
    expect(t(rf.closingAr)).toBe('250.80');
    const movements = [rf.charges, rf.payments, rf.adjustments, rf.penalties, ...Object.values(rf.other)];
    expect(rf.openingAr.plus(movements.reduce((s, m) => s.plus(m), ZERO)).eq(rf.closingAr)).toBe(true);
    const atTo = [...balancesByAccount(all.filter(e => e.postedOn <= to)).values()].reduce(
      (s, b) => s.plus(b),
      ZERO,
    );
    expect(rf.closingAr.eq(atTo)).toBe(true);
    expect(rf.accountsWithBalance).toBe(2);
  });

  it('should refuse entries outside their range', () => {
    expect(() => rollForward({ openingEntries: all, periodEntries: [] }, '2026-03-01', '2026-03-31')).toThrow(
      /outside/,
    );
    expect(() => rollForward({ openingEntries: [], periodEntries: all }, '2026-03-01', '2026-03-31')).toThrow(
      /outside/,
    );
    expect(() =>
      rollForward({ openingEntries: [], periodEntries: [] }, '2026-03-31', '2026-03-01'),
    ).toThrow();
  });
});

describe('finalBillDeposit', () => {
  const ids = { depositApplied: 'd1', refund: 'r1' };
  it.each([
    [
      'deposit larger than the final balance: refund the rest',
      '150.00',
      '62.40',
      ['-150.00', '87.60'],
      '0.00',
      '87.60',
    ],
    ['deposit smaller than the final balance: balance due', '50.00', '62.40', ['-50.00'], '12.40', '0.00'],
    ['deposit equal to the final balance: closes at zero', '62.40', '62.40', ['-62.40'], '0.00', '0.00'],
    ['no deposit and an overpayment: refund the credit', '0.00', '-20.00', ['20.00'], '0.00', '20.00'],
    ['deposit and a credit balance: refund both', '100.00', '-5.00', ['-100.00', '105.00'], '0.00', '105.00'],
  ])('should apply the deposit first when %s', (_label, deposit, before, amounts, due, refund) => {
    const result = finalBillDeposit({
      accountId: 'A-1001',
      depositHeld: dec(deposit),
      balanceAfterFinalBill: dec(before),
      postedOn: '2026-04-30',
      ids,
    });
    expect(result.entries.map(e => moneyText(e.amount))).toEqual(amounts);
    expect(result.entries.map(e => e.kind)).toEqual(
      amounts.map(a => (a.startsWith('-') ? 'DEPOSIT_APPLIED' : 'REFUND')),
    );
    expect([moneyText(result.balanceDue), moneyText(result.refund)]).toEqual([due, refund]);
    expect(dec(before).plus(balance(result.entries)).eq(result.balanceDue)).toBe(true);
  });

  it('should refuse a negative deposit', () => {
    expect(() =>
      finalBillDeposit({
        accountId: 'A',
        depositHeld: dec('-1.00'),
        balanceAfterFinalBill: ZERO,
        postedOn: '2026-04-30',
        ids,
      }),
    ).toThrow();
  });
});
