import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyDepositOnFinalBill } from '../../../server/src/deposits/index.js';
import { withTransaction } from '../../../server/src/shared/db/transaction.js';
import { fixedClock } from '../../../server/src/shared/clock.js';
import { startTestServer, type TestServer } from '../setup/harness.js';
import { balanceOf, makeAccount, postCharge, Role } from '../payments/fixtures.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ clock: fixedClock('2026-08-20T16:00:00Z'), ownDatabase: true });
});
afterAll(() => t.close());

const POLICY = `lateFeePercent lateFeeFlat lateFeeGraceDays returnedPaymentFee reconnectFee cutoffMinimumPastDue cutoffDaysPastDue leakMinRatio leakOnceInMonths
  leakBaselinePeriods leakExcessShare leakExcessRate leakCreditSewerOnExcess adjustmentApprovalAbove depositByClass { customerClass amount }`;
const COLLECT = `mutation($i: DepositInput!) { collectDeposit(input: $i) { id accountId amount status method receivedOn } }`;

describe('billing policy', () => {
  it('should change only the fields given, for administrators only', async () => {
    const before = (await t.ok<any>(`{ billingPolicy { ${POLICY} } }`, {}, Role.REPORTING)).billingPolicy;
    expect(before).toMatchObject({ lateFeePercent: '10', returnedPaymentFee: '30.00', adjustmentApprovalAbove: '100.00' });
    // Fields no other test file relies on (they share the database and its one policy row).
    const input = { reconnectFee: '55.00', leakMinRatio: '2.5', leakOnceInMonths: 24, leakCreditSewerOnExcess: false, depositByClass: [{ customerClass: 'MUNICIPAL', amount: '0.00' }] };
    expect((await t.gql(`mutation($i: BillingPolicyInput!) { updateBillingPolicy(input: $i) { id } }`, { i: input }, Role.SUPERVISOR)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const after = (await t.ok<any>(`mutation($i: BillingPolicyInput!) { updateBillingPolicy(input: $i) { ${POLICY} } }`, { i: input }, Role.ADMIN)).updateBillingPolicy;
    expect(after).toEqual({ ...before, reconnectFee: '55.00', leakMinRatio: '2.5', leakOnceInMonths: 24, leakCreditSewerOnExcess: false });
    const audit = await t.sql(`select action, before, after from audit_event where entity = 'billing_policy' order by id desc limit 1`);
    expect(audit[0]).toMatchObject({ action: 'UPDATE', after: { reconnect_fee: 55 } });
  });

  it('should refuse negative amounts and a share above 1, changing nothing', async () => {
    const result = await t.gql(`mutation { updateBillingPolicy(input: { reconnectFee: "-1.00", leakExcessShare: "1.5" }) { id } }`, {}, Role.ADMIN);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'reconnectFee' }, { field: 'leakExcessShare' }].map(f => expect.objectContaining(f)) });
  });
});

describe('deposits', () => {
  it("should collect the customer class's deposit as a liability, outside the balance", async () => {
    const account = await makeAccount(t, { customerClass: 'COMMERCIAL' });
    const key = randomUUID();
    const { collectDeposit: deposit } = await t.ok<any>(COLLECT, { i: { accountId: account.id, method: 'CHECK', reference: '4411', idempotencyKey: key } });
    expect(deposit).toMatchObject({ amount: '100.00', status: 'HELD', method: 'CHECK', receivedOn: '2026-08-20' });
    expect((await t.ok<any>(COLLECT, { i: { accountId: account.id, method: 'CHECK', reference: '4411', idempotencyKey: key } })).collectDeposit.id).toBe(deposit.id);
    const view = await t.ok<any>(`query($id: ID!) { account(id: $id) { balance depositHeld } }`, { id: account.id });
    expect(view.account).toEqual({ balance: '0.00', depositHeld: '100.00' });
    const own = await makeAccount(t, { depositAmount: '75.00' });
    expect((await t.ok<any>(COLLECT, { i: { accountId: own.id, method: 'CASH', idempotencyKey: randomUUID() } })).collectDeposit.amount).toBe('75.00');
  });

  it('should apply the deposit on the final bill and refund what is left as a credit', async () => {
    const account = await makeAccount(t);
    await t.ok(COLLECT, { i: { accountId: account.id, amount: '50.00', method: 'CASH', idempotencyKey: randomUUID() } });
    await postCharge(t, account.id, '32.40', '2026-08-20', '2026-09-10');
    const outcome = await withTransaction(t.running.services.pool, client => applyDepositOnFinalBill(client, { accountId: account.id, postedOn: '2026-08-20' }));
    expect(outcome).toEqual({ depositApplied: '50.00', refund: '17.60', balanceDue: '0.00' });
    expect(await balanceOf(t, account.id)).toBe('0.00');
    const entries = await t.sql(`select kind, amount::text, source from ledger_entry where account_id = $1 order by id`, [account.id]);
    expect(entries).toEqual([
      { kind: 'CHARGE', amount: '32.40', source: 'TEST' },
      { kind: 'DEPOSIT_APPLIED', amount: '-50.00', source: 'DEPOSIT' },
      { kind: 'REFUND', amount: '17.60', source: 'FINAL_REFUND' },
    ]);
    const again = await withTransaction(t.running.services.pool, client => applyDepositOnFinalBill(client, { accountId: account.id, postedOn: '2026-08-20' }));
    expect(again).toEqual({ depositApplied: '0.00', refund: '0.00', balanceDue: '0.00' });
    expect((await t.ok<any>(`query($id: ID!) { account(id: $id) { depositHeld } }`, { id: account.id })).account.depositHeld).toBe('0.00');
  });

  it('should refund a held deposit once, by a supervisor', async () => {
    const account = await makeAccount(t);
    const { collectDeposit: deposit } = await t.ok<any>(COLLECT, { i: { accountId: account.id, amount: '50.00', method: 'CASH', idempotencyKey: randomUUID() } });
    const REFUND = `mutation($id: ID!) { refundDeposit(depositId: $id, reference: "CHK 7001") { status refundedOn refundReference } }`;
    expect((await t.gql(REFUND, { id: deposit.id }, Role.CLERK)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.ok<any>(REFUND, { id: deposit.id }, Role.SUPERVISOR)).refundDeposit).toEqual({ status: 'REFUNDED', refundedOn: '2026-08-20', refundReference: 'CHK 7001' });
    expect((await t.gql(REFUND, { id: deposit.id }, Role.SUPERVISOR)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
