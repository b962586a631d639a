import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, startTestServer, type TestServer } from '../setup/harness.js';
import { makeBillingSetup, makeServedAccount, monthlyReads, READ, waitForStatus, type ServiceAccount } from './cycle-fixture.js';

let t: TestServer;
let setup: Awaited<ReturnType<typeof makeBillingSetup>>;
const A: Record<string, ServiceAccount> = {};
let runId: string;

const RUN = `query($id: ID!) { billRun(id: $id) { id number status totalAccounts billCount total allowedActions
  exceptionCounts { code total open blocking }
  exceptions(first: 100) { nodes { id code accountId blocking status message figures account { id number } } }
  unbilled(first: 100) { nodes { disposition holdReason account { id } } } } }`;

beforeAll(async () => {
  t = await startTestServer();
  setup = await makeBillingSetup(t);
  const history = (perMonth: number) => monthlyReads(perMonth, 5); // Feb..Jun
  A.normal = await makeServedAccount(t, setup, { reads: [...history(5000), { on: '2026-07-01', value: '31000' }], sequence: 1 });
  A.high = await makeServedAccount(t, setup, { reads: [...history(5000), { on: '2026-07-01', value: '55000' }], sequence: 2 });
  A.noRead = await makeServedAccount(t, setup, { reads: history(5000), sequence: 3 });
  A.negative = await makeServedAccount(t, setup, { reads: [...history(5000), { on: '2026-07-01', value: '20000' }], sequence: 4 });
  A.low = await makeServedAccount(t, setup, { reads: [...history(5000), { on: '2026-07-01', value: '26000' }], sequence: 5 });
  A.zero = await makeServedAccount(t, setup, { reads: [...history(5000), { on: '2026-07-01', value: '25000' }], sequence: 6 });
  A.rollover = await makeServedAccount(t, setup, { dials: 4, initial: '9000', reads: [...monthlyReads(150, 5, 9000), { on: '2026-07-01', value: '0100' }], sequence: 7 });
  A.alert = await makeServedAccount(t, setup, { reads: [...history(5000), { on: '2026-07-01', value: '30500', flags: ['LEAK'] }], sequence: 8 });
  A.moveIn = await makeServedAccount(t, setup, { start: '2026-06-12', initial: '100', reads: [{ on: '2026-07-01', value: '3100' }], sequence: 9 });
  A.held = await makeServedAccount(t, setup, { reads: [...history(5000), { on: '2026-07-01', value: '30000' }], sequence: 10 });
  A.blocked = await makeServedAccount(t, setup, { reads: history(5000), sequence: 11 });
  A.changed = await makeServedAccount(t, setup, { reads: history(5000), sequence: 12 });
  // A change-out on June 15: old meter out at 27,000, new meter in at 0 and read 2,500 on July 1.
  const newMeter = await t.ok<any>(`mutation { createMeter(input: { serialNumber: "CHG-${Date.now()}", size: "5/8", registerUnit: GALLON, dials: 6 }) { id } }`);
  await t.ok(`mutation($m: ID!) { removeMeter(input: { meterId: $m, removedOn: "2026-06-15", finalRead: "27000" }) { id } }`, { m: A.changed.meterId });
  await t.ok(`mutation($m: ID!, $p: ID!) { installMeter(input: { meterId: $m, premiseId: $p, installedOn: "2026-06-15", initialRead: "0" }) { id } }`, { m: newMeter.createMeter.id, p: A.changed.premiseId });
  await t.ok(READ, { i: { meterId: newMeter.createMeter.id, readOn: '2026-07-01', value: '2500', source: 'AMI' } });
});
afterAll(() => t.close());

const codesOf = (run: any, account: ServiceAccount) => run.exceptions.nodes.filter((e: any) => e.account.id === account.accountId).map((e: any) => e.code).sort();

describe('a billing cycle from the edit list to the print file', () => {
  it('should build the edit list with every code raised for the right account', async () => {
    const { createBillRun } = await t.ok<any>(`mutation($i: BillRunInput!) { createBillRun(input: $i) { id status totalAccounts } }`, {
      i: { cycleId: setup.cycle.id, readWindowStart: '2026-06-25', readWindowEnd: '2026-07-05', billDate: '2026-07-06' },
    });
    runId = createBillRun.id;
    expect(createBillRun).toMatchObject({ status: 'EDITS', totalAccounts: 12 });
    const { billRun } = await t.ok<any>(RUN, { id: runId });
    expect(codesOf(billRun, A.normal)).toEqual([]);
    expect(codesOf(billRun, A.high)).toEqual(['HIGH']);
    expect(codesOf(billRun, A.noRead)).toEqual(['NO_READ']);
    expect(codesOf(billRun, A.negative)).toEqual(['NEGATIVE']);
    expect(codesOf(billRun, A.low)).toEqual(['LOW']);
    expect(codesOf(billRun, A.zero)).toEqual(['LOW', 'ZERO']);
    expect(codesOf(billRun, A.rollover)).toEqual(['ROLLOVER']);
    expect(codesOf(billRun, A.alert)).toEqual(['AMI_ALERT']);
    expect(codesOf(billRun, A.moveIn)).toEqual(['PARTIAL_PERIOD']);
    expect(codesOf(billRun, A.changed)).toEqual(['METER_CHANGE']);
    expect(billRun.exceptions.nodes.every((e: any) => e.accountId === e.account.id)).toBe(true);
    const high = billRun.exceptions.nodes.find((e: any) => e.code === 'HIGH');
    expect(high).toMatchObject({ blocking: true, status: 'OPEN' });
    expect(high.figures).toMatchObject({ usage: '30000' });
  });

  const exceptionOf = async (account: ServiceAccount, code: string) => {
    const { billRun } = await t.ok<any>(RUN, { id: runId });
    return billRun.exceptions.nodes.find((e: any) => e.account.id === account.accountId && e.code === code);
  };
  const work = (input: Record<string, unknown>, as = Role.CLERK) =>
    t.gql(`mutation($i: ExceptionActionInput!) { workException(input: $i) { status } }`, { i: input }, as);

  it('should work the exceptions: accept, estimate, correct, hold, work order, each recorded with who and when', async () => {
    const high = await exceptionOf(A.high, 'HIGH');
    const refused = await work({ exceptionId: high.id, action: 'ESTIMATE' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await work({ exceptionId: high.id, action: 'WORK_ORDER', workOrderType: 'LEAK_CHECK', note: 'Called customer' })).errors).toBeUndefined();
    expect((await work({ exceptionId: high.id, action: 'ACCEPT', note: 'Pool fill, customer confirmed' })).errors).toBeUndefined();
    expect(await exceptionOf(A.high, 'HIGH')).toMatchObject({ status: 'RESOLVED' });
    const wo = await t.sql(`select type, status from work_order where account_id = $1`, [A.high.accountId]);
    expect(wo).toEqual([{ type: 'LEAK_CHECK', status: 'OPEN' }]);

    const noRead = await exceptionOf(A.noRead, 'NO_READ');
    expect((await work({ exceptionId: noRead.id, action: 'ESTIMATE' })).errors).toBeUndefined();
    const estimate = await t.sql(`select value, source, estimated, read_on::text from meter_read where meter_id = $1 and source = 'ESTIMATE'`, [A.noRead.meterId]);
    // 25,000 gallons over the 151 days Jan 1 – Jun 1 = 165.56 gal/day × 34 days (Jun 1 – Jul 5) = 5,629, rounded down.
    expect(estimate).toEqual([{ value: '30629.000000', source: 'ESTIMATE', estimated: true, read_on: '2026-07-05' }]);

    const negative = await exceptionOf(A.negative, 'NEGATIVE');
    const noValue = await work({ exceptionId: negative.id, action: 'CORRECT_READ' });
    expect(noValue.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'readValue' });
    expect((await work({ exceptionId: negative.id, action: 'CORRECT_READ', readValue: '30200', note: 'Digits transposed' })).errors).toBeUndefined();
    expect(await exceptionOf(A.negative, 'NEGATIVE')).toBeUndefined();

    expect((await work({ runId, accountId: A.held.accountId, action: 'HOLD', note: 'Billing dispute' })).errors).toBeUndefined();
    const actions = await t.sql(`select kind, by_email from bill_run_action where run_id = $1 order by id`, [runId]);
    expect(actions.map((a: any) => a.kind)).toEqual(['WORK_ORDER', 'ACCEPT', 'ESTIMATE', 'CORRECT_READ', 'HOLD']);
    for (const a of actions) expect(a.by_email).toMatch(/^clerk-/);

    // The API names who worked each exception and gives its action history.
    const { billRun } = await t.ok<any>(`query($id: ID!) { billRun(id: $id) { exceptions(first: 100) { nodes { code account { id }
      resolvedByUser { name email } actions { kind code note at by { email } } } } } }`, { id: runId });
    const highRow = billRun.exceptions.nodes.find((e: any) => e.code === 'HIGH' && e.account.id === A.high.accountId);
    expect(highRow.resolvedByUser.email).toMatch(/^clerk-/);
    expect(highRow.actions.map((a: any) => [a.kind, a.note])).toEqual([['WORK_ORDER', 'Called customer'], ['ACCEPT', 'Pool fill, customer confirmed']]);
    for (const a of highRow.actions) expect(a.by.email).toMatch(/^clerk-/);
  });

  it('should accept many warnings at once, all or nothing', async () => {
    const { billRun } = await t.ok<any>(RUN, { id: runId });
    const warnings = billRun.exceptions.nodes.filter((e: any) => ['LOW', 'ROLLOVER', 'AMI_ALERT', 'METER_CHANGE', 'PARTIAL_PERIOD'].includes(e.code));
    const withBad = [...warnings.map((e: any) => e.id), (await exceptionOf(A.blocked, 'NO_READ')).id];
    const failed = await t.gql(`mutation($i: BulkExceptionActionInput!) { workExceptions(input: $i) }`, { i: { exceptionIds: withBad, action: 'ACCEPT' } });
    expect(failed.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await exceptionOf(A.low, 'LOW')).status).toBe('OPEN');
    const done = await t.ok<any>(`mutation($i: BulkExceptionActionInput!) { workExceptions(input: $i) }`, { i: { exceptionIds: warnings.map((e: any) => e.id), action: 'ACCEPT' } });
    expect(done.workExceptions).toBe(warnings.length);
  });

  it('should calculate in the background, refuse approval by a clerk, and list the unbilled accounts with reasons', async () => {
    await t.ok(`mutation($id: ID!) { calculateBillRun(id: $id) { status } }`, { id: runId });
    await waitForStatus(t, runId, 'CALCULATED');
    const { billRun } = await t.ok<any>(RUN, { id: runId });
    expect(billRun.billCount).toBe(10);
    const unbilled = Object.fromEntries(billRun.unbilled.nodes.map((n: any) => [n.account.id, n]));
    expect(unbilled[A.held.accountId]).toMatchObject({ disposition: 'HELD' });
    expect(unbilled[A.blocked.accountId]).toMatchObject({ disposition: 'BLOCKED', holdReason: 'Blocked: NO_READ' });
    const clerk = await t.gql(`mutation($id: ID!) { approveBillRun(id: $id) { status } }`, { id: runId }, Role.CLERK);
    expect(clerk.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const early = await t.gql(`mutation($id: ID!) { postBillRun(id: $id) { status } }`, { id: runId });
    expect(early.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('should bill each account by the same rating as quoteCharges, with the reads and explained lines', async () => {
    const bills = await t.ok<any>(`query($id: ID!) { billRun(id: $id) { bills(first: 50) { nodes { kind days usage total estimated periodStart periodEnd number status
      account { id } reads { serialNumber previous current gallons kind } lines { kind amount explanation } } } } }`, { id: runId });
    const byAccount = Object.fromEntries(bills.billRun.bills.nodes.map((b: any) => [b.account.id, b]));
    const normal = byAccount[A.normal.accountId];
    expect(normal).toMatchObject({ kind: 'REGULAR', days: 30, usage: '6000', periodStart: '2026-06-02', periodEnd: '2026-07-01', status: 'DRAFT', number: null });
    const quote = await t.ok<any>(`query($i: ChargeQuoteInput!) { quoteCharges(input: $i) { total } }`, {
      i: { rateScheduleCodes: setup.codes, meterSize: '5/8', usage: '6000', periodStart: '2026-06-02', periodEnd: '2026-07-01' },
    });
    expect(normal.total).toBe(quote.quoteCharges.total);
    expect(byAccount[A.noRead.accountId]).toMatchObject({ estimated: true, usage: '5629', days: 34, periodEnd: '2026-07-05' });
    expect(byAccount[A.negative.accountId].usage).toBe('5200');
    expect(byAccount[A.rollover.accountId].reads[0]).toMatchObject({ previous: '9750', current: '100', gallons: '350', kind: 'ROLLOVER' });
    expect(byAccount[A.changed.accountId].reads.map((r: any) => r.gallons)).toEqual(['2000', '2500']);
    expect(byAccount[A.changed.accountId].usage).toBe('4500');
    const moveIn = byAccount[A.moveIn.accountId];
    expect(moveIn).toMatchObject({ kind: 'MOVE_IN', days: 20, periodStart: '2026-06-12', usage: '3000' });
    expect(moveIn.lines[0].explanation).toMatch(/20\/30/);
    expect(byAccount[A.held.accountId]).toBeUndefined();
  });

  it('should recalculate before approval to exactly the same bills', async () => {
    const snapshot = async () => (await t.sql(`select account_id, bill_seq, total, lines::text from bill where run_id = $1 order by bill_seq`, [runId]));
    const before = await snapshot();
    await t.ok(`mutation($id: ID!) { calculateBillRun(id: $id) { status } }`, { id: runId });
    await waitForStatus(t, runId, 'CALCULATED');
    expect(await snapshot()).toEqual(before);
  });

  it('should post as approved: bill numbers in order, charges in the ledger by service, balances', async () => {
    await t.ok(`mutation($id: ID!) { approveBillRun(id: $id) { status } }`, { id: runId }, Role.SUPERVISOR);
    const { postBillRun } = await t.ok<any>(`mutation($id: ID!) { postBillRun(id: $id) { status postedByUser { email } approvedByUser { email } total billCount bills(first: 20) { nodes { number status total account { id balance } } } } }`, { id: runId });
    expect(postBillRun.status).toBe('POSTED');
    expect(postBillRun.approvedByUser.email).toMatch(/^supervisor-/);
    expect(postBillRun.postedByUser.email).toMatch(/^clerk-/);
    const numbers = postBillRun.bills.nodes.map((b: any) => b.number);
    expect(numbers.every((n: string) => /^B\d{10}$/.test(n))).toBe(true);
    expect([...numbers].sort()).toEqual(numbers);
    for (const b of postBillRun.bills.nodes) {
      expect(b.status).toBe('POSTED');
      expect(b.account.balance).toBe(b.total);
    }
    const entries = await t.sql(`select service, count(*)::int n from ledger_entry e join bill b on b.id = e.source_id and e.source = 'BILL' where b.run_id = $1 group by service order by service::text`, [runId]);
    expect(entries).toEqual([{ service: 'SEWER', n: 10 }, { service: 'WATER', n: 10 }]);
    const ledgerTotal = await t.sql(`select sum(e.amount)::text s from ledger_entry e join bill b on b.id = e.source_id and e.source = 'BILL' where b.run_id = $1`, [runId]);
    expect(ledgerTotal[0].s).toBe(postBillRun.total);
    const again = await t.gql(`mutation($id: ID!) { postBillRun(id: $id) { status } }`, { id: runId });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const recalc = await t.gql(`mutation($id: ID!) { calculateBillRun(id: $id) { status } }`, { id: runId });
    expect(recalc.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('should show the billing register by service and schedule, summing to the run total', async () => {
    const { billRun } = await t.ok<any>(`query($id: ID!) { billRun(id: $id) { total register { total { bills amount } byService { key amount bills } bySchedule { key amount }
      amountChange { current previous difference } } } }`, { id: runId });
    const reg = billRun.register;
    expect(reg.total).toEqual({ bills: 10, amount: billRun.total });
    const cents = (xs: { amount: string }[]) => xs.reduce((s, x) => s + Math.round(Number(x.amount) * 100), 0);
    expect(cents(reg.byService)).toBe(Math.round(Number(billRun.total) * 100));
    expect(cents(reg.bySchedule)).toBe(Math.round(Number(billRun.total) * 100));
    expect(reg.byService.map((s: any) => s.key)).toEqual(['SEWER', 'WATER']);
    expect(reg.amountChange).toMatchObject({ current: billRun.total, previous: '0' });
  });

  it('should export the run and then refuse to go back', async () => {
    const { exportBillRun } = await t.ok<any>(`mutation($id: ID!) { exportBillRun(id: $id) { status exportedAt allowedActions } }`, { id: runId });
    expect(exportBillRun.status).toBe('EXPORTED');
    expect(exportBillRun.allowedActions).toEqual(['export']);
    const cancel = await t.gql(`mutation($id: ID!) { cancelBillRun(id: $id) { status } }`, { id: runId });
    expect(cancel.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', allowedActions: ['export'] });
  });
});
