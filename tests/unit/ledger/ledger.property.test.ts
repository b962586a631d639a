import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dec, type Dec, ZERO } from '../../../server/src/shared/money/index.js';
import { addDays } from '../../../server/src/shared/dates/index.js';
import {
  agingBuckets,
  applyCredits,
  balance,
  balancesByAccount,
  defaultGlAccountMap,
  ENTRY_KINDS,
  glJournal,
  glLines,
  PAYMENT_METHODS,
  postedBetween,
  postedOnOrBefore,
  reverse,
  rollForward,
  SERVICE_TYPES,
  transferEntries,
  type GlAccountMap,
  type GlPair,
  type LedgerEntry,
} from '../../../server/src/ledger/core/index.js';

const START = '2025-01-01';
const ACCOUNTS = ['A-1001', 'A-2002'] as const;
const cents = (n: number) => dec(n).div(100);

const account = fc.constantFrom(...ACCOUNTS);
const amount = fc.integer({ min: 1, max: 250_000 });
const gap = fc.integer({ min: 0, max: 12 });
const op = fc.oneof(
  fc.record({
    t: fc.constant('CHARGE' as const),
    account,
    amount,
    gap,
    dueDays: fc.integer({ min: 0, max: 30 }),
    service: fc.constantFrom(...SERVICE_TYPES),
  }),
  fc.record({
    t: fc.constant('PAYMENT' as const),
    account,
    amount,
    gap,
    method: fc.constantFrom(...PAYMENT_METHODS),
  }),
  fc.record({
    t: fc.constant('ADJUSTMENT' as const),
    account,
    amount: fc.integer({ min: -50_000, max: 50_000 }).filter(n => n !== 0),
    gap,
    service: fc.constantFrom(...SERVICE_TYPES),
  }),
  fc.record({ t: fc.constant('PENALTY' as const), account, amount: fc.integer({ min: 1, max: 5_000 }), gap }),
  fc.record({ t: fc.constant('REVERSE' as const), pick: fc.nat(), gap }),
  fc.record({ t: fc.constant('TRANSFER' as const), account, amount, gap }),
  fc.record({ t: fc.constant('DEPOSIT_APPLIED' as const), account, amount, gap }),
  fc.record({ t: fc.constant('REFUND' as const), account, amount, gap }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

/**
 * Builds entries from operations, keeping a model balance per account in integer cents. A transfer
 * is two entries, and reversing either leg reverses both (as the service does), so transfers
 * always come in pairs that net to zero.
 */
function build(ops: readonly Op[]): { entries: LedgerEntry[]; model: Map<string, bigint> } {
  const entries: LedgerEntry[] = [];
  const model = new Map<string, bigint>(ACCOUNTS.map(a => [a, 0n]));
  const partner = new Map<string, string>();
  let day = START;
  const push = (e: LedgerEntry, c: bigint) => {
    entries.push(e);
    model.set(e.accountId, model.get(e.accountId)! + c);
  };
  const base = (id: string, accountId: string) => ({
    id,
    accountId,
    postedOn: day,
    dueOn: null,
    service: null,
    reversesId: null,
  });
  ops.forEach((o, i) => {
    day = addDays(day, o.gap);
    const id = `e${i}`;
    switch (o.t) {
      case 'CHARGE':
        return push(
          {
            ...base(id, o.account),
            kind: 'CHARGE',
            amount: cents(o.amount),
            dueOn: addDays(day, o.dueDays),
            service: o.service,
            source: 'BILL',
          },
          BigInt(o.amount),
        );
      case 'PAYMENT':
        return push(
          { ...base(id, o.account), kind: 'PAYMENT', amount: cents(-o.amount), method: o.method },
          BigInt(-o.amount),
        );
      case 'ADJUSTMENT':
        return push(
          { ...base(id, o.account), kind: 'ADJUSTMENT', amount: cents(o.amount), service: o.service },
          BigInt(o.amount),
        );
      case 'PENALTY':
        return push(
          { ...base(id, o.account), kind: 'PENALTY', amount: cents(o.amount), dueOn: day },
          BigInt(o.amount),
        );
      case 'DEPOSIT_APPLIED':
        return push(
          { ...base(id, o.account), kind: 'DEPOSIT_APPLIED', amount: cents(-o.amount) },
          BigInt(-o.amount),
        );
      case 'REFUND':
        return push({ ...base(id, o.account), kind: 'REFUND', amount: cents(o.amount) }, BigInt(o.amount));
      case 'REVERSE': {
        if (entries.length === 0) return;
        const target = entries[o.pick % entries.length]!;
        const other = entries.find(e => e.id === partner.get(target.id));
        const r = reverse(target, { id: `${id}a`, postedOn: day });
        push(r, -BigInt(target.amount.times(100).toFixed(0)));
        if (!other) return;
        const r2 = reverse(other, { id: `${id}b`, postedOn: day });
        partner.set(r.id, r2.id).set(r2.id, r.id);
        return push(r2, -BigInt(other.amount.times(100).toFixed(0)));
      }
      case 'TRANSFER': {
        const to = o.account === ACCOUNTS[0] ? ACCOUNTS[1] : ACCOUNTS[0];
        const [out, inn] = transferEntries({
          fromAccountId: o.account,
          toAccountId: to,
          amount: cents(o.amount),
          postedOn: day,
          ids: { out: `${id}o`, in: `${id}i` },
        });
        partner.set(out.id, inn.id).set(inn.id, out.id);
        push(out, BigInt(-o.amount));
        return push(inn, BigInt(o.amount));
      }
    }
  });
  return { entries, model };
}

const ops = fc.array(op, { maxLength: 60 });
const dayIn = fc.integer({ min: -5, max: 500 }).map(n => addDays(START, n));
const sum = (xs: readonly Dec[]) => xs.reduce((s, x) => s.plus(x), ZERO);
const glAccount = fc.constantFrom('101-1000', '110-1200', '610-4100', '620-4100', '210-2300', '9-9');
const pair: fc.Arbitrary<GlPair> = fc.record({ debit: glAccount, credit: glAccount });
const byService = fc.record({
  default: pair,
  byService: fc.dictionary(fc.constantFrom(...SERVICE_TYPES), pair),
});
const anyMap: fc.Arbitrary<GlAccountMap> = fc.record({
  CHARGE: byService,
  PENALTY: byService,
  ADJUSTMENT: byService,
  PAYMENT: fc.record({ default: pair, byMethod: fc.dictionary(fc.constantFrom(...PAYMENT_METHODS), pair) }),
  DEPOSIT_APPLIED: pair,
  REFUND: pair,
  TRANSFER: pair,
  REVERSAL: pair,
  bySource: fc.dictionary(fc.constantFrom('BILL', 'WRITE_OFF'), pair),
});

describe('ledger invariants (fast-check)', () => {
  it('should keep every balance equal to the sum of its entries and to the model', () => {
    fc.assert(
      fc.property(ops, o => {
        const { entries, model } = build(o);
        for (const [id, b] of balancesByAccount(entries))
          expect(b.times(100).toFixed(0)).toBe(model.get(id)!.toString());
        expect(balance(entries).times(100).toFixed(0)).toBe(
          [...model.values()].reduce((s, c) => s + c, 0n).toString(),
        );
      }),
    );
  });

  it('should post GL debits equal to credits for any entries and any map', () => {
    fc.assert(
      fc.property(ops, anyMap, (o, map) => {
        const { entries } = build(o);
        const lines = glLines(entries, map);
        expect(sum(lines.map(l => l.debit)).eq(sum(lines.map(l => l.credit)))).toBe(true);
        const journal = glJournal(entries, map);
        expect(sum(journal.map(l => l.debit)).eq(sum(journal.map(l => l.credit)))).toBe(true);
      }),
    );
  });

  it('should move AR in the default GL by exactly the change in balances', () => {
    fc.assert(
      fc.property(ops, o => {
        const { entries } = build(o);
        const ar = glJournal(entries, defaultGlAccountMap).find(l => l.glAccount === '110-1200');
        const net = ar ? ar.debit.minus(ar.credit) : ZERO;
        expect(net.eq(balance(entries))).toBe(true);
      }),
    );
  });

  it('should never change the total when applying credits, oldest first', () => {
    fc.assert(
      fc.property(ops, dayIn, (o, asOf) => {
        const { entries } = build(o);
        for (const accountId of ACCOUNTS) {
          const mine = entries.filter(e => e.accountId === accountId);
          const applied = applyCredits(mine, asOf);
          const open = sum(applied.openItems.map(i => i.remaining));
          expect(open.minus(applied.unappliedCredit).eq(balance(postedOnOrBefore(mine, asOf)))).toBe(true);
          expect(applied.unappliedCredit.gte(0)).toBe(true);
          if (applied.unappliedCredit.gt(0)) expect(applied.openItems).toEqual([]);
          applied.openItems.forEach((item, i) => {
            expect(item.remaining.gt(0) && item.remaining.lte(item.original)).toBe(true);
            if (i > 0) expect(item.remaining.eq(item.original)).toBe(true);
          });
        }
      }),
    );
  });

  it('should make aging buckets sum to the balance as of the date', () => {
    fc.assert(
      fc.property(ops, dayIn, (o, asOf) => {
        const { entries } = build(o);
        const b = agingBuckets(entries, asOf);
        expect(
          sum([b.current, b.days1to30, b.days31to60, b.days61to90, b.days91plus, b.credit]).eq(b.total),
        ).toBe(true);
        expect(b.total.eq(balance(postedOnOrBefore(entries, asOf)))).toBe(true);
        expect(b.credit.lte(0)).toBe(true);
      }),
    );
  });

  it('should tie the roll-forward: opening + movements = closing = sum of balances', () => {
    fc.assert(
      fc.property(ops, dayIn, fc.integer({ min: 0, max: 120 }), (o, from, length) => {
        const { entries } = build(o);
        const to = addDays(from, length);
        const rf = rollForward(
          {
            openingEntries: entries.filter(e => e.postedOn < from),
            periodEntries: postedBetween(entries, from, to),
          },
          from,
          to,
        );
        const movements = sum([
          rf.charges,
          rf.payments,
          rf.adjustments,
          rf.penalties,
          ...Object.values(rf.other),
        ]);
        expect(rf.openingAr.plus(movements).eq(rf.closingAr)).toBe(true);
        const atTo = sum([...balancesByAccount(postedOnOrBefore(entries, to)).values()]);
        expect(rf.closingAr.eq(atTo)).toBe(true);
      }),
    );
  });

  it('should restore an entry when it is reversed twice', () => {
    fc.assert(
      fc.property(ops, fc.nat(), (o, pick) => {
        const { entries } = build(o);
        fc.pre(entries.length > 0);
        const e = entries[pick % entries.length]!;
        const r1 = reverse(e, { id: 'r1', postedOn: e.postedOn });
        const r2 = reverse(r1, { id: 'r2', postedOn: e.postedOn });
        expect(r1.amount.plus(e.amount).isZero()).toBe(true);
        expect(r2.amount.eq(e.amount)).toBe(true);
        expect(balance([...entries, r1, r2]).eq(balance(entries))).toBe(true);
        expect(ENTRY_KINDS).toContain(r2.originalKind);
      }),
    );
  });
});
