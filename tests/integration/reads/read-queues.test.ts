import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../server/src/shared/clock.js';
import { unique } from '../fixtures.js';
import { startTestServer, type TestServer } from '../setup/harness.js';
import { amiCsv, importOk, makeAmiPoint, readsOf } from './read-fixture.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ clock: fixedClock('2026-08-01T16:00:00Z', 'America/Chicago') });
});
afterAll(() => t.close());

const ORPHANS = `query($f: OrphanReadFilter) { orphanReads(filter: $f, first: 50, orderBy: [{ field: READ_AT }]) {
  totalCount nodes { id reason status line endpointId meterSerial reading unit readOn meter { id } readImport { id fileName } } } }`;
const RESOLVE = `mutation($id: ID!, $meterId: ID!) { resolveOrphanRead(id: $id, meterId: $meterId) { id status resolvedReadId resolvedMeter { id } note } }`;

describe('the orphan queue', () => {
  it('should queue unknown meters, meters not installed that day and endpoint/serial mismatches, once each', async () => {
    const a = await makeAmiPoint(t);
    const b = await makeAmiPoint(t);
    const late = await makeAmiPoint(t, { installedOn: '2026-05-01' });
    const unknown = unique('MIU-NONE-');
    const rows = amiCsv([
      [unknown, '', '2026-03-31T06:00', '100'],
      [late.endpoint, '', '2026-03-31T06:00', '200'],
      [a.endpoint, b.serial, '2026-03-31T06:00', '300'],
      [a.endpoint, '', '2026-04-30T06:00', '400'],
    ]);
    const result = await importOk(t, rows);
    expect(result).toMatchObject({ reads: 4, imported: 1, orphans: 3, duplicates: 0 });
    const { orphanReads } = await t.ok<any>(ORPHANS, { f: { readImportId: { eq: result.importId } } });
    const byReason = Object.fromEntries(orphanReads.nodes.map((o: any) => [o.reason, o]));
    expect(byReason.UNKNOWN_METER).toMatchObject({ endpointId: unknown, reading: '100', unit: 'GALLON', meter: null, line: 2, status: 'OPEN' });
    expect(byReason.NOT_INSTALLED).toMatchObject({ meter: { id: late.meterId }, line: 3 });
    expect(byReason.METER_MISMATCH).toMatchObject({ endpointId: a.endpoint, meterSerial: b.serial, line: 4 });
    // The same unknown read in a later file is not queued twice: it counts as a duplicate.
    const again = await importOk(t, amiCsv([[unknown, '', '2026-03-31T06:00', '100']]));
    expect(again).toMatchObject({ reads: 1, orphans: 0, duplicates: 1 });
  });

  it('should resolve an orphan onto an installed meter, refuse a meter not installed that day, and dismiss with a note', async () => {
    const a = await makeAmiPoint(t);
    const late = await makeAmiPoint(t, { installedOn: '2026-05-01' });
    const first = unique('MIU-NEW-');
    const second = unique('MIU-NEW-');
    const result = await importOk(t, amiCsv([[first, '', '2026-03-31T06:00', '1.5', 'KGAL', 'LEAK'], [second, '', '2026-03-31T06:00', '77']]));
    const { orphanReads } = await t.ok<any>(ORPHANS, { f: { readImportId: { eq: result.importId } } });
    const [o1, o2] = [orphanReads.nodes.find((o: any) => o.endpointId === first), orphanReads.nodes.find((o: any) => o.endpointId === second)];
    const refused = await t.gql(RESOLVE, { id: o1.id, meterId: late.meterId });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'meterId' });
    const { resolveOrphanRead } = await t.ok<any>(RESOLVE, { id: o1.id, meterId: a.meterId });
    expect(resolveOrphanRead).toMatchObject({ status: 'RESOLVED', resolvedMeter: { id: a.meterId } });
    const [read] = await readsOf(t, a.meterId);
    expect(read).toMatchObject({ value: '1500.000000', source: 'AMI', import_id: result.importId, flags: ['LEAK'] });
    expect(await t.sql(`select flag::text from ami_alert where meter_id = $1`, [a.meterId])).toEqual([{ flag: 'LEAK' }]);
    const twice = await t.gql(RESOLVE, { id: o1.id, meterId: a.meterId });
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const noNote = await t.gql(`mutation($id: ID!) { dismissOrphanRead(id: $id, note: " ") { status } }`, { id: o2.id });
    expect(noNote.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    const { dismissOrphanRead } = await t.ok<any>(`mutation($id: ID!) { dismissOrphanRead(id: $id, note: "test endpoint of the vendor") { status note } }`, { id: o2.id });
    expect(dismissOrphanRead).toEqual({ status: 'DISMISSED', note: 'test endpoint of the vendor' });
    const missing = await t.gql(RESOLVE, { id: 'nope', meterId: a.meterId });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

const ALERTS = `query($f: AmiAlertFilter) { amiAlerts(filter: $f, first: 50) { totalCount nodes { id flag status readOn note meter { id } premise { id } workOrder { type status } } } }`;

describe('the AMI alert queue', () => {
  it('should queue one alert per flag and work them: acknowledge, or issue a LEAK_CHECK or INVESTIGATE work order', async () => {
    const a = await makeAmiPoint(t);
    await importOk(t, amiCsv([
      [a.endpoint, '', '2026-03-31T06:00', '100', 'GALLON', 'LEAK;REVERSE_FLOW'],
      [a.endpoint, '', '2026-04-30T06:00', '150', 'GALLON', 'NO_FLOW;LOW_BATTERY;ESTIMATED'],
    ]));
    const { amiAlerts } = await t.ok<any>(ALERTS, { f: { meterId: { eq: a.meterId } } });
    expect(amiAlerts.nodes.map((x: any) => x.flag).sort()).toEqual(['LEAK', 'NO_FLOW', 'REVERSE_FLOW']);
    const by = Object.fromEntries(amiAlerts.nodes.map((x: any) => [x.flag, x]));
    const ack = await t.ok<any>(`mutation($id: ID!) { acknowledgeAmiAlert(id: $id, note: "seasonal meter, pool closed") { status note } }`, { id: by.NO_FLOW.id });
    expect(ack.acknowledgeAmiAlert).toEqual({ status: 'ACKNOWLEDGED', note: 'seasonal meter, pool closed' });
    const WO = `mutation($i: AmiAlertWorkOrderInput!) { amiAlertWorkOrder(input: $i) { status workOrder { type status } } }`;
    expect((await t.ok<any>(WO, { i: { id: by.LEAK.id } })).amiAlertWorkOrder).toEqual({ status: 'WORK_ORDER', workOrder: { type: 'LEAK_CHECK', status: 'OPEN' } });
    expect((await t.ok<any>(WO, { i: { id: by.REVERSE_FLOW.id } })).amiAlertWorkOrder.workOrder.type).toBe('INVESTIGATE');
    const again = await t.gql(WO, { i: { id: by.LEAK.id } });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const orders = await t.sql(`select type::text, premise_id::text from work_order where premise_id = $1 order by type`, [a.premiseId]);
    expect(orders).toEqual([{ type: 'INVESTIGATE', premise_id: a.premiseId }, { type: 'LEAK_CHECK', premise_id: a.premiseId }]);
    const estimated = await t.sql(`select estimated from meter_read where meter_id = $1 and read_on = '2026-04-30'`, [a.meterId]);
    expect(estimated).toEqual([{ estimated: true }]);
  });
});
