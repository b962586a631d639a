import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../server/src/shared/clock.js';
import { startTestServer, type TestServer } from '../setup/harness.js';
import { balanceOf, makeAccount, postPayment, Role } from '../payments/fixtures.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ clock: fixedClock('2026-09-30T16:00:00Z') });
});
afterAll(() => t.close());

describe('the ledger in the database', () => {
  it("should refuse UPDATE and DELETE of a payment's ledger entry, keeping the balance", async () => {
    const account = await makeAccount(t);
    const { data } = await postPayment(t, { accountId: account.id, amount: '25.00', receivedOn: '2026-09-30' });
    const entryId = data!.postPayment.entryId;
    await expect(t.sql('update ledger_entry set amount = -1 where id = $1', [entryId])).rejects.toThrow(/append-only/);
    await expect(t.sql('delete from ledger_entry where id = $1', [entryId])).rejects.toThrow(/append-only/);
    expect(await balanceOf(t, account.id)).toBe('-25.00');
  });

  it('should allow one PAYMENT entry per payment, and record the kind a reversal mirrors even when its writer leaves it out', async () => {
    const account = await makeAccount(t);
    const { data } = await postPayment(t, { accountId: account.id, amount: '25.00', receivedOn: '2026-09-30' });
    const { id, entryId } = data!.postPayment;
    await expect(t.sql(`insert into ledger_entry (account_id, kind, amount, posted_on, description, source, source_id) values ($1, 'PAYMENT', -25, '2026-09-30', 'again', 'PAYMENT', $2)`, [account.id, id]))
      .rejects.toThrow(/ledger_entry_payment_key/);
    const [reversal] = await t.sql(`insert into ledger_entry (account_id, kind, amount, posted_on, description, source, reverses_id) values ($1, 'REVERSAL', 25, '2026-09-30', 'undo', 'TEST', $2) returning original_kind`, [account.id, entryId]);
    expect(reversal.original_kind).toBe('PAYMENT');
  });

  it('should show the ledger and the GL account map to office and reporting roles only', async () => {
    const map = await t.ok<any>(`{ glAccountMap(first: 100, filter: { rule: { eq: "SOURCE" } }) { totalCount nodes { qualifier debit credit } } }`, {}, Role.REPORTING);
    expect(map.glAccountMap.nodes).toEqual(expect.arrayContaining([{ qualifier: 'CARD_PROCESSOR_FEE', debit: '101-6200', credit: '101-1050' }]));
    expect((await t.gql(`{ glAccountMap { totalCount } }`, {}, Role.FIELD)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const SAVE = `mutation($i: GlAccountMappingInput!) { updateGlAccountMapping(input: $i) { rule qualifier debit credit } }`;
    const input = { rule: 'CHARGE', qualifier: 'OTHER', debit: '110-1200', credit: '690-4190', description: 'Other service revenue' };
    expect((await t.gql(SAVE, { i: input }, Role.SUPERVISOR)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.ok<any>(SAVE, { i: input }, Role.ADMIN)).updateGlAccountMapping).toEqual({ rule: 'CHARGE', qualifier: 'OTHER', debit: '110-1200', credit: '690-4190' });
    const bad = await t.gql(SAVE, { i: { ...input, qualifier: 'ELECTRIC', credit: '1-2-3-4-5-6-7-8' } }, Role.ADMIN);
    expect(bad.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'qualifier' }), expect.objectContaining({ field: 'credit' })]);
  });
});
