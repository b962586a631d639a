import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, startTestServer, type TestServer } from '../setup/harness.js';
import { makeCustomer, makeCycle, makeRateSchedule, makeServicePoint, unique } from '../fixtures.js';

let t: TestServer;
const tag = unique('L');
beforeAll(async () => {
  t = await startTestServer();
  const cycle = await makeCycle(t);
  const code = await makeRateSchedule(t);
  for (let i = 0; i < 12; i++) {
    const customer = await makeCustomer(t, { name: `${tag} Customer ${String(i).padStart(2, '0')}`, customerClass: i % 3 === 0 ? 'COMMERCIAL' : 'RESIDENTIAL' });
    const { premise } = await makeServicePoint(t, '2026-01-02');
    await t.ok(`mutation($i: StartServiceInput!) { startService(input: $i) { id } }`, {
      i: { customerId: customer.id, premiseId: premise.id, startDate: '2026-01-02', cycleId: cycle.id, rateScheduleCodes: [code] },
    });
  }
});
afterAll(() => t.close());

/** Counts the SQL statements the ORM connection sends while `work` runs. */
async function statements(work: () => Promise<unknown>): Promise<number> {
  const knex = t.running.services.orm.em.getConnection().getKnex();
  let n = 0;
  const listener = () => n++;
  knex.on('query', listener);
  try {
    await work();
  } finally {
    knex.removeListener('query', listener);
  }
  return n;
}

describe('Relay connections', () => {
  it('should filter, sort and page with cursors, both ways', async () => {
    const q = `query($f: CustomerFilter, $after: String, $before: String, $first: Int, $last: Int) {
      customers(filter: $f, orderBy: [{ field: NAME, direction: DESC }], first: $first, after: $after, last: $last, before: $before) {
        totalCount edges { cursor node { name } } nodes { name } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    const f = { name: { startsWith: tag } };
    const p1 = (await t.ok<any>(q, { f, first: 5 })).customers;
    expect(p1.totalCount).toBe(12);
    expect(p1.nodes.map((n: any) => n.name.slice(-2))).toEqual(['11', '10', '09', '08', '07']);
    expect(p1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const p2 = (await t.ok<any>(q, { f, first: 5, after: p1.pageInfo.endCursor })).customers;
    expect(p2.nodes.map((n: any) => n.name.slice(-2))).toEqual(['06', '05', '04', '03', '02']);
    const back = (await t.ok<any>(q, { f, last: 3, before: p2.pageInfo.startCursor })).customers;
    expect(back.nodes.map((n: any) => n.name.slice(-2))).toEqual(['09', '08', '07']);
    expect(back.pageInfo.hasPreviousPage).toBe(true);
  });

  it('should combine filters and free-text search, and page by offset for page-numbered screens', async () => {
    const res = await t.ok<any>(`query($q: String) { customers(filter: { q: $q, customerClass: { eq: COMMERCIAL } }, orderBy: [{ field: NAME }], offset: 1, first: 2) { totalCount nodes { name customerClass } } }`, { q: tag.toLowerCase() });
    expect(res.customers.totalCount).toBe(4);
    expect(res.customers.nodes.map((n: any) => n.name.slice(-2))).toEqual(['03', '06']);
  });

  it('should refuse unbounded pages and foreign cursors with BAD_USER_INPUT naming the argument', async () => {
    const big = await t.gql(`{ customers(first: 501) { totalCount } }`);
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const cursor = await t.gql(`{ customers(after: "bm90LWEtY3Vyc29y") { totalCount } }`);
    expect(cursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('should cost the same few SQL statements for 5 rows and for 50 (DataLoader, no N+1)', async () => {
    const q = `query($n: Int) { accounts(first: $n, filter: { customerName: { startsWith: "${tag}" } }, orderBy: [{ field: NUMBER }]) {
      totalCount nodes { number status customer { name } } } }`;
    await t.ok(q, { n: 1 }); // warm the session cache
    const small = await statements(() => t.ok(q, { n: 5 }));
    const large = await statements(() => t.ok(q, { n: 50 }));
    expect(small).toBeGreaterThanOrEqual(2); // rows + customers at least: the counter counts
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(3);
    const wide = `query { accounts(first: 50, filter: { customerName: { startsWith: "${tag}" } }) { nodes { number balance customer { name } premise { address routeCode } cycle { code } } } }`;
    const rows = (await t.ok<any>(wide)).accounts.nodes;
    expect(rows).toHaveLength(12);
    expect(await statements(() => t.ok(wide))).toBeLessThanOrEqual(6);
  });

  it('should refuse documents nested too deep', async () => {
    const deep = `{ accounts { nodes { customer { accounts { nodes { customer { accounts { nodes { customer { accounts { nodes { premise { route { cycle { code } } } } } } } } } } } } } } }`;
    const res = await t.gql(deep, {}, Role.ADMIN);
    expect(res.errors?.[0]?.message).toMatch(/levels deep/);
  });
});
