import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dec, dec, moneyText } from '../../../server/src/shared/money/index.js';
import { Role, startTestServer, type TestServer } from '../setup/harness.js';
import { makeBillingSetup, makeServedAccount, waitForStatus, type ServiceAccount } from './cycle-fixture.js';

let t: TestServer;
let setup: Awaited<ReturnType<typeof makeBillingSetup>>;
let a: ServiceAccount;
const months = ['03', '04', '05', '06', '07'];

async function billMonth(month: string) {
  const { createBillRun } = await t.ok<any>(`mutation($i: BillRunInput!) { createBillRun(input: $i) { id exceptions { nodes { id code } } } }`, {
    i: { cycleId: setup.cycle.id, readWindowStart: `2026-${month}-01`, readWindowEnd: `2026-${month}-03`, billDate: `2026-${month}-04` },
  });
  const ids = createBillRun.exceptions.nodes.filter((e: any) => e.code !== 'NO_READ').map((e: any) => e.id);
  if (ids.length) await t.ok(`mutation($i: BulkExceptionActionInput!) { workExceptions(input: $i) }`, { i: { exceptionIds: ids, action: 'ACCEPT' } });
  await t.ok(`mutation($id: ID!) { calculateBillRun(id: $id) { status } }`, { id: createBillRun.id });
  await waitForStatus(t, createBillRun.id, 'CALCULATED');
  await t.ok(`mutation($id: ID!) { approveBillRun(id: $id) { status } }`, { id: createBillRun.id }, Role.SUPERVISOR);
  await t.ok(`mutation($id: ID!) { postBillRun(id: $id) { status } }`, { id: createBillRun.id });
}

beforeAll(async () => {
  t = await startTestServer({ ownDatabase: true });
  setup = await makeBillingSetup(t);
  // 5,000 gallons a month, then a leak: 30,000 gallons in June (read July 1).
  const values = ['5000', '10000', '15000', '20000', '50000'];
  a = await makeServedAccount(t, setup, { start: '2026-02-01', reads: months.map((m, i) => ({ on: `2026-${m}-01`, value: values[i]! })) });
  for (const m of months) await billMonth(m);
  await t.ok(`mutation { updateBillingPolicy(input: { leakMinRatio: "2", leakBaselinePeriods: 3, leakExcessShare: "0.5", leakExcessRate: "0",
    leakCreditSewerOnExcess: false, leakOnceInMonths: 12, adjustmentApprovalAbove: "1000.00" }) { leakMinRatio } }`, {}, Role.ADMIN);
});
afterAll(() => t.close());

describe('applyLeakAdjustment', () => {
  it('should credit half the excess at normal rates (Craven County policy), by service, through the adjustment rules', async () => {
    const { account } = await t.ok<any>(`query($id: ID!) { account(id: $id) { balance bills { nodes { id usage days total periodStart periodEnd serviceTotals { service amount } } } } }`, { id: a.accountId });
    const [leak, ...prior] = account.bills.nodes;
    expect(leak.usage).toBe('30000');
    const baseline = prior.slice(0, 3).reduce((s: Dec, b: any) => s.plus(b.usage), dec(0)).div(prior.slice(0, 3).reduce((s: number, b: any) => s + b.days, 0)).times(leak.days);
    const normal = baseline.plus(dec(leak.usage).minus(baseline).times('0.5'));
    const quote = await t.ok<any>(`query($i: ChargeQuoteInput!) { quoteCharges(input: $i) { total } }`, {
      i: { rateScheduleCodes: setup.codes, meterSize: '5/8', usage: normal.toFixed(6), periodStart: leak.periodStart, periodEnd: leak.periodEnd },
    });
    const { applyLeakAdjustment } = await t.ok<any>(`mutation($i: LeakAdjustmentInput!) { applyLeakAdjustment(input: $i) { id amount status reasonCode service note } }`,
      { i: { billId: leak.id, note: 'Toilet flapper replaced; receipt on file' } });
    expect(applyLeakAdjustment).toMatchObject({ status: 'POSTED', reasonCode: 'LEAK', service: 'WATER' });
    expect(applyLeakAdjustment.note).toMatch(/baseline .* over 3 bill\(s\)/);
    const adjustments = await t.sql(`select service::text, amount::text from adjustment where bill_id = $1 order by service::text`, [leak.id]);
    const credit = adjustments.reduce((s: Dec, r: any) => s.plus(r.amount), dec(0)).negated();
    expect(moneyText(credit)).toBe(moneyText(dec(leak.total).minus(quote.quoteCharges.total)));
    expect(adjustments.map((r: any) => r.service)).toEqual(['WATER']); // sewer is capped at 12 kgal either way: no sewer credit
    const after = await t.ok<any>(`query($id: ID!) { account(id: $id) { balance } }`, { id: a.accountId });
    expect(after.account.balance).toBe(moneyText(dec(account.balance).minus(credit)));
  });

  it('should refuse a second leak adjustment within 12 months, and a bill below the ratio', async () => {
    const { account } = await t.ok<any>(`query($id: ID!) { account(id: $id) { bills { nodes { id } } } }`, { id: a.accountId });
    const again = await t.gql(`mutation($i: LeakAdjustmentInput!) { applyLeakAdjustment(input: $i) { id } }`, { i: { billId: account.bills.nodes[0].id, note: 'again' } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'billId' });
    const normalBill = account.bills.nodes[1].id;
    await t.sql(`update adjustment set status = 'REJECTED' where reason_code = 'LEAK'`).catch(() => undefined);
    const below = await t.gql(`mutation($i: LeakAdjustmentInput!) { applyLeakAdjustment(input: $i) { id } }`, { i: { billId: normalBill, note: 'not a leak' } });
    expect(below.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'BELOW_RATIO' });
    const noNote = await t.gql(`mutation($i: LeakAdjustmentInput!) { applyLeakAdjustment(input: $i) { id } }`, { i: { billId: normalBill, note: ' ' } });
    expect(noNote.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
  });
});
