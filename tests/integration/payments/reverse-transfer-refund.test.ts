import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../server/src/shared/clock.js';
import { startTestServer, type TestServer } from '../setup/harness.js';
import { balanceOf, makeAccount, postCharge, postPayment, Role } from './fixtures.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ clock: fixedClock('2026-06-30T16:00:00Z') });
});
afterAll(() => t.close());

const REVERSE = `mutation($i: ReversePaymentInput!) { reversePayment(input: $i) { id status reversedOn returnCode returnReason } }`;
const paid = async (accountId: string, amount: string, receivedOn = '2026-06-01', method = 'CHECK') =>
  (await postPayment(t, { accountId, amount, receivedOn, method, reference: '5012' })).data!.postPayment;

describe('reversePayment', () => {
  it('should reverse a bounced check with a REVERSAL entry and the returned-payment fee', async () => {
    const account = await makeAccount(t);
    await postCharge(t, account.id, '80.00', '2026-05-31', '2026-06-20');
    const payment = await paid(account.id, '80.00');
    expect(await balanceOf(t, account.id)).toBe('0.00');
    const result = await t.ok<any>(REVERSE, { i: { paymentId: payment.id, reason: 'Check returned by the bank', returnCode: 'NSF', returnedOn: '2026-06-10' } }, Role.SUPERVISOR);
    expect(result.reversePayment).toMatchObject({ status: 'REVERSED', reversedOn: '2026-06-10', returnCode: 'NSF', returnReason: 'Insufficient funds' });
    expect(await balanceOf(t, account.id)).toBe('110.00'); // 80 again + the $30.00 fee of the seeded policy
    const entries = await t.sql(`select kind, amount::text, source, original_kind, reverses_id::text from ledger_entry where account_id = $1 and kind <> 'CHARGE' order by id`, [account.id]);
    expect(entries).toEqual([
      { kind: 'PAYMENT', amount: '-80.00', source: 'PAYMENT', original_kind: null, reverses_id: null },
      { kind: 'REVERSAL', amount: '80.00', source: 'RETURNED_PAYMENT', original_kind: 'PAYMENT', reverses_id: payment.entryId },
      { kind: 'PENALTY', amount: '30.00', source: 'RETURNED_PAYMENT_FEE', original_kind: null, reverses_id: null },
    ]);
    const again = await t.gql(REVERSE, { i: { paymentId: payment.id, reason: 'again', returnCode: 'NSF' } }, Role.SUPERVISOR);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'paymentId' });
  });

  it('should reverse a payment taken in error without a fee, and not count it as a return', async () => {
    const account = await makeAccount(t);
    const payment = await paid(account.id, '15.00');
    await t.ok(REVERSE, { i: { paymentId: payment.id, reason: 'Keyed on the wrong day' } }, Role.SUPERVISOR);
    expect(await balanceOf(t, account.id)).toBe('0.00');
    expect(await t.sql('select * from account_draft_status where account_id = $1', [account.id])).toEqual([]);
  });

  it('should take the account off bank draft after two returns in 12 months, at once for R02', async () => {
    const account = await makeAccount(t);
    const draft = async () => (await t.ok<any>(`query($id: ID!) { account(id: $id) { draftStatus { draftAllowed returnsInWindow reason } } }`, { id: account.id })).account.draftStatus;
    const first = await paid(account.id, '40.00', '2025-09-01', 'ACH');
    await t.ok(REVERSE, { i: { paymentId: first.id, reason: 'R01', returnCode: 'R01', returnedOn: '2025-09-05' } }, Role.SUPERVISOR);
    expect(await draft()).toMatchObject({ draftAllowed: true, returnsInWindow: 1 });
    const second = await paid(account.id, '40.00', '2026-06-01', 'ACH');
    await t.ok(REVERSE, { i: { paymentId: second.id, reason: 'R09', returnCode: 'r09', returnedOn: '2026-06-04' } }, Role.SUPERVISOR);
    expect(await draft()).toMatchObject({ draftAllowed: false, returnsInWindow: 2 });

    const other = await makeAccount(t);
    const closed = await paid(other.id, '40.00', '2026-06-01', 'ACH');
    await t.ok(REVERSE, { i: { paymentId: closed.id, reason: 'closed', returnCode: 'R02' } }, Role.SUPERVISOR);
    expect((await t.sql('select draft_allowed from account_draft_status where account_id = $1', [other.id]))[0]).toEqual({ draft_allowed: false });
  });

  it('should refuse clerks, reporting tools and unknown return codes', async () => {
    const account = await makeAccount(t);
    const payment = await paid(account.id, '15.00');
    expect((await t.gql(REVERSE, { i: { paymentId: payment.id, reason: 'x' } }, Role.CLERK)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(REVERSE, { i: { paymentId: payment.id, reason: 'x' } }, Role.REPORTING)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(REVERSE, { i: { paymentId: payment.id, reason: 'x', returnCode: 'BOUNCED' } }, Role.SUPERVISOR)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'returnCode' });
    expect(await balanceOf(t, account.id)).toBe('-15.00');
  });
});

describe('transfers and refunds', () => {
  const TRANSFER = `mutation($i: TransferPaymentInput!) { transferPayment(input: $i) { id accountId status } }`;

  it('should move a misapplied payment by a TRANSFER pair, and a later return follows it', async () => {
    const [wrong, right] = [await makeAccount(t), await makeAccount(t)];
    await postCharge(t, right.id, '45.00', '2026-05-31', '2026-06-20');
    const payment = await paid(wrong.id, '45.00');
    const moved = await t.ok<any>(TRANSFER, { i: { paymentId: payment.id, toAccountId: right.id, reason: 'Posted to the neighbour' } }, Role.SUPERVISOR);
    expect(moved.transferPayment).toMatchObject({ accountId: right.id, status: 'POSTED' });
    const nowhere = await t.gql(TRANSFER, { i: { paymentId: payment.id, toAccountId: '999999999', reason: 'No such account' } }, Role.SUPERVISOR);
    expect(nowhere.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'toAccountId' });
    expect([await balanceOf(t, wrong.id), await balanceOf(t, right.id)]).toEqual(['0.00', '0.00']);
    const kinds = await t.sql(`select kind, amount::text from ledger_entry where account_id = $1 order by id`, [wrong.id]);
    expect(kinds).toEqual([{ kind: 'PAYMENT', amount: '-45.00' }, { kind: 'TRANSFER', amount: '45.00' }]);
    await t.ok(REVERSE, { i: { paymentId: payment.id, reason: 'bounced', returnCode: 'NSF' } }, Role.SUPERVISOR);
    expect([await balanceOf(t, wrong.id), await balanceOf(t, right.id)]).toEqual(['0.00', '75.00']);
    const again = await t.gql(TRANSFER, { i: { paymentId: payment.id, toAccountId: wrong.id, reason: 'x' } }, Role.SUPERVISOR);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('should refund only a credit balance, once per key', async () => {
    const account = await makeAccount(t);
    await paid(account.id, '100.00');
    const REFUND = `mutation($i: RefundInput!) { refundCredit(input: $i) { id kind amount method } }`;
    const input = { accountId: account.id, amount: '60.00', method: 'CHECK', reference: '9001', reason: 'Customer moved away', idempotencyKey: randomUUID() };
    const refund = await t.ok<any>(REFUND, { i: input }, Role.SUPERVISOR);
    expect(refund.refundCredit).toMatchObject({ kind: 'CREDIT_REFUND', amount: '60.00', method: 'CHECK' });
    expect((await t.ok<any>(REFUND, { i: input }, Role.SUPERVISOR)).refundCredit.id).toBe(refund.refundCredit.id);
    expect(await balanceOf(t, account.id)).toBe('-40.00');
    const tooMuch = await t.gql(REFUND, { i: { ...input, amount: '40.01', idempotencyKey: randomUUID() } }, Role.SUPERVISOR);
    expect(tooMuch.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'amount' });
    expect((await t.gql(REFUND, { i: { ...input, idempotencyKey: randomUUID() } }, Role.CLERK)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await balanceOf(t, account.id)).toBe('-40.00');
  });

  it('should move a balance between accounts idempotently and refuse the same account twice', async () => {
    const [from, to] = [await makeAccount(t), await makeAccount(t)];
    await postCharge(t, from.id, '70.00', '2026-05-31', '2026-06-20');
    const MOVE = `mutation($i: TransferBalanceInput!) { transferBalance(input: $i) { id amount fromAccountId toAccountId } }`;
    const input = { fromAccountId: from.id, toAccountId: to.id, amount: '70.00', reason: 'Service transferred', idempotencyKey: randomUUID() };
    const first = await t.ok<any>(MOVE, { i: input }, Role.SUPERVISOR);
    expect((await t.ok<any>(MOVE, { i: input }, Role.SUPERVISOR)).transferBalance.id).toBe(first.transferBalance.id);
    expect([await balanceOf(t, from.id), await balanceOf(t, to.id)]).toEqual(['0.00', '70.00']);
    const same = await t.gql(MOVE, { i: { ...input, toAccountId: from.id, idempotencyKey: randomUUID() } }, Role.SUPERVISOR);
    expect(same.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toAccountId' });
  });
});
