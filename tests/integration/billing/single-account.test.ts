import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, startTestServer, type TestServer } from '../setup/harness.js';
import { makeBillingSetup, makeServedAccount, monthlyReads, READ, waitForStatus, type ServiceAccount } from './cycle-fixture.js';

let t: TestServer;
let setup: Awaited<ReturnType<typeof makeBillingSetup>>;
let a: ServiceAccount;
let b: ServiceAccount;
let postedBillId: string;
let finalBillId: string;

async function runThrough(runId: string) {
  await t.ok(`mutation($id: ID!) { calculateBillRun(id: $id) { status } }`, { id: runId });
  await waitForStatus(t, runId, 'CALCULATED');
  await t.ok(`mutation($id: ID!) { approveBillRun(id: $id) { status } }`, { id: runId }, Role.SUPERVISOR);
  await t.ok(`mutation($id: ID!) { postBillRun(id: $id) { status } }`, { id: runId });
}

beforeAll(async () => {
  t = await startTestServer();
  setup = await makeBillingSetup(t);
  a = await makeServedAccount(t, setup, { reads: [...monthlyReads(5000, 5), { on: '2026-07-01', value: '31000' }] });
  b = await makeServedAccount(t, setup, { reads: [...monthlyReads(5000, 5), { on: '2026-07-01', value: '30000' }] });
  const { createBillRun } = await t.ok<any>(`mutation($i: BillRunInput!) { createBillRun(input: $i) { id } }`, {
    i: { cycleId: setup.cycle.id, readWindowStart: '2026-06-25', readWindowEnd: '2026-07-05', billDate: '2026-07-06' },
  });
  await runThrough(createBillRun.id);
  const bills = await t.ok<any>(`query($id: ID!) { account(id: $id) { bills { nodes { id usage total } } } }`, { id: a.accountId });
  postedBillId = bills.account.bills.nodes[0].id;
});
afterAll(() => t.close());

const balance = async (id: string) => (await t.ok<any>(`query($id: ID!) { account(id: $id) { balance status } }`, { id })).account;

describe('cancel-and-rebill', () => {
  it('should reverse the old bill and post the new one when the rebill run posts', async () => {
    const before = await balance(a.accountId);
    const { rebillBill } = await t.ok<any>(`mutation($i: RebillInput!) { rebillBill(input: $i) { id kind status exceptions { nodes { id code } } } }`,
      { i: { billId: postedBillId, reason: 'Read keyed wrong: 31,000 should be 30,000' } });
    expect(rebillBill).toMatchObject({ kind: 'REBILL', status: 'EDITS' });
    const twice = await t.gql(`mutation($i: RebillInput!) { rebillBill(input: $i) { id } }`, { i: { billId: postedBillId, reason: 'again' } });
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await t.ok(`mutation($i: ExceptionActionInput!) { workException(input: $i) { status } }`,
      { i: { runId: rebillBill.id, accountId: a.accountId, action: 'CORRECT_READ', readValue: '30000', note: 'Keyed wrong' } });
    await runThrough(rebillBill.id);
    const old = await t.ok<any>(`query($id: ID!) { bill(id: $id) { status cancelReason total } }`, { id: postedBillId });
    expect(old.bill).toMatchObject({ status: 'CANCELLED', cancelReason: 'Read keyed wrong: 31,000 should be 30,000' });
    const { billRun } = await t.ok<any>(`query($id: ID!) { billRun(id: $id) { bills { nodes { kind usage total rebillOfId } } } }`, { id: rebillBill.id });
    expect(billRun.bills.nodes[0]).toMatchObject({ kind: 'REBILL', usage: '5000', rebillOfId: postedBillId });
    const reversals = await t.sql(`select sum(amount)::text s from ledger_entry where account_id = $1 and kind = 'REVERSAL'`, [a.accountId]);
    expect(reversals[0].s).toBe(`-${old.bill.total}`);
    const after = await balance(a.accountId);
    expect(after.balance).toBe(billRun.bills.nodes[0].total);
    expect(after.balance).not.toBe(before.balance);
  });

  it('should refuse to rebill a bill that is not posted or is cancelled', async () => {
    const res = await t.gql(`mutation($i: RebillInput!) { rebillBill(input: $i) { id } }`, { i: { billId: postedBillId, reason: 'x' } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'billId' });
  });
});

describe('stop service and off-cycle bills', () => {
  it('should stop service with a final bill prorated from the last bill to the stop date, posted', async () => {
    const { stopService } = await t.ok<any>(`mutation($i: StopServiceInput!) { stopService(input: $i) { id kind status days periodStart periodEnd usage total number
      lines { kind amount explanation } } }`, { i: { accountId: b.accountId, stopDate: '2026-07-20', finalRead: '33000' } });
    expect(stopService).toMatchObject({ kind: 'FINAL', status: 'POSTED', days: 19, periodStart: '2026-07-02', periodEnd: '2026-07-20', usage: '3000' });
    expect(stopService.number).toMatch(/^B\d{10}$/);
    expect(stopService.lines[0]).toMatchObject({ kind: 'FIXED', amount: '11.65' }); // $18.40 × 19/30
    const acct = await balance(b.accountId);
    expect(acct.status).toBe('FINAL');
    const again = await t.gql(`mutation($i: StopServiceInput!) { stopService(input: $i) { id } }`, { i: { accountId: b.accountId, stopDate: '2026-07-21', finalRead: '33000' } });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    finalBillId = stopService.id;
  });

  it('should rebill a final bill over the same days, prorated as the final bill was', async () => {
    const { rebillBill } = await t.ok<any>(`mutation($i: RebillInput!) { rebillBill(input: $i) { id exceptions { nodes { id code } } } }`,
      { i: { billId: finalBillId, reason: 'Final read confirmed; rebill requested by the customer' } });
    for (const e of rebillBill.exceptions.nodes) await t.ok(`mutation($i: ExceptionActionInput!) { workException(input: $i) { status } }`, { i: { exceptionId: e.id, action: 'ACCEPT' } });
    await runThrough(rebillBill.id);
    const { billRun } = await t.ok<any>(`query($id: ID!) { billRun(id: $id) { bills { nodes { kind days periodStart periodEnd usage total lines { kind amount } } } } }`, { id: rebillBill.id });
    expect(billRun.bills.nodes[0]).toMatchObject({ kind: 'REBILL', days: 19, periodStart: '2026-07-02', periodEnd: '2026-07-20', usage: '3000' });
    expect(billRun.bills.nodes[0].lines[0]).toMatchObject({ kind: 'FIXED', amount: '11.65' });
  });

  it('should refuse a final read below the previous read and write nothing', async () => {
    const reads = async () => (await t.sql(`select count(*)::int n from meter_read where meter_id = $1`, [a.meterId]))[0].n;
    const runs = async () => (await t.sql(`select count(*)::int n from bill_run`))[0].n;
    const [readsBefore, runsBefore] = [await reads(), await runs()];
    const res = await t.gql(`mutation($i: StopServiceInput!) { stopService(input: $i) { id } }`, { i: { accountId: a.accountId, stopDate: '2026-07-15', finalRead: '100' } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'finalRead' });
    expect(res.errors?.[0]?.message).toMatch(/below the previous read/);
    expect([await reads(), await runs()]).toEqual([readsBefore, runsBefore]);
    expect((await balance(a.accountId)).status).toBe('ACTIVE');
  });

  it('should bill off-cycle through the normal lifecycle, prorated', async () => {
    const c = await makeServedAccount(t, setup, { reads: monthlyReads(5000, 5) });
    await t.ok(READ, { i: { meterId: c.meterId, readOn: '2026-06-11', value: '26000', source: 'MANUAL' } });
    const { createOffCycleBill } = await t.ok<any>(`mutation($i: OffCycleBillInput!) { createOffCycleBill(input: $i) { id kind status } }`,
      { i: { accountId: c.accountId, readWindowStart: '2026-06-02', readWindowEnd: '2026-06-11', billDate: '2026-06-12' } });
    expect(createOffCycleBill).toMatchObject({ kind: 'OFF_CYCLE', status: 'EDITS' });
    await t.ok(`mutation($i: ExceptionActionInput!) { workException(input: $i) { status } }`, {
      i: { exceptionId: (await t.ok<any>(`query($id: ID!) { billRun(id: $id) { exceptions { nodes { id code } } } }`, { id: createOffCycleBill.id })).billRun.exceptions.nodes.find((e: any) => e.code === 'PARTIAL_PERIOD').id, action: 'ACCEPT' },
    });
    await runThrough(createOffCycleBill.id);
    const bill = (await t.ok<any>(`query($id: ID!) { billRun(id: $id) { bills { nodes { kind days usage lines { kind amount } } } } }`, { id: createOffCycleBill.id })).billRun.bills.nodes[0];
    expect(bill).toMatchObject({ kind: 'OFF_CYCLE', days: 10, usage: '1000' });
    expect(bill.lines[0]).toMatchObject({ kind: 'FIXED', amount: '6.13' }); // $18.40 × 10/30
  });
});
