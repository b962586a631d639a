import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../server/src/shared/clock.js';
import { startTestServer, type TestServer } from '../setup/harness.js';
import { makeAccount, postPayment, Role } from './fixtures.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ clock: fixedClock('2026-05-14T22:00:00Z') });
});
afterAll(() => t.close());

const OPEN = `mutation($i: OpenBatchInput!) { openBatch(input: $i) { id kind status methods businessDate drawer } }`;
const BALANCE = `mutation($i: BalanceBatchInput!) { balanceBatch(input: $i) { id status balance { balanced actualCount actualTotal countDifference totalDifference byMethod { method count total } } } }`;
const POST = `mutation($id: ID!) { postBatch(id: $id) { id status depositTotal postedAt openedByUser { email } postedByUser { email } } }`;

describe('cash drawer batches', () => {
  it('should post a drawer only when the counted count and total match its payments', async () => {
    const account = await makeAccount(t);
    const { openBatch: batch } = await t.ok<any>(OPEN, { i: { drawer: 'Window 2' } });
    expect(batch).toMatchObject({ kind: 'DRAWER', status: 'OPEN', methods: ['CASH', 'CHECK', 'CARD'], businessDate: '2026-05-14', drawer: 'Window 2' });
    for (const [amount, method] of [['52.75', 'CASH'], ['80.00', 'CHECK'], ['19.99', 'CARD']]) {
      expect((await postPayment(t, { accountId: account.id, amount, method, receivedOn: '2026-05-14', batchId: batch.id })).errors).toBeUndefined();
    }
    const short = await t.ok<any>(BALANCE, { i: { batchId: batch.id, controlCount: 3, controlTotal: '132.74' } });
    expect(short.balanceBatch.balance).toMatchObject({ balanced: false, actualCount: 3, actualTotal: '152.74', countDifference: 0, totalDifference: '20.00' });
    const refused = await t.gql(POST, { id: batch.id });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', totalDifference: '20.00' });

    const counted = await t.ok<any>(BALANCE, { i: { batchId: batch.id, controlCount: 3, controlTotal: '152.74' } });
    expect(counted.balanceBatch.balance.balanced).toBe(true);
    expect(counted.balanceBatch.balance.byMethod).toEqual(expect.arrayContaining([{ method: 'CARD', count: 1, total: '19.99' }]));
    const posted = await t.ok<any>(POST, { id: batch.id });
    expect(posted.postBatch).toMatchObject({ status: 'POSTED', depositTotal: '132.75' }); // cash and checks; cards settle through the processor
    expect(posted.postBatch.openedByUser.email).toMatch(/^clerk-/);
    expect(posted.postBatch.postedByUser.email).toMatch(/^clerk-/);

    const late = await postPayment(t, { accountId: account.id, amount: '5.00', receivedOn: '2026-05-14', batchId: batch.id });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'batchId' });
    expect((await t.gql(POST, { id: batch.id })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('should refuse a method the drawer does not take and an unknown drawer', async () => {
    const account = await makeAccount(t);
    const { openBatch: batch } = await t.ok<any>(OPEN, { i: { drawer: 'Cash only', methods: ['CASH'] } });
    const card = await postPayment(t, { accountId: account.id, amount: '5.00', method: 'CARD', receivedOn: '2026-05-14', batchId: batch.id });
    expect(card.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'method' });
    const unknown = await postPayment(t, { accountId: account.id, amount: '5.00', receivedOn: '2026-05-14', batchId: '987654321' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'batchId' });
    const empty = await t.ok<any>(BALANCE, { i: { batchId: batch.id, controlCount: 0, controlTotal: '0.00' } });
    expect(empty.balanceBatch.balance.balanced).toBe(true);
  });

  it('should list drawers for reporting and keep field crews out', async () => {
    await t.ok(OPEN, { i: { drawer: 'Listed' } });
    const list = await t.ok<any>(`{ paymentBatches(filter: { drawer: { eq: "Listed" } }) { totalCount nodes { drawer payments { totalCount } } } }`, {}, Role.REPORTING);
    expect(list.paymentBatches.totalCount).toBeGreaterThanOrEqual(1);
    expect((await t.gql(OPEN, { i: { drawer: 'x' } }, Role.FIELD)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(OPEN, { i: { drawer: 'x' } }, Role.REPORTING)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
