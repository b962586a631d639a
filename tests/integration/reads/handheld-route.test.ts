import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../server/src/shared/clock.js';
import { makeBillingSetup, makeServedAccount, monthlyReads } from '../billing/cycle-fixture.js';
import { installMeter, makeMeter, makePremise } from '../fixtures.js';
import { Role, startTestServer, type TestServer } from '../setup/harness.js';
import { readsOf } from './read-fixture.js';

let t: TestServer;
let base: string;
beforeAll(async () => {
  t = await startTestServer({ clock: fixedClock('2026-08-01T16:00:00Z', 'America/Chicago') });
  base = await t.listen();
});
afterAll(() => t.close());

const auth = async (role: Role) => ({ Authorization: `Bearer ${await t.tokenFor(role)}` });
const download = async (code: string, query = '', role = Role.FIELD) => fetch(`${base}/routes/${code}/neptune-route.txt${query}`, { headers: await auth(role) });
const upload = async (format: string, fileName: string, body: string, role = Role.FIELD) =>
  fetch(`${base}/imports/meter-reads?format=${format}&fileName=${encodeURIComponent(fileName)}`, { method: 'POST', headers: await auth(role), body });

/** What a handheld does: key a reading into RDGDT positions 89–98 (implied decimals 0). */
function keyReading(text: string, meterSerial: string, reading: number): string {
  const lines = text.split('\r\n');
  const at = lines.findIndex(l => l.startsWith('MTRDT') && l.slice(37, 57).trim() === meterSerial);
  const rdg = lines[at + 1]!;
  lines[at + 1] = rdg.slice(0, 88) + String(reading).padStart(10, '0') + rdg.slice(98);
  return lines.join('\r\n');
}

describe('the Neptune handheld route file', () => {
  it('should export a route in read order with previous reads and limits, and import the completed file as HANDHELD reads', async () => {
    const setup = await makeBillingSetup(t);
    const code = `HH${process.pid % 10000}`.slice(0, 10);
    await t.ok(`mutation($i: RouteInput!) { createRoute(input: $i) { id } }`, { i: { code, name: 'Handheld test', cycleId: setup.cycle.id } });
    await t.ok(`mutation($i: ReadScheduleInput!) { createReadSchedule(input: $i) { id } }`, { i: { cycleId: setup.cycle.id, readDate: '2026-08-03' } });
    const served = await makeServedAccount(t, setup, { routeCode: code, sequence: 20, reads: monthlyReads(3000, 4) }); // Feb..May: 3,000 … 12,000
    const vacant = await makePremise(t, { routeCode: code, sequence: 10 });
    const vacantMeter = await makeMeter(t, { dials: 5 });
    await installMeter(t, vacantMeter.id, vacant.id, '2026-01-02', '400');

    const scheduled = await download(code);
    expect(scheduled.status).toBe(200);
    expect((await scheduled.text()).split('\r\n')[1]!.slice(23, 31)).toBe('20260803'); // the cycle's next scheduled read
    const response = await download(code, '?readDate=2026-06-01');
    expect(response.headers.get('content-disposition')).toContain(`route-${code}-2026-06-01.txt`);
    const file = await response.text();
    const lines = file.split('\r\n').filter(Boolean);
    expect(lines.map(l => l.slice(0, 5))).toEqual(['COMHD', 'RTEHD', 'PRMDT', 'MTRDT', 'RDGDT', 'PRMDT', 'MTRDT', 'RDGDT', 'RTETR', 'COMTR']);
    expect(lines[2]!.slice(57, 83).trim()).toBe('VACANT'); // read order: sequence 10 first
    expect(lines[5]!.slice(103, 123).trim()).toBe(served.number);
    expect(lines[5]!.slice(123, 127)).toBe('ACTI');
    const rdg = lines[7]!;
    expect(rdg.slice(78, 88)).toBe('0000012000'); // previous read
    // ~3,000 gallons a month: high = 12,000 + 3 × average, low = 12,000 + ¼ × average.
    expect(Number(rdg.slice(58, 68))).toBeGreaterThan(20_000);
    expect(Number(rdg.slice(68, 78))).toBeGreaterThan(12_500);
    expect(lines[8]!.slice(23, 35)).toBe('000002000002');

    const serial = lines[6]!.slice(37, 57).trim();
    const completed = keyReading(file, serial, 15000); // the vacant premise's meter is left unread
    const imported = await upload('NEPTUNE_ROUTE', `route-${code}-done.txt`, completed);
    expect(imported.status).toBe(200);
    expect(await imported.json()).toMatchObject({ format: 'NEPTUNE_ROUTE', reads: 1, imported: 1, noReads: 1, alerts: 1, alreadyImported: false });
    const reads = await readsOf(t, served.meterId);
    const handheld = reads.find(r => r.source === 'HANDHELD');
    expect(handheld).toMatchObject({ value: '15000.000000', read_on: '2026-06-01' });
    expect(handheld.read_at.toISOString()).toBe('2026-06-01T12:00:00.000Z');
    expect(await t.sql(`select flag::text, read_on::text from ami_alert where meter_id = $1`, [vacantMeter.id])).toEqual([{ flag: 'NO_READ', read_on: '2026-06-01' }]);
  });

  it('should number a premise without a read sequence after the last one, so a handheld reads it last', async () => {
    const setup = await makeBillingSetup(t);
    const code = `HS${process.pid % 10000}`.slice(0, 10);
    await t.ok(`mutation($i: RouteInput!) { createRoute(input: $i) { id } }`, { i: { code, name: 'Unsequenced', cycleId: setup.cycle.id } });
    const unsequenced = await makePremise(t, { routeCode: code });
    await t.sql(`update premise set sequence = null where id = $1`, [unsequenced.id]);
    const sequenced = await makePremise(t, { routeCode: code, sequence: 30 });
    for (const premise of [unsequenced, sequenced]) await installMeter(t, (await makeMeter(t, {})).id, premise.id, '2026-01-02', '0');
    const text = await (await download(code, '?readDate=2026-06-01')).text();
    // MTRDT: record id (5), then the read sequence (6).
    const sequences = text.split('\r\n').filter(l => l.startsWith('MTRDT')).map(l => Number(l.slice(5, 11)));
    expect(sequences).toEqual([30, 40]);
  });

  it('should answer 404 for an unknown route, 400 without a read date, 403 for REPORTING', async () => {
    expect((await download('NOPE-ROUTE', '?readDate=2026-06-01')).status).toBe(404);
    await t.ok(`mutation { createRoute(input: { code: "HHNODATE" }) { id } }`).catch(() => undefined);
    const noDate = await download('HHNODATE');
    expect(noDate.status).toBe(400);
    expect(((await noDate.json()) as any).extensions.field).toBe('readDate');
    expect((await download('HHNODATE', '?readDate=2026-06-01', Role.REPORTING)).status).toBe(403);
  });
});
