import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../server/src/shared/clock.js';
import { startTestServer, type TestServer } from '../setup/harness.js';
import { cardSettlement, lockboxCsv } from '../payments/files.js';
import { gqlAsCustomer, makeAccount, postCharge, postPayment, Role, unique, type TestAccount } from '../payments/fixtures.js';

// The year 2015 belongs to this file: reports over the whole ledger see only its entries.
let t: TestServer;
let a: TestAccount, b: TestAccount, c: TestAccount;
beforeAll(async () => {
  t = await startTestServer({ clock: fixedClock('2015-12-31T18:00:00Z') });
  [a, b, c] = [await makeAccount(t), await makeAccount(t), await makeAccount(t)];
  await postCharge(t, a.id, '100.00', '2015-09-30', '2015-10-20', { service: 'WATER' });
  await postCharge(t, a.id, '60.00', '2015-11-30', '2015-12-20', { service: 'SEWER' });
  await postPayment(t, { accountId: a.id, amount: '30.00', method: 'CHECK', receivedOn: '2015-11-05' });
  await postCharge(t, b.id, '80.00', '2015-12-01', '2015-12-31', { service: 'WATER' });
  await postPayment(t, { accountId: c.id, amount: '50.00', method: 'CASH', receivedOn: '2015-12-05' });
  const IMPORT = `mutation($i: FileImportInput!) { importPayments(input: $i) { imported } }`;
  await t.ok(IMPORT, { i: { format: 'CARD_SETTLEMENT_CSV', fileName: `${unique('card')}.csv`, content: cardSettlement([{ txn: unique('ch_'), account: c.number, gross: '20.00', fee: '1.00' }], { date: '2015-12-15' }) } });
  await t.ok(IMPORT, { i: { format: 'LOCKBOX_CSV', fileName: `${unique('lbx')}.csv`, content: lockboxCsv([{ account: null, amount: '15.00', check: '7' }], { date: '2015-12-15', lockbox: unique('LBX-') }) } });
  await t.ok(`mutation($i: DepositInput!) { collectDeposit(input: $i) { id } }`, { i: { accountId: b.id, amount: '50.00', method: 'CASH', receivedOn: '2015-12-10', idempotencyKey: unique('dep') } });
});
afterAll(() => t.close());

const AGING = 'current days1to30 days31to60 days61to90 days91plus credit total';

describe('agingReport and Account.aging', () => {
  it('should age what is open after credits are applied oldest first, as of a date', async () => {
    const report = await t.ok<any>(`query { agingReport(asOf: "2015-12-31") { asOf ${AGING} accountsWithBalance rows(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { accountNumber ${AGING} } } } }`, {}, Role.REPORTING);
    expect(report.agingReport).toMatchObject({ asOf: '2015-12-31', current: '80.00', days1to30: '60.00', days31to60: '0.00', days61to90: '70.00', days91plus: '0.00', credit: '-70.00', total: '140.00', accountsWithBalance: 3 });
    expect(report.agingReport.rows).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(report.agingReport.rows.nodes[0]).toMatchObject({ accountNumber: a.number, days1to30: '60.00', days61to90: '70.00', total: '130.00' });
    const rest = await t.ok<any>(`query($after: String) { agingReport(asOf: "2015-12-31") { rows(first: 5, after: $after) { pageInfo { hasNextPage } nodes { accountNumber current credit } } } }`, { after: report.agingReport.rows.pageInfo.endCursor });
    expect(report.agingReport.rows.nodes[1]).toMatchObject({ accountNumber: b.number, current: '80.00', credit: '0.00' });
    expect(rest.agingReport.rows).toEqual({ pageInfo: { hasNextPage: false }, nodes: [{ accountNumber: c.number, current: '0.00', credit: '-70.00' }] });
    const earlier = await t.ok<any>(`query($id: ID!) { account(id: $id) { aging(asOf: "2015-11-30") { ${AGING} } } }`, { id: a.id });
    expect(earlier.account.aging).toEqual({ current: '60.00', days1to30: '0.00', days31to60: '70.00', days61to90: '0.00', days91plus: '0.00', credit: '0.00', total: '130.00' });
  });
});

describe('glJournal, roll-forward and cash receipts', () => {
  it('should journal every movement in its GL accounts, card fees and suspense and deposits included, debits equal to credits', async () => {
    const { glJournal } = await t.ok<any>(`{ glJournal(from: "2015-01-01", to: "2015-12-31") { glAccount debit credit } }`, {}, Role.REPORTING);
    expect(glJournal).toEqual([
      { glAccount: '101-1000', debit: '145.00', credit: '0.00' },
      { glAccount: '101-1050', debit: '20.00', credit: '1.00' },
      { glAccount: '101-6200', debit: '1.00', credit: '0.00' },
      { glAccount: '110-1200', debit: '240.00', credit: '100.00' },
      { glAccount: '210-2300', debit: '0.00', credit: '50.00' },
      { glAccount: '210-2500', debit: '0.00', credit: '15.00' },
      { glAccount: '610-4100', debit: '0.00', credit: '180.00' },
      { glAccount: '620-4100', debit: '0.00', credit: '60.00' },
    ]);
  });

  it('should roll AR forward from opening to closing, tying to the sum of balances', async () => {
    const { rollForward } = await t.ok<any>(`{ rollForward(from: "2015-12-01", to: "2015-12-31") { openingAr charges payments adjustments penalties closingAr sumOfBalances ties accountsWithBalance } }`, {}, Role.REPORTING);
    expect(rollForward).toEqual({ openingAr: '130.00', charges: '80.00', payments: '-70.00', adjustments: '0.00', penalties: '0.00', closingAr: '140.00', sumOfBalances: '140.00', ties: true, accountsWithBalance: 3 });
  });

  it('should list daily cash receipts by method and batch, deposits included', async () => {
    const { cashReceipts } = await t.ok<any>(`{ cashReceipts(from: "2015-12-01", to: "2015-12-31") { total byMethod { method count total } lines { receivedOn method batchKind count total } } }`, {}, Role.REPORTING);
    expect(cashReceipts.total).toBe('135.00');
    expect(cashReceipts.lines).toEqual([
      { receivedOn: '2015-12-05', method: 'CASH', batchKind: 'NONE', count: 1, total: '50.00' },
      { receivedOn: '2015-12-10', method: 'CASH', batchKind: 'DEPOSIT', count: 1, total: '50.00' },
      { receivedOn: '2015-12-15', method: 'CARD', batchKind: 'CARD_SETTLEMENT', count: 1, total: '20.00' },
      { receivedOn: '2015-12-15', method: 'LOCKBOX', batchKind: 'LOCKBOX', count: 1, total: '15.00' },
    ]);
    expect(cashReceipts.byMethod).toEqual(expect.arrayContaining([{ method: 'CASH', count: 2, total: '100.00' }]));
  });

  it('should keep field crews and customers out of the reports', async () => {
    for (const q of ['{ glJournal(from: "2015-01-01", to: "2015-12-31") { glAccount } }', '{ agingReport(asOf: "2015-12-31") { total } }', '{ rollForward(from: "2015-12-01", to: "2015-12-31") { ties } }']) {
      expect((await t.gql(q, {}, Role.FIELD)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await gqlAsCustomer(t, a.customerId, q)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await t.gql('{ glJournal(from: "2015-12-31", to: "2015-01-01") { glAccount } }', {}, Role.REPORTING)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });
});

describe('CSV downloads', () => {
  const get = async (path: string, role: Role | null = Role.REPORTING) => {
    const headers: Record<string, string> = role ? { authorization: `Bearer ${await t.tokenFor(role)}` } : {};
    const response = await fetch(`${await t.listen()}${path}`, { headers });
    return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
  };

  it('should export the GL journal in the neutral layout and in Springbrook seven sections, balanced', async () => {
    const neutral = await get('/reports/gl-journal.csv?from=2015-01-01&to=2015-12-31');
    expect(neutral.status).toBe(200);
    expect(neutral.type).toMatch(/text\/csv/);
    const rows = neutral.body.trim().split('\r\n');
    expect(rows[0]).toBe('journal_date,gl_account,debit,credit,description');
    expect(rows.at(-1)).toBe('2015-12-31,TOTAL,406.00,406.00,"Utility billing 2015-01-01 to 2015-12-31, control total"');
    const springbrook = await get('/reports/gl-journal.csv?from=2015-01-01&to=2015-12-31&layout=springbrook');
    expect(springbrook.body.split('\r\n')[0]).toBe('101,1000,,,,,,145.00,0.00,UB JOURNAL 2015-12-31');
    expect(springbrook.body.trim().split('\r\n').at(-1)).toBe(',,,,,,,406.00,406.00,CONTROL TOTAL');
    expect((await get('/reports/gl-journal.csv?from=2015-01-01&to=2015-12-31&layout=munis')).status).toBe(400);
  });

  it('should export the aging (names masked for reporting tools), the roll-forward and the cash receipts', async () => {
    const aging = await get('/reports/aging.csv?asOf=2015-12-31');
    const lines = aging.body.trim().split('\r\n');
    expect(lines[0]).toBe('as_of,account_number,customer,current,days_1_30,days_31_60,days_61_90,days_91_plus,credit,balance');
    expect(lines).toContain(`2015-12-31,${a.number},${lines.find(l => l.includes(a.number))!.split(',')[2]},0.00,60.00,0.00,70.00,0.00,0.00,130.00`);
    expect(lines.find(l => l.includes(a.number))).toMatch(/,P\*+ /);
    expect((await get('/reports/roll-forward.csv?from=2015-12-01&to=2015-12-31')).body).toContain('2015-12-01,2015-12-31,Closing AR,140.00');
    expect((await get('/reports/cash-receipts.csv?from=2015-12-01&to=2015-12-31')).body.trim().split('\r\n').at(-1)).toBe(',TOTAL,,,,4,135.00');
    expect((await get('/reports/aging.csv?asOf=2015-12-31', Role.FIELD)).status).toBe(403);
    expect((await get('/reports/aging.csv?asOf=2015-12-31', null)).status).toBe(401);
  });
});
