import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../server/src/shared/clock.js';
import { startTestServer, type TestServer } from '../setup/harness.js';
import { gqlAsCustomer, makeAccount, Role, type TestAccount } from './fixtures.js';

let t: TestServer;
let account: TestAccount;
beforeAll(async () => {
  t = await startTestServer({ clock: fixedClock('2026-10-01T16:00:00Z') });
  account = await makeAccount(t);
});
afterAll(() => t.close());

/** Who may run what (issue 5 "Roles"); each operation runs with input that would fail after authorization, so nothing is written. */
const OPERATIONS: Record<string, { query: string; allowed: Role[] }> = {
  postPayment: { query: `mutation { postPayment(input: { accountId: "0", amount: "1.00", method: CASH, receivedOn: "2026-10-01", idempotencyKey: "roles" }) { id } }`, allowed: [Role.ADMIN, Role.SUPERVISOR, Role.CLERK] },
  importPayments: { query: `mutation { importPayments(input: { format: LOCKBOX_CSV, fileName: "x", content: "" }) { imported } }`, allowed: [Role.ADMIN, Role.SUPERVISOR, Role.CLERK] },
  openBatch: { query: `mutation { openBatch(input: { drawer: "" }) { id } }`, allowed: [Role.ADMIN, Role.SUPERVISOR, Role.CLERK] },
  createAdjustment: { query: `mutation { createAdjustment(input: { accountId: "0", amount: "0", reasonCode: "OTHER", note: "" }) { id } }`, allowed: [Role.ADMIN, Role.SUPERVISOR, Role.CLERK] },
  collectDeposit: { query: `mutation { collectDeposit(input: { accountId: "0", method: CASH, idempotencyKey: "" }) { id } }`, allowed: [Role.ADMIN, Role.SUPERVISOR, Role.CLERK] },
  reversePayment: { query: `mutation { reversePayment(input: { paymentId: "0", reason: "" }) { id } }`, allowed: [Role.ADMIN, Role.SUPERVISOR] },
  approveAdjustment: { query: `mutation { approveAdjustment(id: "0") { id } }`, allowed: [Role.ADMIN, Role.SUPERVISOR] },
  refundCredit: { query: `mutation { refundCredit(input: { accountId: "0", amount: "0", method: CHECK, reason: "", idempotencyKey: "" }) { id } }`, allowed: [Role.ADMIN, Role.SUPERVISOR] },
  transferBalance: { query: `mutation { transferBalance(input: { fromAccountId: "0", toAccountId: "0", amount: "0", reason: "", idempotencyKey: "" }) { id } }`, allowed: [Role.ADMIN, Role.SUPERVISOR] },
  runLateFees: { query: `mutation { runLateFees(asOf: "1990-01-01") { total } }`, allowed: [Role.ADMIN, Role.SUPERVISOR] },
  updateBillingPolicy: { query: `mutation { updateBillingPolicy(input: { reconnectFee: "-1" }) { id } }`, allowed: [Role.ADMIN] },
  updateGlAccountMapping: { query: `mutation { updateGlAccountMapping(input: { rule: "NOPE", debit: "", credit: "" }) { id } }`, allowed: [Role.ADMIN] },
  agingReport: { query: `{ agingReport(asOf: "1990-01-01") { total } }`, allowed: [Role.ADMIN, Role.SUPERVISOR, Role.CLERK, Role.REPORTING] },
  glJournal: { query: `{ glJournal(from: "1990-01-01", to: "1990-01-31") { glAccount } }`, allowed: [Role.ADMIN, Role.SUPERVISOR, Role.CLERK, Role.REPORTING] },
  payments: { query: `{ payments(first: 1) { totalCount } }`, allowed: [Role.ADMIN, Role.SUPERVISOR, Role.CLERK, Role.REPORTING] },
};

describe('roles of the receivables operations', () => {
  it.each(Object.entries(OPERATIONS))('%s: only the roles allowed get past authorization', async (_name, { query, allowed }) => {
    for (const role of [Role.ADMIN, Role.SUPERVISOR, Role.CLERK, Role.FIELD, Role.REPORTING]) {
      const code = (await t.gql(query, {}, role)).errors?.[0]?.extensions?.code;
      if (allowed.includes(role)) expect(code, `${role} is allowed`).not.toBe('FORBIDDEN');
      else expect(code, `${role} is refused`).toBe('FORBIDDEN');
    }
    expect((await gqlAsCustomer(t, account.customerId, query)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("should show a customer its own account's balance and aging, never another's", async () => {
    const other = await makeAccount(t);
    const query = `query($id: ID!) { account(id: $id) { balance aging { total } } }`;
    expect((await gqlAsCustomer(t, account.customerId, query, { id: account.id })).data.account).toEqual({ balance: '0.00', aging: { total: '0.00' } });
    expect((await gqlAsCustomer(t, account.customerId, query, { id: other.id })).data.account).toBeNull();
  });
});
