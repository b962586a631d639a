import { describe, expect, it } from 'vitest';
import { dec, moneyText } from '../../../server/src/shared/money/index.js';
import {
  cutoffEligibility,
  cutoffList,
  reconnectAllowed,
  type CutoffAccount,
  type CutoffPolicy,
} from '../../../server/src/collections/core/index.js';
import { charge, payment } from '../ledger/entries.js';

/** Cut off at $50.00 or more, more than 30 days past due. */
const policy: CutoffPolicy = { cutoffMinimumPastDue: dec('50.00'), cutoffDaysPastDue: 30 };
const unpaid = [
  charge('c1', '38.45', 'WATER', '2026-01-31', '2026-02-20'),
  charge('c2', '41.20', 'SEWER', '2026-01-31', '2026-02-20'),
  charge('c3', '96.85', 'WATER', '2026-02-28', '2026-03-20'),
];
const acct = (over: Partial<CutoffAccount> = {}): CutoffAccount => ({
  accountId: 'A-1001',
  entries: unpaid,
  exempt: false,
  onArrangement: false,
  serviceOff: false,
  ...over,
});

describe('cutoffEligibility', () => {
  it('should list an account with $79.65 more than 30 days past due', () => {
    const d = cutoffEligibility(acct(), '2026-03-25', policy);
    expect(d.eligible).toBe(true);
    if (d.eligible) {
      expect([moneyText(d.pastDue), d.oldestDueOn, d.daysPastDue]).toEqual(['79.65', '2026-02-20', 33]);
    }
  });

  it.each<[string, Partial<CutoffAccount>, string, string, string]>([
    ['exactly 30 days past due (strictly more needed)', {}, '2026-03-22', 'BELOW_THRESHOLD', '0.00'],
    [
      'a partial payment leaving $39.65 old',
      { entries: [...unpaid, payment('p', '40.00', '2026-03-01')] },
      '2026-03-25',
      'BELOW_THRESHOLD',
      '39.65',
    ],
    ['an exempt account (hospital)', { exempt: true }, '2026-03-25', 'EXEMPT', '79.65'],
    ['an account on an arrangement', { onArrangement: true }, '2026-03-25', 'ARRANGEMENT', '79.65'],
    ['a service already off', { serviceOff: true }, '2026-03-25', 'ALREADY_OFF', '79.65'],
  ])('should not list %s', (_label, over, asOf, reason, pastDue) => {
    const d = cutoffEligibility(acct(over), asOf, policy);
    expect(d.eligible).toBe(false);
    if (!d.eligible) expect([d.reason, moneyText(d.pastDue)]).toEqual([reason, pastDue]);
  });

  it('should list at exactly the threshold', () => {
    const entries = [...unpaid, payment('p', '29.65', '2026-03-01')];
    expect(cutoffEligibility(acct({ entries }), '2026-03-25', policy).eligible).toBe(true);
  });

  it('should order the list by past-due amount, largest first', () => {
    const big = acct({
      accountId: 'A-2002',
      entries: [charge('k', '412.10', 'WATER', '2026-01-31', '2026-02-20', 'A-2002')],
    });
    const paid = acct({
      accountId: 'A-3003',
      entries: [
        charge('m', '60.00', 'WATER', '2026-01-31', '2026-02-20', 'A-3003'),
        payment('mp', '60.00', '2026-02-15', 'CASH', 'A-3003'),
      ],
    });
    const list = cutoffList([acct(), big, paid], '2026-03-25', policy);
    expect(list.map(r => [r.accountId, moneyText(r.pastDue), r.daysPastDue])).toEqual([
      ['A-2002', '412.10', 33],
      ['A-1001', '79.65', 33],
    ]);
  });
});

describe('reconnectAllowed', () => {
  it('should allow a reconnect once the past-due amount is paid, even with a current bill open', () => {
    expect(reconnectAllowed(acct(), '2026-03-25')).toBe(false);
    const paid = [...unpaid, payment('p', '176.50', '2026-03-26')];
    expect(reconnectAllowed(acct({ entries: paid }), '2026-03-26')).toBe(true);
    const partly = [...unpaid, payment('p', '79.65', '2026-03-19')];
    expect(reconnectAllowed(acct({ entries: partly }), '2026-03-19')).toBe(true);
    expect(reconnectAllowed(acct({ entries: partly }), '2026-03-21')).toBe(false);
    expect(reconnectAllowed(acct({ onArrangement: true }), '2026-03-25')).toBe(true);
  });
});
