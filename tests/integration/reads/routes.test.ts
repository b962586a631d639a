import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../server/src/shared/clock.js';
import { makeCycle, makePremise } from '../fixtures.js';
import { Role, startTestServer, type TestServer } from '../setup/harness.js';

let t: TestServer;
let seq = 0;
beforeAll(async () => {
  t = await startTestServer({ clock: fixedClock('2026-08-01T16:00:00Z', 'America/Chicago') });
});
afterAll(() => t.close());

const shortCode = () => `RS${process.pid % 1000}${++seq}${Math.random().toString(36).slice(2, 4)}`.toUpperCase();
const ROUTE = `query($f: RouteFilter) { routes(filter: $f) { nodes { id code name cycle { id } nextReadDate premises(first: 50) { totalCount nodes { id sequence } } } } }`;
const routeByCode = async (code: string) => (await t.ok<any>(ROUTE, { f: { code: { eq: code } } })).routes.nodes[0];
const order = async (code: string) => (await routeByCode(code)).premises.nodes.map((p: any) => [p.id, p.sequence]);
const move = (premiseId: string, afterPremiseId: string | null) =>
  t.ok<any>(`mutation($i: MovePremiseInRouteInput!) { movePremiseInRoute(input: $i) { id sequence routeCode } }`, { i: { premiseId, afterPremiseId } });

describe('reading routes', () => {
  it('should re-sequence a route 10, 20, 30 and slot new taps in between, renumbering only when there is no gap', async () => {
    const code = shortCode();
    const [p1, p2, p3] = [await makePremise(t, { routeCode: code, sequence: 1 }), await makePremise(t, { routeCode: code, sequence: 2 }), await makePremise(t, { routeCode: code, sequence: 3 })];
    await t.ok(`mutation($i: ResequenceRouteInput!) { resequenceRoute(input: $i) { id } }`, { i: { routeCode: code, premiseIds: [p3.id, p1.id, p2.id] } });
    expect(await order(code)).toEqual([[p3.id, 10], [p1.id, 20], [p2.id, 30]]);
    const tap = await makePremise(t, { routeCode: null, sequence: null });
    expect((await move(tap.id, p3.id)).movePremiseInRoute).toMatchObject({ sequence: 15, routeCode: code });
    const more = [await makePremise(t, { routeCode: null, sequence: null }), await makePremise(t, { routeCode: null, sequence: null })];
    await move(more[0]!.id, p3.id); // 12
    await move(more[1]!.id, p3.id); // 11
    expect((await order(code)).map((x: any) => x[1])).toEqual([10, 11, 12, 15, 20, 30]);
    const squeezed = await makePremise(t, { routeCode: null, sequence: null });
    await move(squeezed.id, p3.id); // no gap between 10 and 11: the route is renumbered
    expect(await order(code)).toEqual([[p3.id, 10], [squeezed.id, 20], [more[1]!.id, 30], [more[0]!.id, 40], [tap.id, 50], [p1.id, 60], [p2.id, 70]]);
    await move(p2.id, null);
    expect((await order(code))[0]).toEqual([p2.id, 5]);
  });

  it('should refuse a re-sequencing that leaves out a premise of the route, or names one twice', async () => {
    const code = shortCode();
    const a = await makePremise(t, { routeCode: code, sequence: 1 });
    const b = await makePremise(t, { routeCode: code, sequence: 2 });
    const RESEQ = `mutation($i: ResequenceRouteInput!) { resequenceRoute(input: $i) { id } }`;
    const left = await t.gql(RESEQ, { i: { routeCode: code, premiseIds: [a.id] } });
    expect(left.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'premiseIds' });
    expect(left.errors![0]!.message).toContain(b.id);
    const twice = await t.gql(RESEQ, { i: { routeCode: code, premiseIds: [a.id, b.id, a.id] } });
    expect(twice.errors?.[0]?.extensions?.field).toBe('premiseIds');
    const none = await t.gql(RESEQ, { i: { routeCode: 'NO-SUCH', premiseIds: [] } });
    expect(none.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const field = await t.gql(RESEQ, { i: { routeCode: code, premiseIds: [b.id, a.id] } }, Role.FIELD);
    expect(field.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("should assign routes to cycles and keep each cycle's read schedule", async () => {
    const cycle = await makeCycle(t);
    const code = shortCode();
    const { createRoute } = await t.ok<any>(`mutation($i: RouteInput!) { createRoute(input: $i) { id } }`, { i: { code, name: 'North side' } });
    const { updateRoute } = await t.ok<any>(`mutation($id: ID!, $i: RouteUpdateInput!) { updateRoute(id: $id, input: $i) { name cycle { id } } }`, { id: createRoute.id, i: { name: 'North side, east', cycleId: cycle.id } });
    expect(updateRoute).toEqual({ name: 'North side, east', cycle: { id: cycle.id } });
    const CREATE = `mutation($i: ReadScheduleInput!) { createReadSchedule(input: $i) { readDate windowStart windowEnd cycle { id } } }`;
    const first = await t.ok<any>(CREATE, { i: { cycleId: cycle.id, readDate: '2026-08-03' } });
    expect(first.createReadSchedule).toEqual({ readDate: '2026-08-03', windowStart: '2026-07-29', windowEnd: '2026-08-08', cycle: { id: cycle.id } });
    await t.ok(CREATE, { i: { cycleId: cycle.id, readDate: '2026-07-01', windowStart: '2026-06-28', windowEnd: '2026-07-03' } });
    await t.ok(CREATE, { i: { cycleId: cycle.id, readDate: '2026-09-01' } });
    const again = await t.gql(CREATE, { i: { cycleId: cycle.id, readDate: '2026-09-01' } });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const outside = await t.gql(CREATE, { i: { cycleId: cycle.id, readDate: '2026-10-01', windowStart: '2026-10-02', windowEnd: '2026-10-05' } });
    expect(outside.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { readSchedule } = await t.ok<any>(`query($c: ID!) { readSchedule(cycleId: $c, from: "2026-07-15", to: "2026-12-31") { totalCount nodes { readDate } } }`, { c: cycle.id }, Role.REPORTING);
    expect(readSchedule).toEqual({ totalCount: 2, nodes: [{ readDate: '2026-08-03' }, { readDate: '2026-09-01' }] });
    expect((await routeByCode(code)).nextReadDate).toBe('2026-08-03');
    const unassigned = await t.ok<any>(`mutation($id: ID!) { updateRoute(id: $id, input: { cycleId: null }) { cycle { id } nextReadDate } }`, { id: createRoute.id });
    expect(unassigned.updateRoute).toEqual({ cycle: null, nextReadDate: null });
  });
});
