import { describe, expect, it } from 'vitest';
import { dec, moneyText, ZERO } from '../../../server/src/shared/money/index.js';
import {
  agingBucketOf,
  agingBuckets,
  applyCredits,
  balance,
  postedOnOrBefore,
  reverse,
  type AgingBuckets,
  type CreditApplication,
  type LedgerEntry,
} from '../../../server/src/ledger/core/index.js';
import { charge, entry, payment } from './entries.js';

/** Three monthly water + sewer bills, a 10 % late fee on January, two payments. */
const ledger: LedgerEntry[] = [
  charge('c1', '38.45', 'WATER', '2026-01-31', '2026-02-20'),
  charge('c2', '41.20', 'SEWER', '2026-01-31', '2026-02-20'),
  entry({
    id: 'pen1',
    kind: 'PENALTY',
    amount: '7.97',
    postedOn: '2026-02-26',
    dueOn: '2026-02-20',
    source: 'LATE_FEE',
  }),
  charge('c3', '52.75', 'WATER', '2026-02-28', '2026-03-20'),
  charge('c4', '44.10', 'SEWER', '2026-02-28', '2026-03-20'),
  payment('p1', '50.00', '2026-03-05'),
  charge('c5', '47.30', 'WATER', '2026-03-31', '2026-04-20'),
  charge('c6', '43.05', 'SEWER', '2026-03-31', '2026-04-20'),
  payment('p2', '100.00', '2026-04-10', 'ACH'),
];

function expectTies(applied: CreditApplication, entries: readonly LedgerEntry[], asOf: string) {
  const open = applied.openItems.reduce((s, i) => s.plus(i.remaining), ZERO);
  expect(open.minus(applied.unappliedCredit).eq(applied.balance)).toBe(true);
  expect(applied.balance.eq(balance(postedOnOrBefore(entries, asOf)))).toBe(true);
}

function expectFoots(b: AgingBuckets) {
  const sum = [b.current, b.days1to30, b.days31to60, b.days61to90, b.days91plus, b.credit].reduce(
    (s, x) => s.plus(x),
    ZERO,
  );
  expect(sum.eq(b.total)).toBe(true);
}

const text = (b: AgingBuckets) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, moneyText(v)]));

describe('applyCredits', () => {
  it.each([
    [
      '2026-03-10',
      [
        ['c2', '29.65'],
        ['pen1', '7.97'],
        ['c3', '52.75'],
        ['c4', '44.10'],
      ],
      '134.47',
    ],
    [
      '2026-04-25',
      [
        ['c4', '34.47'],
        ['c5', '47.30'],
        ['c6', '43.05'],
      ],
      '124.82',
    ],
  ])('should pay the oldest charges first as of %s', (asOf, open, total) => {
    const applied = applyCredits(ledger, asOf);
    expect(applied.openItems.map(i => [i.entryId, moneyText(i.remaining)])).toEqual(open);
    expect(moneyText(applied.balance)).toBe(total);
    expect(moneyText(applied.unappliedCredit)).toBe('0.00');
    expectTies(applied, ledger, asOf);
  });

  it('should leave an overpayment as unapplied credit', () => {
    const entries = [
      charge('c1', '30.00', 'WATER', '2026-01-31', '2026-02-20'),
      payment('p1', '50.00', '2026-02-10'),
    ];
    const applied = applyCredits(entries, '2026-02-28');
    expect(applied.openItems).toEqual([]);
    expect(moneyText(applied.unappliedCredit)).toBe('20.00');
    expect(moneyText(applied.balance)).toBe('-20.00');
    expectTies(applied, entries, '2026-02-28');
  });

  it('should apply an earlier credit to a later bill (credit balance applied to the next bill)', () => {
    const entries = [
      payment('p1', '100.00', '2026-01-05'),
      charge('c1', '79.65', 'WATER', '2026-01-31', '2026-02-20'),
    ];
    const applied = applyCredits(entries, '2026-02-28');
    expect(applied.openItems).toEqual([]);
    expect(moneyText(applied.unappliedCredit)).toBe('20.35');
  });

  it('should reopen the charges a returned payment had paid, with their own due dates', () => {
    const c1 = charge('c1', '79.65', 'WATER', '2026-01-31', '2026-02-20');
    const p1 = payment('p1', '79.65', '2026-02-12');
    const r1 = reverse(p1, { id: 'r1', postedOn: '2026-03-05', source: 'RETURNED_PAYMENT' });
    const applied = applyCredits([c1, p1, r1], '2026-03-10');
    expect(applied.openItems.map(i => [i.entryId, i.dueOn, moneyText(i.remaining)])).toEqual([
      ['c1', '2026-02-20', '79.65'],
    ]);
    expectTies(applied, [c1, p1, r1], '2026-03-10');
  });

  it('should net a cancelled bill line against its reversal and keep the rebill open', () => {
    const c3 = charge('c3', '52.75', 'WATER', '2026-02-28', '2026-03-20');
    const rc3 = reverse(c3, { id: 'rc3', postedOn: '2026-03-02', source: 'REBILL' });
    const c3b = charge('c3b', '48.10', 'WATER', '2026-03-02', '2026-03-20');
    const applied = applyCredits([c3, rc3, c3b, payment('p', '10.00', '2026-03-03')], '2026-03-05');
    expect(applied.openItems.map(i => [i.entryId, moneyText(i.remaining)])).toEqual([['c3b', '38.10']]);
  });

  it('should ignore entries posted after the as-of date', () => {
    expect(moneyText(applyCredits(ledger, '2026-02-27').balance)).toBe('87.62');
  });

  it('should refuse entries of two accounts', () => {
    const other = charge('x', '1.00', 'WATER', '2026-01-31', '2026-02-20', 'A-2002');
    expect(() => applyCredits([...ledger, other], '2026-04-25')).toThrow(/one account/);
  });
});

describe('agingBuckets', () => {
  it.each([
    [0, 'current'],
    [-5, 'current'],
    [1, 'days1to30'],
    [30, 'days1to30'],
    [31, 'days31to60'],
    [60, 'days31to60'],
    [61, 'days61to90'],
    [90, 'days61to90'],
    [91, 'days91plus'],
  ])('should put an item %i days past due in %s', (days, bucket) => {
    expect(agingBucketOf(days)).toBe(bucket);
  });

  it.each([
    ['2026-03-10', { current: '96.85', days1to30: '37.62', days31to60: '0.00', total: '134.47' }],
    ['2026-04-15', { current: '90.35', days1to30: '34.47', days31to60: '0.00', total: '124.82' }],
    ['2026-04-25', { current: '0.00', days1to30: '90.35', days31to60: '34.47', total: '124.82' }],
    [
      '2026-07-15',
      {
        current: '0.00',
        days1to30: '0.00',
        days31to60: '0.00',
        days61to90: '90.35',
        days91plus: '34.47',
        total: '124.82',
      },
    ],
  ])('should age what is still open as of %s', (asOf, expected) => {
    const buckets = agingBuckets(ledger, asOf);
    expect(text(buckets)).toMatchObject({ credit: '0.00', ...expected });
    expectFoots(buckets);
  });

  it('should show credit balances in the credit bucket and still foot across accounts', () => {
    const entries = [
      ...ledger,
      charge('x1', '30.00', 'WATER', '2026-01-31', '2026-02-20', 'A-2002'),
      payment('x2', '50.00', '2026-02-10', 'CASH', 'A-2002'),
    ];
    const buckets = agingBuckets(entries, '2026-04-25');
    expect(text(buckets)).toMatchObject({
      days1to30: '90.35',
      days31to60: '34.47',
      credit: '-20.00',
      total: '104.82',
    });
    expect(buckets.total.eq(balance(entries))).toBe(true);
    expectFoots(buckets);
  });

  it('should be all zero for no entries', () => {
    const buckets = agingBuckets([], '2026-04-25');
    expect(buckets.total.eq(dec(0))).toBe(true);
    expectFoots(buckets);
  });
});
