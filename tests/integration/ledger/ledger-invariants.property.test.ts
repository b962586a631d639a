import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../server/src/shared/dates/index.js';
import { fixedClock } from '../../../server/src/shared/clock.js';
import { dec, type Dec } from '../../../server/src/shared/money/index.js';
import { startTestServer, type TestServer } from '../setup/harness.js';
import { makeAccount, makePostedBill, postPayment, Role, type TestAccount } from '../payments/fixtures.js';

// The year 2016 belongs to this file; every check is as of 2016-12-31 (a late-fee run of another
// file, as of a later date, may still charge these bills afterwards).
const END = '2016-12-31';
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ clock: fixedClock(`${END}T18:00:00Z`) });
});
afterAll(() => t.close());

const cents = fc.integer({ min: 1, max: 20_000 }).map(c => (c / 100).toFixed(2));
const day = fc.integer({ min: 0, max: 300 }).map(d => addDays('2016-01-01', d));
const who = fc.integer({ min: 0, max: 2 });
const op = fc.oneof(
  fc.record({ kind: fc.constant('bill' as const), who, amount: cents, on: day }),
  fc.record({ kind: fc.constant('pay' as const), who, amount: cents, on: day, method: fc.constantFrom('CASH', 'CHECK', 'CARD', 'ACH') }),
  fc.record({ kind: fc.constant('retry' as const) }),
  fc.record({ kind: fc.constant('reverse' as const) }),
  fc.record({ kind: fc.constant('adjust' as const), who, amount: fc.integer({ min: -10_000, max: 10_000 }).filter(c => c !== 0).map(c => (c / 100).toFixed(2)) }),
  fc.record({ kind: fc.constant('transfer' as const), who, to: who, amount: cents }),
  fc.record({ kind: fc.constant('refund' as const), who }),
  fc.record({ kind: fc.constant('lateFees' as const), on: day }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

interface World { accounts: TestAccount[]; model: Dec[]; payments: { id: string; who: number; amount: string; input: Record<string, unknown> }[] }

async function apply(w: World, o: Op): Promise<void> {
  const id = (i: number) => w.accounts[i]!.id;
  switch (o.kind) {
    case 'bill':
      await makePostedBill(t, id(o.who), { billDate: o.on, dueDate: addDays(o.on, 20), services: { WATER: o.amount } });
      w.model[o.who] = w.model[o.who]!.plus(o.amount);
      return;
    case 'pay': {
      const input = { accountId: id(o.who), amount: o.amount, method: o.method, receivedOn: o.on, idempotencyKey: randomUUID(), reference: o.method === 'ACH' ? randomUUID() : null };
      const paid = await postPayment(t, input);
      w.payments.push({ id: paid.data!.postPayment.id, who: o.who, amount: o.amount, input });
      w.model[o.who] = w.model[o.who]!.minus(o.amount);
      return;
    }
    case 'retry': {
      const last = w.payments.at(-1);
      if (last) expect((await postPayment(t, last.input)).data!.postPayment.id).toBe(last.id);
      return;
    }
    case 'reverse': {
      const p = w.payments.pop();
      if (!p) return;
      await t.ok(`mutation($i: ReversePaymentInput!) { reversePayment(input: $i) { id } }`, { i: { paymentId: p.id, reason: 'Returned', returnCode: 'NSF' } }, Role.SUPERVISOR);
      w.model[p.who] = w.model[p.who]!.plus(p.amount).plus('30.00');
      return;
    }
    case 'adjust':
      await t.ok(`mutation($i: AdjustmentInput!) { createAdjustment(input: $i) { status } }`, { i: { accountId: id(o.who), amount: o.amount, reasonCode: 'BILLING_ERROR', note: 'property test' } });
      w.model[o.who] = w.model[o.who]!.plus(o.amount);
      return;
    case 'transfer':
      if (o.who === o.to) return;
      await t.ok(`mutation($i: TransferBalanceInput!) { transferBalance(input: $i) { id } }`, { i: { fromAccountId: id(o.who), toAccountId: id(o.to), amount: o.amount, reason: 'property test', idempotencyKey: randomUUID() } }, Role.SUPERVISOR);
      w.model[o.who] = w.model[o.who]!.minus(o.amount);
      w.model[o.to] = w.model[o.to]!.plus(o.amount);
      return;
    case 'refund': {
      const credit = w.model[o.who]!.negated();
      if (!credit.gt(0)) return;
      await t.ok(`mutation($i: RefundInput!) { refundCredit(input: $i) { id } }`, { i: { accountId: id(o.who), amount: credit.toFixed(2), method: 'CHECK', reason: 'property test', idempotencyKey: randomUUID() } }, Role.SUPERVISOR);
      w.model[o.who] = dec(0);
      return;
    }
    case 'lateFees': {
      const before = await lateFees(w);
      await t.ok(`mutation($d: Date!) { runLateFees(asOf: $d) { billsCharged } }`, { d: o.on }, Role.SUPERVISOR);
      const after = await lateFees(w);
      after.forEach((fee, i) => (w.model[i] = w.model[i]!.plus(fee.minus(before[i]!))));
      return;
    }
  }
}

/** Late fees so far on each account of the run (a run decides them; the model takes what it charged). */
async function lateFees(w: World): Promise<Dec[]> {
  return Promise.all(w.accounts.map(async a => dec((await t.sql(`select coalesce(sum(amount), 0)::text as s from ledger_entry where account_id = $1 and source = 'LATE_FEE' and posted_on <= $2`, [a.id, END]))[0].s)));
}

async function checkInvariants(w: World): Promise<void> {
  for (const [i, account] of w.accounts.entries()) {
    const [sums] = await t.sql(`select coalesce(sum(amount) filter (where posted_on <= $2), 0)::text as upto, coalesce(sum(amount), 0)::text as now,
      count(*) filter (where source = 'LATE_FEE')::int as fees, count(distinct source_id) filter (where source = 'LATE_FEE')::int as bills from ledger_entry where account_id = $1`, [account.id, END]);
    const view = (await t.ok<any>(`query($id: ID!) { account(id: $id) { balance aging(asOf: "${END}") { current days1to30 days31to60 days61to90 days91plus credit total } } }`, { id: account.id })).account;
    expect(dec(sums.upto).eq(w.model[i]!), `account ${i}: sum of entries ${sums.upto} = model ${w.model[i]}`).toBe(true);
    expect(dec(view.balance).eq(sums.now)).toBe(true);
    const buckets = ['current', 'days1to30', 'days31to60', 'days61to90', 'days91plus', 'credit'].reduce((s, k) => s.plus(view.aging[k]), dec(0));
    expect(buckets.eq(view.aging.total) && dec(view.aging.total).eq(sums.upto), 'applying credits keeps the total').toBe(true);
    expect(sums.fees).toBe(sums.bills);
  }
  const { glJournal } = await t.ok<any>(`{ glJournal(from: "2016-01-01", to: "${END}") { debit credit } }`, {}, Role.REPORTING);
  const [debits, credits] = ['debit', 'credit'].map(k => glJournal.reduce((s: Dec, l: any) => s.plus(l[k]), dec(0)));
  expect(debits!.eq(credits!)).toBe(true);
  const { rollForward } = await t.ok<any>(`{ rollForward(from: "2016-01-01", to: "${END}") { ties closingAr sumOfBalances } }`, {}, Role.REPORTING);
  expect(rollForward.ties).toBe(true);
}

describe('ledger invariants over random sequences of real operations', () => {
  it('should keep balance = sum of entries = model, GL debits = credits, aging totals and the roll-forward tied', async () => {
    await makeAccount(t); // creates the test users and the cycle before runs start
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 3, maxLength: 10 }), async ops => {
        const w: World = { accounts: [], model: [dec(0), dec(0), dec(0)], payments: [] };
        for (let i = 0; i < 3; i++) w.accounts.push(await makeAccount(t));
        for (const o of ops) await apply(w, o);
        await checkInvariants(w);
      }),
      { numRuns: 12 },
    );
  });
});
