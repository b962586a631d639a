import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../server/src/shared/clock.js';
import { startTestServer, type TestServer } from '../setup/harness.js';
import { balanceOf, gqlAsCustomer, makeAccount, postCharge, postPayment, Role } from './fixtures.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ clock: fixedClock('2026-04-15T16:00:00Z') });
});
afterAll(() => t.close());

describe('postPayment', () => {
  it('should credit the account at once and leave a credit balance when overpaid', async () => {
    const account = await makeAccount(t);
    await postCharge(t, account.id, '52.75', '2026-03-31', '2026-04-20');
    const paid = await postPayment(t, { accountId: account.id, amount: '60.00', method: 'CHECK', receivedOn: '2026-04-14', reference: '1042' });
    expect(paid.errors).toBeUndefined();
    expect(paid.data!.postPayment).toMatchObject({ accountId: account.id, amount: '60.00', method: 'CHECK', status: 'POSTED', receivedOn: '2026-04-14', reference: '1042' });
    expect(await balanceOf(t, account.id)).toBe('-7.25');
    const [entry] = await t.sql(`select kind, amount::text, posted_on, method, source, source_id::text from ledger_entry where id = $1`, [paid.data!.postPayment.entryId]);
    expect(entry).toEqual({ kind: 'PAYMENT', amount: '-60.00', posted_on: '2026-04-14', method: 'CHECK', source: 'PAYMENT', source_id: paid.data!.postPayment.id });
  });

  it('should return the first payment unchanged when the same key is posted again with the same content', async () => {
    const account = await makeAccount(t);
    const input = { accountId: account.id, amount: '25.5', receivedOn: '2026-04-15', idempotencyKey: randomUUID(), reference: ' 77 ' };
    const first = await postPayment(t, input);
    const again = await postPayment(t, { ...input, amount: '25.50', reference: '77' });
    expect(again.data!.postPayment.id).toBe(first.data!.postPayment.id);
    expect(await balanceOf(t, account.id)).toBe('-25.50');
  });

  it('should refuse the same key with different content as CONFLICT naming the fields', async () => {
    const account = await makeAccount(t);
    const key = randomUUID();
    await postPayment(t, { accountId: account.id, amount: '10.00', receivedOn: '2026-04-15', idempotencyKey: key });
    const other = await postPayment(t, { accountId: account.id, amount: '11.00', method: 'CHECK', receivedOn: '2026-04-15', idempotencyKey: key });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_MISMATCH', fields: ['amount', 'method'] });
    expect(await balanceOf(t, account.id)).toBe('-10.00');
  });

  it.each([
    ['amount', { amount: '0.00' }],
    ['amount', { amount: '-5.00' }],
    ['receivedOn', { receivedOn: '2026-04-16' }],
    ['idempotencyKey', { idempotencyKey: '  ' }],
  ])('should refuse a bad %s with BAD_USER_INPUT and write nothing', async (field, change) => {
    const account = await makeAccount(t);
    const result = await postPayment(t, { accountId: account.id, amount: '10.00', receivedOn: '2026-04-15', ...change });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await t.sql('select id from payment where account_id = $1', [account.id])).toEqual([]);
  });

  it('should say NOT_FOUND for an unknown account', async () => {
    const result = await postPayment(t, { accountId: '999999999', amount: '10.00', receivedOn: '2026-04-15' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'accountId' });
  });

  it('should let office roles take payments and refuse field crews, reporting tools and customers', async () => {
    const account = await makeAccount(t);
    for (const role of [Role.CLERK, Role.SUPERVISOR, Role.ADMIN]) {
      expect((await postPayment(t, { accountId: account.id, amount: '1.00', receivedOn: '2026-04-15' }, role)).errors).toBeUndefined();
    }
    for (const role of [Role.FIELD, Role.REPORTING]) {
      expect((await postPayment(t, { accountId: account.id, amount: '1.00', receivedOn: '2026-04-15' }, role)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const mutation = `mutation { postPayment(input: { accountId: "${account.id}", amount: "1.00", method: CASH, receivedOn: "2026-04-15", idempotencyKey: "${randomUUID()}" }) { id } }`;
    expect((await gqlAsCustomer(t, account.customerId, mutation)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await t.gql(`mutation { postPayment(input: { accountId: "${account.id}", amount: "1.00", method: CASH, receivedOn: "2026-04-15", idempotencyKey: "x" }) { id } }`, {}, null);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await balanceOf(t, account.id)).toBe('-3.00');
  });
});

describe('postPayment under concurrency', () => {
  it('should leave exactly 80 payments and the right balance after 100 concurrent calls, 20 repeating a key', async () => {
    const account = await makeAccount(t);
    await postCharge(t, account.id, '500.00', '2026-03-31', '2026-04-20');
    const keys = Array.from({ length: 80 }, () => randomUUID());
    const calls = [...keys, ...keys.slice(0, 20)].map((key, i) => ({ key, amount: `${(i % 80) + 1}.25` }));
    calls.sort(() => Math.random() - 0.5);
    const results = await Promise.all(calls.map(c => postPayment(t, { accountId: account.id, amount: c.amount, receivedOn: '2026-04-15', idempotencyKey: c.key })));
    expect(results.flatMap(r => r.errors ?? [])).toEqual([]);
    const byKey = new Map<string, Set<string>>();
    results.forEach((r, i) => byKey.set(calls[i]!.key, (byKey.get(calls[i]!.key) ?? new Set()).add(r.data!.postPayment.id)));
    expect([...byKey.values()].every(ids => ids.size === 1)).toBe(true);
    const [counted] = await t.sql(`select count(*)::int as n, sum(amount)::text as total from payment where account_id = $1`, [account.id]);
    expect(counted.n).toBe(80);
    const paid = (80 * 81) / 2 + 80 * 0.25; // 1 + 2 + … + 80, each with .25: whole cents, exact in a double
    expect(counted.total).toBe(paid.toFixed(2));
    expect(await balanceOf(t, account.id)).toBe((500 - paid).toFixed(2));
    const [entries] = await t.sql(`select count(*)::int as n from ledger_entry where account_id = $1 and kind = 'PAYMENT'`, [account.id]);
    expect(entries.n).toBe(80);
  });
});
