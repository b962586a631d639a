import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../server/src/shared/clock.js';
import { startTestServer, type TestServer } from '../setup/harness.js';
import { balanceOf, makeAccount, postCharge, Role } from '../payments/fixtures.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ clock: fixedClock('2026-07-15T16:00:00Z') });
});
afterAll(() => t.close());

const CREATE = `mutation($i: AdjustmentInput!) { createAdjustment(input: $i) { id amount status reasonCode note postedOn entryId createdBy reason { description } } }`;
const APPROVE = `mutation($id: ID!) { approveAdjustment(id: $id) { id status postedOn entryId decidedBy } }`;
const REJECT = `mutation($id: ID!, $note: String!) { rejectAdjustment(id: $id, note: $note) { id status decisionNote } }`;

describe('adjustments', () => {
  it('should post an adjustment up to the approval limit at once, with its reason, note and author', async () => {
    const account = await makeAccount(t);
    await postCharge(t, account.id, '120.00', '2026-06-30', '2026-07-20');
    const { createAdjustment: adj } = await t.ok<any>(CREATE, { i: { accountId: account.id, amount: '-100.00', reasonCode: 'meter_error', note: 'Register misread', service: 'WATER' } });
    expect(adj).toMatchObject({ amount: '-100.00', status: 'POSTED', reasonCode: 'METER_ERROR', note: 'Register misread', postedOn: '2026-07-15', reason: { description: 'Misread or faulty meter' } });
    const nowhere = await t.gql(CREATE, { i: { accountId: '999999999', amount: '-5.00', reasonCode: 'GOODWILL', note: 'No such account' } });
    expect(nowhere.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await t.sql(`select count(*)::int n from ledger_entry where account_id = 999999999`)).toEqual([{ n: 0 }]);
    expect(adj.createdBy).toBeTruthy();
    expect(await balanceOf(t, account.id)).toBe('20.00');
    const [entry] = await t.sql('select kind, amount::text, service, source from ledger_entry where id = $1', [adj.entryId]);
    expect(entry).toEqual({ kind: 'ADJUSTMENT', amount: '-100.00', service: 'WATER', source: 'ADJUSTMENT' });
  });

  it('should hold an adjustment above the limit until a supervisor other than its author approves it', async () => {
    const account = await makeAccount(t);
    const { createAdjustment: adj } = await t.ok<any>(CREATE, { i: { accountId: account.id, amount: '-250.00', reasonCode: 'GOODWILL', note: 'Flooded basement' } }, Role.SUPERVISOR);
    expect(adj).toMatchObject({ status: 'PENDING_APPROVAL', entryId: null, postedOn: null });
    expect(await balanceOf(t, account.id)).toBe('0.00');
    expect((await t.gql(APPROVE, { id: adj.id }, Role.SUPERVISOR)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(APPROVE, { id: adj.id }, Role.CLERK)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const approved = await t.ok<any>(APPROVE, { id: adj.id }, Role.ADMIN);
    expect(approved.approveAdjustment).toMatchObject({ status: 'POSTED', postedOn: '2026-07-15' });
    expect(await balanceOf(t, account.id)).toBe('-250.00');
    expect((await t.gql(APPROVE, { id: adj.id }, Role.ADMIN)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('should reject a pending adjustment with a note, posting nothing', async () => {
    const account = await makeAccount(t);
    const { createAdjustment: adj } = await t.ok<any>(CREATE, { i: { accountId: account.id, amount: '500.00', reasonCode: 'BILLING_ERROR', note: 'Rebill missed' } });
    expect((await t.gql(REJECT, { id: adj.id, note: ' ' }, Role.SUPERVISOR)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const rejected = await t.ok<any>(REJECT, { id: adj.id, note: 'Use cancel-and-rebill' }, Role.SUPERVISOR);
    expect(rejected.rejectAdjustment).toEqual({ id: adj.id, status: 'REJECTED', decisionNote: 'Use cancel-and-rebill' });
    expect(await balanceOf(t, account.id)).toBe('0.00');
  });

  it('should post a write-off under its own GL source and replay a retried request by its key', async () => {
    const account = await makeAccount(t);
    const input = { accountId: account.id, amount: '-40.00', reasonCode: 'WRITE_OFF', note: 'Uncollectible', idempotencyKey: randomUUID() };
    const first = await t.ok<any>(CREATE, { i: input });
    expect((await t.ok<any>(CREATE, { i: input })).createAdjustment.id).toBe(first.createAdjustment.id);
    const [entry] = await t.sql('select source from ledger_entry where id = $1', [first.createAdjustment.entryId]);
    expect(entry.source).toBe('WRITE_OFF');
    expect(await balanceOf(t, account.id)).toBe('-40.00');
  });

  it.each([
    ['reasonCode', { reasonCode: 'NO_SUCH_REASON' }],
    ['amount', { amount: '0.00' }],
    ['note', { note: '  ' }],
  ])('should refuse a bad %s', async (field, change) => {
    const account = await makeAccount(t);
    const result = await t.gql(CREATE, { i: { accountId: account.id, amount: '-5.00', reasonCode: 'OTHER', note: 'x', ...change } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('should keep reporting tools and field crews from adjusting, and let admins add reason codes', async () => {
    const account = await makeAccount(t);
    for (const role of [Role.REPORTING, Role.FIELD]) {
      expect((await t.gql(CREATE, { i: { accountId: account.id, amount: '-5.00', reasonCode: 'OTHER', note: 'x' } }, role)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const SAVE = `mutation($i: AdjustmentReasonInput!) { saveAdjustmentReason(input: $i) { id description active } }`;
    expect((await t.gql(SAVE, { i: { code: 'SENIOR_DISCOUNT', description: 'x' } }, Role.SUPERVISOR)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const saved = await t.ok<any>(SAVE, { i: { code: 'senior_discount_2026', description: 'Senior discount' } }, Role.ADMIN);
    expect(saved.saveAdjustmentReason).toEqual({ id: 'SENIOR_DISCOUNT_2026', description: 'Senior discount', active: true });
    const list = await t.ok<any>(`{ adjustmentReasons(first: 100) { totalCount nodes { id } } }`, {}, Role.REPORTING);
    expect(list.adjustmentReasons.nodes.map((r: any) => r.id)).toContain('SENIOR_DISCOUNT_2026');
  });
});
