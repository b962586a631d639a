import { randomUUID } from 'node:crypto';
import { Role, type TestServer } from '../setup/harness.js';
import { makeBillingSetup, makeServedAccount, monthlyReads, waitForStatus, type ServiceAccount } from './cycle-fixture.js';

export const RUN_BILLS = `query($id: ID!) { billRun(id: $id) { id number status total billCount bills(first: 100) { nodes { id number total dueDate billDate
  account { id number balance } statement { previousBalance paymentsAndCredits currentCharges amountDue } lines { description amount } reads { serialNumber } } } } }`;

/** Creates a cycle run, accepts every exception it raises, and calculates it. */
export async function calculatedRun(t: TestServer, cycleId: string, window: [string, string], billDate: string): Promise<string> {
  const { createBillRun } = await t.ok<any>(`mutation($i: BillRunInput!) { createBillRun(input: $i) { id } }`, {
    i: { cycleId, readWindowStart: window[0], readWindowEnd: window[1], billDate },
  });
  const id = createBillRun.id;
  const { billRun } = await t.ok<any>(`query($id: ID!) { billRun(id: $id) { exceptions(first: 100) { nodes { id status } } } }`, { id });
  const open = billRun.exceptions.nodes.filter((e: any) => e.status === 'OPEN').map((e: any) => e.id);
  if (open.length) await t.ok(`mutation($i: BulkExceptionActionInput!) { workExceptions(input: $i) }`, { i: { exceptionIds: open, action: 'ACCEPT' } });
  await t.ok(`mutation($id: ID!) { calculateBillRun(id: $id) { status } }`, { id });
  await waitForStatus(t, id, 'CALCULATED');
  return id;
}

export async function approveAndPost(t: TestServer, runId: string): Promise<void> {
  await t.ok(`mutation($id: ID!) { approveBillRun(id: $id) { status } }`, { id: runId }, Role.SUPERVISOR);
  await t.ok(`mutation($id: ID!) { postBillRun(id: $id) { status } }`, { id: runId });
}

export interface PrintScenario {
  accounts: Record<'paper' | 'ebill' | 'serviceOnly' | 'ebillNoEmail', ServiceAccount & { customerId: string; name: string }>;
  juneRunId: string;
  julyRunId: string;
}

/**
 * Four accounts on one cycle, billed for June (posted), then a payment by one of them, then the
 * July run calculated (not yet approved): the statement, the 13-month history and paperless all
 * have something to show.
 */
export async function printScenario(t: TestServer): Promise<PrintScenario> {
  const setup = await makeBillingSetup(t);
  const make = async (sequence: number, customer: Record<string, unknown>, paperless: boolean) => {
    const account = await makeServedAccount(t, setup, { reads: monthlyReads(5000, 6), sequence });
    const [row] = await t.sql(`select customer_id::text id from account where id = $1`, [account.accountId]);
    await t.sql(`update customer set name = $2, mailing_address = $3, email = $4 where id = $1`,
      [row.id, customer.name, customer.mailingAddress ?? null, customer.email ?? null]);
    if (paperless) await t.ok(`mutation($id: ID!) { updateAccount(id: $id, input: { paperless: true }) { id } }`, { id: account.accountId });
    return { ...account, customerId: row.id as string, name: customer.name as string };
  };
  const accounts = {
    paper: await make(1, { name: `O'Brien, "Pat"`, mailingAddress: 'PO Box 12, Port Arthur TX 77641', email: 'pat@example.com' }, false),
    ebill: await make(2, { name: 'Ana Ruiz', email: 'ana@example.com' }, true),
    serviceOnly: await make(3, { name: 'Lee Chen' }, false),
    ebillNoEmail: await make(4, { name: 'Sam Moss' }, true),
  };
  const juneRunId = await calculatedRun(t, setup.cycle.id, ['2026-05-25', '2026-06-05'], '2026-06-06');
  await approveAndPost(t, juneRunId);
  const [june] = await t.sql(`select total::text from bill where run_id = $1 and account_id = $2`, [juneRunId, accounts.paper.accountId]);
  await t.ok(`mutation($i: PaymentInput!) { postPayment(input: $i) { id } }`, {
    i: { accountId: accounts.paper.accountId, amount: june.total, method: 'CHECK', receivedOn: '2026-06-20', reference: '1001', idempotencyKey: randomUUID() },
  });
  const julyRunId = await calculatedRun(t, setup.cycle.id, ['2026-06-25', '2026-07-05'], '2026-07-06');
  return { accounts, juneRunId, julyRunId };
}

/** GET a file over HTTP as a role (or with no session when `as` is null). */
export async function download(t: TestServer, base: string, path: string, as: Role | null, customerId?: string) {
  const headers: Record<string, string> = as === null ? {} : { authorization: `Bearer ${await t.tokenFor(as, customerId)}` };
  const response = await fetch(base + path, { headers });
  return { status: response.status, type: response.headers.get('content-type') ?? '', disposition: response.headers.get('content-disposition') ?? '', body: Buffer.from(await response.arrayBuffer()) };
}
