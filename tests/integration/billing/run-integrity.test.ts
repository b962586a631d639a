import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, startTestServer, type TestServer } from '../setup/harness.js';
import { makeRateSchedule, RESIDENTIAL_WATER, unique } from '../fixtures.js';
import { makeBillingSetup, makeServedAccount, monthlyReads, waitForStatus, type ServiceAccount } from './cycle-fixture.js';

let t: TestServer;
let rated: ServiceAccount;
let unrated: ServiceAccount;
let cycleId: string;
let runIdKept: string;
let retiredCode: string;

// Runs bill what they should, once. An account whose water schedule was retired before the period
// has no rate: the calculation blocks it (with the reason) and bills the others without a gap in
// numbers. A cycle has one open run; a run does not post a period already billed.
beforeAll(async () => {
  t = await startTestServer();
  const setup = await makeBillingSetup(t);
  cycleId = setup.cycle.id;
  const retired = await makeRateSchedule(t, RESIDENTIAL_WATER);
  retiredCode = retired;
  const reads = [...monthlyReads(5000, 5), { on: '2026-07-01', value: '30000' }];
  const first = await makeServedAccount(t, setup, { reads, sequence: 1 });
  unrated = await makeServedAccount(t, { cycle: setup.cycle, codes: [retired] }, { reads, sequence: 2 });
  rated = await makeServedAccount(t, setup, { reads, sequence: 3 });
  void first;
  await t.ok(`mutation($i: RetireRateScheduleInput!) { retireRateSchedule(input: $i) { code } }`, { i: { code: retired, retiredOn: '2026-05-01' } }, Role.ADMIN);
});
afterAll(() => t.close());

describe('an account without a rate in force', () => {
  it('should be blocked with the reason while the rest of the run is billed in order', async () => {
    const { createBillRun } = await t.ok<any>(`mutation($i: BillRunInput!) { createBillRun(input: $i) { id totalAccounts } }`, {
      i: { cycleId, readWindowStart: '2026-06-25', readWindowEnd: '2026-07-05', billDate: '2026-07-06' },
    });
    expect(createBillRun.totalAccounts).toBe(3);
    const runId = createBillRun.id;
    await t.ok(`mutation($id: ID!) { calculateBillRun(id: $id) { status } }`, { id: runId });
    await waitForStatus(t, runId, 'CALCULATED');
    const { billRun } = await t.ok<any>(`query($id: ID!) { billRun(id: $id) { billCount total unbilled(first: 10) { nodes { disposition holdReason account { id } } } } }`, { id: runId });
    expect(billRun.billCount).toBe(2);
    expect(billRun.unbilled.nodes).toEqual([{ disposition: 'BLOCKED', holdReason: expect.stringMatching(/^No rate: /), account: { id: unrated.accountId } }]);
    const bills = await t.sql(`select account_id::text, bill_seq, total::text from bill where run_id = $1 order by bill_seq`, [runId]);
    expect(bills.map((b: any) => b.bill_seq)).toEqual([1, 2]);
    expect(bills.map((b: any) => b.account_id)).not.toContain(unrated.accountId);
    expect(bills.map((b: any) => b.account_id)).toContain(rated.accountId);
    const sum = bills.reduce((s: number, b: any) => s + Math.round(Number(b.total) * 100), 0);
    expect((sum / 100).toFixed(2)).toBe(billRun.total);
    runIdKept = runId;
  });

  it('should look for a rate again on recalculation (one added since is found)', async () => {
    await t.sql(`update rate_schedule set retired_on = null where code = $1`, [retiredCode]);
    await t.ok(`mutation($id: ID!) { calculateBillRun(id: $id) { status } }`, { id: runIdKept });
    await waitForStatus(t, runIdKept, 'CALCULATED');
    const { billRun } = await t.ok<any>(`query($id: ID!) { billRun(id: $id) { billCount unbilled(first: 10) { totalCount } } }`, { id: runIdKept });
    expect(billRun).toEqual({ billCount: 3, unbilled: { totalCount: 0 } });
  });
});

describe('a period billed once', () => {
  it('should refuse a second open run of a cycle', async () => {
    const res = await t.gql(`mutation($i: BillRunInput!) { createBillRun(input: $i) { id } }`, {
      i: { cycleId, readWindowStart: '2026-06-25', readWindowEnd: '2026-07-05', billDate: '2026-07-06' },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'cycleId', reason: 'RUN_OPEN' });
  });

  it('should refuse to post a run whose account got a final bill for the same days meanwhile, naming the account', async () => {
    await t.ok(`mutation($id: ID!) { approveBillRun(id: $id) { status } }`, { id: runIdKept }, Role.SUPERVISOR);
    const { stopService } = await t.ok<any>(`mutation($i: StopServiceInput!) { stopService(input: $i) { status periodEnd } }`,
      { i: { accountId: rated.accountId, stopDate: '2026-07-03', finalRead: '30100' } });
    expect(stopService.status).toBe('POSTED');
    const res = await t.gql(`mutation($id: ID!) { postBillRun(id: $id) { status } }`, { id: runIdKept });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'PERIOD_ALREADY_BILLED', accounts: [rated.number] });
    const [{ entries }] = await t.sql(`select count(*)::int entries from ledger_entry where source = 'BILL' and source_id in (select id from bill where run_id = $1)`, [runIdKept]);
    expect(entries).toBe(0);
  });
});

describe('an estimate after a meter change-out', () => {
  it('should estimate the new meter from its installation read, and bill the old meter\'s part as read', async () => {
    const setup = await makeBillingSetup(t);
    // 5,000 gal a month to June 1 (25,000); old meter out at 27,000 on June 15, new one in at 0, no read since.
    const changed = await makeServedAccount(t, setup, { reads: monthlyReads(5000, 5), sequence: 1 });
    const newMeter = await t.ok<any>(`mutation { createMeter(input: { serialNumber: "EST-${Date.now()}", size: "5/8", registerUnit: GALLON, dials: 6 }) { id } }`);
    await t.ok(`mutation($m: ID!) { removeMeter(input: { meterId: $m, removedOn: "2026-06-15", finalRead: "27000" }) { id } }`, { m: changed.meterId });
    await t.ok(`mutation($m: ID!, $p: ID!) { installMeter(input: { meterId: $m, premiseId: $p, installedOn: "2026-06-15", initialRead: "0" }) { id } }`,
      { m: newMeter.createMeter.id, p: changed.premiseId });
    const { createBillRun } = await t.ok<any>(`mutation($i: BillRunInput!) { createBillRun(input: $i) { id } }`, {
      i: { cycleId: setup.cycle.id, readWindowStart: '2026-06-25', readWindowEnd: '2026-07-05', billDate: '2026-07-06' },
    });
    const { billRun } = await t.ok<any>(`query($id: ID!) { billRun(id: $id) { exceptions { nodes { id code } } } }`, { id: createBillRun.id });
    const noRead = billRun.exceptions.nodes.find((e: any) => e.code === 'NO_READ');
    await t.ok(`mutation($i: ExceptionActionInput!) { workException(input: $i) { status } }`, { i: { exceptionId: noRead.id, action: 'ESTIMATE' } });
    const [estimate] = await t.sql(`select meter_id::text, value::text from meter_read where source = 'ESTIMATE' and meter_id = $1`, [newMeter.createMeter.id]);
    // 25,000 gal over Jan 1 – Jun 1 (151 days) = 165.56 gal/day × 20 days (Jun 15 – Jul 5) = 3,311, from 0.
    expect(estimate).toEqual({ meter_id: newMeter.createMeter.id, value: '3311.000000' });
    const [row] = await t.sql(`select usage::text from bill_run_account where run_id = $1 and account_id = $2`, [createBillRun.id, changed.accountId]);
    expect(row.usage).toBe('5311.000'); // 2,000 on the old meter (25,000 → 27,000) + 3,311 estimated on the new one
  });
});

describe('the billing register by service', () => {
  it('should count a bill once in a service with two schedules, and put usage only where a schedule rates it', async () => {
    const setup = await makeBillingSetup(t);
    const surcharge = await makeRateSchedule(t, { name: 'Water system surcharge', service: 'WATER', volumeUnit: 'KGAL', effectiveFrom: '2020-01-01', flatCharge: '4.00' }, unique('WS-'));
    const trash = await makeRateSchedule(t, { name: 'Trash', service: 'SOLID_WASTE', volumeUnit: 'GALLON', effectiveFrom: '2020-01-01', flatCharge: '22.00' }, unique('T-'));
    const reads = [...monthlyReads(5000, 5), { on: '2026-07-01', value: '30000' }];
    await makeServedAccount(t, { cycle: setup.cycle, codes: [...setup.codes, surcharge, trash] }, { reads, sequence: 1 });
    await makeServedAccount(t, setup, { reads, sequence: 2 });
    const { createBillRun } = await t.ok<any>(`mutation($i: BillRunInput!) { createBillRun(input: $i) { id } }`, {
      i: { cycleId: setup.cycle.id, readWindowStart: '2026-06-25', readWindowEnd: '2026-07-05', billDate: '2026-07-06' },
    });
    await t.ok(`mutation($id: ID!) { calculateBillRun(id: $id) { status } }`, { id: createBillRun.id });
    await waitForStatus(t, createBillRun.id, 'CALCULATED');
    const { billRun } = await t.ok<any>(`query($id: ID!) { billRun(id: $id) { register { byService { key bills usage } bySchedule { key bills usage } } } }`, { id: createBillRun.id });
    const byService = Object.fromEntries(billRun.register.byService.map((r: any) => [r.key, r]));
    expect(byService.WATER).toMatchObject({ bills: 2, usage: '10000' });
    expect(byService.SEWER).toMatchObject({ bills: 2, usage: '10000' });
    expect(byService.SOLID_WASTE).toMatchObject({ bills: 1, usage: '0' });
    const bySchedule = Object.fromEntries(billRun.register.bySchedule.map((r: any) => [r.key, r]));
    expect(bySchedule[surcharge]).toMatchObject({ bills: 1, usage: '0' });
    expect(bySchedule[setup.codes[0]!]).toMatchObject({ bills: 2, usage: '10000' });
  });
});

describe('a rebill of an older bill', () => {
  it('should start from the bill before it, not from a later bill', async () => {
    const setup = await makeBillingSetup(t);
    const account = await makeServedAccount(t, setup, { reads: [...monthlyReads(5000, 5), { on: '2026-07-01', value: '30000' }, { on: '2026-08-01', value: '35000' }], sequence: 1 });
    const runFor = async (windowStart: string, windowEnd: string, billDate: string) => {
      const { createBillRun } = await t.ok<any>(`mutation($i: BillRunInput!) { createBillRun(input: $i) { id } }`, { i: { cycleId: setup.cycle.id, readWindowStart: windowStart, readWindowEnd: windowEnd, billDate } });
      await t.ok(`mutation($id: ID!) { calculateBillRun(id: $id) { status } }`, { id: createBillRun.id });
      await waitForStatus(t, createBillRun.id, 'CALCULATED');
      await t.ok(`mutation($id: ID!) { approveBillRun(id: $id) { status } }`, { id: createBillRun.id }, Role.SUPERVISOR);
      await t.ok(`mutation($id: ID!) { postBillRun(id: $id) { status } }`, { id: createBillRun.id });
      return createBillRun.id as string;
    };
    const july = await runFor('2026-06-25', '2026-07-05', '2026-07-06');
    await runFor('2026-07-25', '2026-08-05', '2026-08-06');
    const [julyBill] = await t.sql(`select id::text, period_start::text, period_end::text from bill where run_id = $1`, [july]);
    const { rebillBill } = await t.ok<any>(`mutation($i: RebillInput!) { rebillBill(input: $i) { id exceptions { nodes { code } } } }`, { i: { billId: julyBill.id, reason: 'Rate keyed wrong' } });
    expect(rebillBill.exceptions.nodes.map((e: any) => e.code)).not.toContain('NO_READ');
    const [row] = await t.sql(`select period_start::text, period_end::text, usage::text from bill_run_account where run_id = $1 and account_id = $2`, [rebillBill.id, account.accountId]);
    expect(row).toEqual({ period_start: julyBill.period_start, period_end: julyBill.period_end, usage: '5000.000' });
  });
});
