import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, startTestServer, type TestServer } from '../setup/harness.js';
import { makeCustomer, makeCycle, makeRateSchedule, makeServicePoint } from '../fixtures.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

describe('audit log', () => {
  it('should record who changed what, when, with the values before and after', async () => {
    const customer = await makeCustomer(t, { name: 'Audit Person', phone: '409-555-0000' });
    await t.ok(`mutation($id: ID!) { updateCustomer(id: $id, input: { phone: "409-555-1111" }) { id } }`, { id: customer.id }, Role.SUPERVISOR);
    const log = await t.ok<any>(`query($id: String) { auditEvents(filter: { entity: { eq: "customer" }, entityId: { eq: $id } }, orderBy: [{ field: AT }]) {
      nodes { action actorEmail operation before after at } } }`, { id: customer.id }, Role.SUPERVISOR);
    const [insert, update] = log.auditEvents.nodes;
    expect(insert).toMatchObject({ action: 'INSERT', operation: 'createCustomer', before: null });
    expect(insert.actorEmail).toMatch(/^clerk-/);
    expect(insert.after).toMatchObject({ name: 'Audit Person', phone: '409-555-0000' });
    expect(update).toMatchObject({ action: 'UPDATE', operation: 'updateCustomer', before: { phone: '409-555-0000' } });
    expect(update.actorEmail).toMatch(/^supervisor-/);
    expect(update.after).toMatchObject({ phone: '409-555-1111' });
    expect(update.after.name).toBeUndefined(); // only what changed
  });

  it('should log API tokens, drawers and single reads too, never a token hash', async () => {
    const me = await t.ok<any>(`{ me { id } }`, {}, Role.ADMIN);
    const token = await t.ok<any>(`mutation($i: ApiTokenInput!) { createApiToken(input: $i) { id } }`, { i: { userId: me.me.id, label: 'GIS export' } }, Role.ADMIN);
    const batch = await t.ok<any>(`mutation { openBatch(input: { drawer: "Window 9" }) { id } }`);
    const point = await makeServicePoint(t);
    const read = await t.ok<any>(`mutation($i: MeterReadInput!) { recordMeterRead(input: $i) { id } }`, { i: { meterId: point.meter.id, readOn: '2026-03-02', value: '1234', source: 'FIELD' } }, Role.FIELD);
    const logged = async (entity: string, id: string) => (await t.sql(`select action, after from audit_event where entity = $1 and entity_id = $2`, [entity, id]));
    const [session] = await logged('session', token.createApiToken.id);
    expect(session).toMatchObject({ action: 'INSERT', after: { label: 'GIS export' } });
    expect(Object.keys(session.after)).not.toContain('token_hash');
    expect(await logged('payment_batch', batch.openBatch.id)).toEqual([expect.objectContaining({ action: 'INSERT' })]);
    expect(await logged('meter_read', read.recordMeterRead.id)).toEqual([expect.objectContaining({ action: 'INSERT', after: expect.objectContaining({ value: '1234' }) })]);
  });

  it('should never store a password hash in the audit log', async () => {
    const rows = await t.sql(`select after from audit_event where entity = 'app_user'`);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(Object.keys(row.after)).not.toContain('password_hash');
  });

  it('should refuse UPDATE, DELETE and TRUNCATE of audit rows in the database itself', async () => {
    await expect(t.sql(`update audit_event set actor_email = 'someone-else'`)).rejects.toThrow(/append-only/);
    await expect(t.sql(`delete from audit_event`)).rejects.toThrow(/append-only/);
    await expect(t.sql(`truncate audit_event`)).rejects.toThrow(/append-only/);
  });
});

describe('ledger immutability', () => {
  it('should refuse UPDATE and DELETE of a ledger entry in the database itself', async () => {
    const cycle = await makeCycle(t);
    const customer = await makeCustomer(t);
    const { premise } = await makeServicePoint(t, '2026-01-02');
    const code = await makeRateSchedule(t);
    const { startService } = await t.ok<any>(`mutation($i: StartServiceInput!) { startService(input: $i) { id } }`, {
      i: { customerId: customer.id, premiseId: premise.id, startDate: '2026-01-02', cycleId: cycle.id, rateScheduleCodes: [code] },
    });
    const [entry] = await t.sql(`insert into ledger_entry (account_id, kind, amount, posted_on, description, source) values ($1, 'CHARGE', '52.75', '2026-02-01', 'test charge', 'TEST') returning id`, [startService.id]);
    await expect(t.sql(`update ledger_entry set amount = 0 where id = $1`, [entry.id])).rejects.toThrow(/append-only/);
    await expect(t.sql(`delete from ledger_entry where id = $1`, [entry.id])).rejects.toThrow(/append-only/);
    const balance = await t.ok<any>(`query($id: ID!) { account(id: $id) { balance } }`, { id: startService.id });
    expect(balance.account.balance).toBe('52.75');
  });
});

describe('records the bulk tables point to', () => {
  it('should refuse to delete a meter, an account or a bill run (their reads, bills and entries carry no foreign key)', async () => {
    const cycle = await makeCycle(t);
    const customer = await makeCustomer(t);
    const { premise, meter } = await makeServicePoint(t, '2026-01-02');
    const code = await makeRateSchedule(t);
    const { startService } = await t.ok<any>(`mutation($i: StartServiceInput!) { startService(input: $i) { id } }`, {
      i: { customerId: customer.id, premiseId: premise.id, startDate: '2026-01-02', cycleId: cycle.id, rateScheduleCodes: [code] },
    });
    const [run] = await t.sql(`insert into bill_run (number, kind, cycle_id, status, read_window_start, read_window_end, bill_date, due_date)
      values ('RDEL', 'CYCLE', $1, 'CANCELLED', '2026-01-25', '2026-02-05', '2026-02-06', '2026-02-27') returning id`, [cycle.id]);
    await expect(t.sql(`delete from meter where id = $1`, [meter.id])).rejects.toThrow(/meter rows are never deleted/);
    await expect(t.sql(`delete from account where id = $1`, [startService.id])).rejects.toThrow(/account rows are never deleted/);
    await expect(t.sql(`delete from bill_run where id = $1`, [run.id])).rejects.toThrow(/bill_run rows are never deleted/);
    expect(await t.sql(`select count(*)::int n from meter_read where meter_id = $1`, [meter.id])).toEqual([{ n: 1 }]);
  });
});
