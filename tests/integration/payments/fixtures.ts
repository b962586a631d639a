import { randomUUID } from 'node:crypto';
import { Role, type TestServer } from '../setup/harness.js';
import { dec } from '../../../server/src/shared/money/index.js';
import { makeCustomer, makeCycle, makeRateSchedule, makeServicePoint, RESIDENTIAL_WATER, unique } from '../fixtures.js';

/** Fixtures of the receivables tests: accounts, charges and posted bills written the way billing writes them. */

const setups = new WeakMap<TestServer, Promise<{ cycle: { id: string }; code: string }>>();

/** One cycle and rate schedule per test server, made one after the other (the harness creates each role's user once). */
async function setup(t: TestServer) {
  const cycle = await makeCycle(t);
  const code = await makeRateSchedule(t, { ...RESIDENTIAL_WATER, effectiveFrom: '2010-01-01' });
  return { cycle, code };
}

export interface TestAccount {
  readonly id: string;
  readonly number: string;
  readonly customerId: string;
}

/** An ACTIVE account (one cycle and rate schedule per test server). */
export async function makeAccount(t: TestServer, options: { customerClass?: string; penaltyExempt?: boolean; depositAmount?: string } = {}): Promise<TestAccount> {
  if (!setups.has(t)) setups.set(t, setup(t));
  const { cycle, code } = await setups.get(t)!;
  const customer = await makeCustomer(t, { name: `Payer ${unique('')}`, customerClass: options.customerClass ?? 'RESIDENTIAL' });
  const { premise } = await makeServicePoint(t, '2018-01-02');
  const { startService } = await t.ok<any>(`mutation($i: StartServiceInput!) { startService(input: $i) { id number } }`, {
    i: { customerId: customer.id, premiseId: premise.id, startDate: '2018-01-02', cycleId: cycle.id, rateScheduleCodes: [code], ...(options.depositAmount ? { depositAmount: options.depositAmount } : {}) },
  });
  if (options.penaltyExempt) await t.sql('update account set penalty_exempt = true where id = $1', [startService.id]);
  return { id: startService.id, number: startService.number, customerId: customer.id };
}

/** A CHARGE entry as bill posting writes one (source BILL when a bill id is given). */
export async function postCharge(t: TestServer, accountId: string, amount: string, postedOn: string, dueOn: string, options: { service?: string; billId?: string } = {}): Promise<string> {
  const [row] = await t.sql(`insert into ledger_entry (account_id, kind, amount, posted_on, due_on, service, description, source, source_id)
    values ($1, 'CHARGE', $2, $3, $4, $5, 'Test charge', $6, $7) returning id::text`,
    [accountId, amount, postedOn, dueOn, options.service ?? 'WATER', options.billId ? 'BILL' : 'TEST', options.billId ?? null]);
  return row.id;
}

/** A posted bill with its CHARGE entries, one per service (billing/bill.entity: POSTED run, not cancelled). */
export async function makePostedBill(t: TestServer, accountId: string, bill: { billDate: string; dueDate: string; services: Record<string, string>; runStatus?: string }): Promise<string> {
  const total = Object.values(bill.services).reduce((s, v) => s.plus(dec(v)), dec(0));
  const [run] = await t.sql(`insert into bill_run (number, kind, account_id, status, read_window_start, read_window_end, bill_date, due_date) values ($1, 'OFF_CYCLE', $2, $3, $4, $4, $4, $5) returning id::text`,
    [unique('RUN'), accountId, bill.runStatus ?? 'POSTED', bill.billDate, bill.dueDate]);
  const [row] = await t.sql(`insert into bill (run_id, account_id, bill_seq, kind, period_start, period_end, days, usage, reads, lines, service_totals, total, bill_date, due_date)
    values ($1, $2, 1, 'OFF_CYCLE', $3, $3, 30, 0, '[]', '[]', $4, $5, $3, $6) returning id::text`,
    [run.id, accountId, bill.billDate, JSON.stringify(bill.services), total.toFixed(2), bill.dueDate]);
  for (const [service, amount] of Object.entries(bill.services)) await postCharge(t, accountId, amount, bill.billDate, bill.dueDate, { service, billId: row.id });
  return row.id;
}

export const PAYMENT_FIELDS = 'id accountId amount method status receivedOn reference entryId batch { id } returnCode reversedOn';

export async function postPayment(t: TestServer, input: Record<string, unknown>, role: Role = Role.CLERK) {
  return t.gql<{ postPayment: any }>(`mutation($i: PaymentInput!) { postPayment(input: $i) { ${PAYMENT_FIELDS} } }`, { i: { method: 'CASH', idempotencyKey: randomUUID(), ...input } }, role);
}

export async function balanceOf(t: TestServer, accountId: string): Promise<string> {
  const data = await t.ok<any>(`query($id: ID!) { account(id: $id) { balance } }`, { id: accountId });
  return data.account.balance;
}

/**
 * Rows a test's accounts and file names have in the money tables: a failed import or mutation must
 * leave them as they were (test files share the database, so counts are scoped to the test's own).
 */
export async function moneyCounts(t: TestServer, accountIds: readonly string[], fileNames: readonly string[] = []): Promise<Record<string, number>> {
  const [row] = await t.sql(`select
    (select count(*) from ledger_entry where account_id = any($1::bigint[]))::int as entries,
    (select count(*) from payment where account_id = any($1::bigint[]) or import_file_id in (select id from payment_import_file where file_name = any($2::text[])))::int as payments,
    (select count(*) from refund where account_id = any($1::bigint[]))::int as refunds,
    (select count(*) from payment_import_file where file_name = any($2::text[]))::int as files,
    (select count(*) from payment_batch where name = any($2::text[]))::int as batches,
    (select count(*) from ach_notice where account_id = any($1::bigint[]))::int as notices`, [accountIds, fileNames]);
  return row;
}

/** Runs an operation over HTTP as a portal CUSTOMER of `customerId` (the harness's gql has no customer). */
export async function gqlAsCustomer(t: TestServer, customerId: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const [base, token] = [await t.listen(), await t.tokenFor(Role.CUSTOMER, customerId)];
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  return response.json();
}

export { Role, unique };
