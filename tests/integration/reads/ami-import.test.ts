import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../server/src/shared/clock.js';
import { startTestServer, type TestServer } from '../setup/harness.js';
import { makePremise } from '../fixtures.js';
import { amiCsv, importOk, importReads, makeAmiPoint, readsOf, tableCounts } from './read-fixture.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ clock: fixedClock('2026-08-01T16:00:00Z', 'America/Chicago') });
});
afterAll(() => t.close());

describe('importMeterReads with an AMI_CSV file', () => {
  it('should record each read on its meter, converted to register units, with source AMI and the import id', async () => {
    const a = await makeAmiPoint(t);
    const b = await makeAmiPoint(t, { meter: { registerUnit: 'CUBIC_FOOT', multiplier: '10' } });
    const result = await importOk(t, amiCsv([
      [a.endpoint, '', '2026-03-31T06:00:00', '1200.5'],
      [a.endpoint, a.serial, '2026-04-30 06:00', '2.5', 'KGAL'],
      ['', b.serial, '2026-03-31', '12', 'CCF', 'LEAK;tamper'],
    ]));
    expect(result).toMatchObject({ format: 'AMI_CSV', reads: 3, imported: 3, duplicates: 0, orphans: 0, alerts: 2, alreadyImported: false });
    const readsA = await readsOf(t, a.meterId);
    expect(readsA.map(r => [r.value, r.read_on, r.source, r.import_id])).toEqual([
      ['1200.500000', '2026-03-31', 'AMI', result.importId],
      ['2500.000000', '2026-04-30', 'AMI', result.importId],
    ]);
    // Local time of the utility (America/Chicago, CDT): 06:00 is 11:00 UTC.
    expect(readsA[0].read_at.toISOString()).toBe('2026-03-31T11:00:00.000Z');
    const [readB] = await readsOf(t, b.meterId);
    expect(readB).toMatchObject({ value: '120.000000', flags: ['LEAK', 'TAMPER'] }); // 12 CCF = 1,200 ft³ = 120 counts of 10 ft³
    const alerts = await t.sql(`select flag::text, premise_id::text, status::text from ami_alert where meter_id = $1 order by flag`, [b.meterId]);
    expect(alerts).toEqual([{ flag: 'LEAK', premise_id: b.premiseId, status: 'OPEN' }, { flag: 'TAMPER', premise_id: b.premiseId, status: 'OPEN' }]);
    const [row] = await t.sql(`select reads, imported, alerts, status from read_import where id = $1`, [result.importId]);
    expect(row).toEqual({ reads: 3, imported: 3, alerts: 2, status: 'IMPORTED' });
  });

  it('should record no read for a row the head end flags NO_READ, and raise a NO_READ alert instead', async () => {
    const a = await makeAmiPoint(t);
    const result = await importOk(t, amiCsv([[a.endpoint, '', '2026-03-31T06:00:00', '0', 'GALLON', 'NO_READ'], [a.endpoint, '', '2026-03-30T06:00:00', '', '', 'NO_READ']]));
    expect(result).toMatchObject({ imported: 0, noReads: 2 });
    expect(await readsOf(t, a.meterId)).toHaveLength(0);
    const alerts = await t.sql(`select flag, read_on::text from ami_alert where meter_id = $1 order by read_on`, [a.meterId]);
    expect(alerts).toEqual([{ flag: 'NO_READ', read_on: '2026-03-30' }, { flag: 'NO_READ', read_on: '2026-03-31' }]);
    // The same no-reads in another file (other bytes) raise nothing new.
    await importOk(t, amiCsv([[a.endpoint, '', '2026-03-31T07:00:00', '', '', 'NO_READ']]));
    expect(await t.sql(`select count(*)::int n from ami_alert where meter_id = $1`, [a.meterId])).toEqual([{ n: 2 }]);
  });

  it('should queue a reading taken from a meter found changed (METER_CHANGED) for a clerk, never record it on the listed meter', async () => {
    const a = await makeAmiPoint(t);
    const result = await importOk(t, amiCsv([[a.endpoint, '', '2026-03-31T06:00:00', '12', 'GALLON', 'METER_CHANGED']]));
    expect(result).toMatchObject({ imported: 0, orphans: 1 });
    expect(await readsOf(t, a.meterId)).toHaveLength(0);
    const [orphan] = await t.sql(`select reason::text, meter_id::text, reading::text from read_orphan where endpoint_id = $1`, [a.endpoint]);
    expect(orphan).toEqual({ reason: 'METER_CHANGED', meter_id: a.meterId, reading: '12.000000' });
  });

  it('should take the hour repeated when clocks fall back as two reads when the file gives offsets, each on the local day', async () => {
    const a = await makeAmiPoint(t, { installedOn: '2025-10-01' });
    // Central time falls back on 2025-11-02: 01:00 CDT (-05:00), then 01:00 CST (-06:00).
    const result = await importOk(t, amiCsv([
      [a.endpoint, '', '2025-11-02T01:00:00-05:00', '100'], [a.endpoint, '', '2025-11-02T01:00:00-06:00', '105'], [a.endpoint, '', '2025-11-02T06:30:00Z', '107'],
    ]));
    expect(result).toMatchObject({ imported: 3 });
    const reads = await t.sql(`select read_on::text, to_char(read_at at time zone 'UTC', 'HH24:MI') utc, value::text from meter_read where meter_id = $1 and source = 'AMI' order by read_at`, [a.meterId]);
    expect(reads).toEqual([
      { read_on: '2025-11-02', utc: '06:00', value: '100.000000' },
      { read_on: '2025-11-02', utc: '06:30', value: '107.000000' },
      { read_on: '2025-11-02', utc: '07:00', value: '105.000000' },
    ]);
  });

  it('should import nothing the second time the same file arrives, and report its reads as duplicates', async () => {
    const a = await makeAmiPoint(t);
    const text = amiCsv([[a.endpoint, '', '2026-03-31T06:00', '100'], [a.endpoint, '', '2026-04-30T06:00', '200']]);
    const first = await importOk(t, text, { fileName: 'march.csv' });
    const second = await importOk(t, text, { fileName: 'march-again.csv' });
    expect(second).toMatchObject({ importId: first.importId, reads: 2, imported: 0, duplicates: 2, alreadyImported: true });
    expect(await tableCounts(t, { meterIds: [a.meterId], fileNames: ['march.csv', 'march-again.csv'] })).toMatchObject({ imports: 1, reads: 3 });
  });

  it('should count duplicates within a file and against reads already on record', async () => {
    const a = await makeAmiPoint(t);
    const row = [a.endpoint, '', '2026-05-31T06:00', '500'] as const;
    expect(await importOk(t, amiCsv([[...row], [...row]]))).toMatchObject({ reads: 2, imported: 1, duplicates: 1 });
    const next = await importOk(t, amiCsv([[...row], [a.endpoint, '', '2026-06-30T06:00', '900']]));
    expect(next).toMatchObject({ reads: 2, imported: 1, duplicates: 1, orphans: 0 });
    await t.ok(`mutation($i: MeterReadInput!) { recordMeterRead(input: $i) { id } }`, { i: { meterId: a.meterId, readOn: '2026-07-15', readAt: '2026-07-15T11:00:00Z', value: '950', source: 'MANUAL' } });
    expect(await importOk(t, amiCsv([[a.endpoint, '', '2026-07-15T06:00', '950.0']]))).toMatchObject({ imported: 0, duplicates: 1 });
  });

  it('should refuse a file that gives two readings for one meter and instant, naming both lines', async () => {
    const a = await makeAmiPoint(t);
    const result = await importReads(t, amiCsv([[a.endpoint, '', '2026-05-31T06:00', '500'], [a.endpoint, '', '2026-05-31T06:00', '501']]));
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'content' });
    expect(result.errors![0]!.extensions!.lines.map((l: any) => l.line)).toEqual([2, 3]);
    expect(await tableCounts(t, { meterIds: [a.meterId] })).toMatchObject({ reads: 1 });
  });

  it('should queue a read that disagrees with the read on record as a CONFLICT, and replace it when the clerk says so', async () => {
    const a = await makeAmiPoint(t);
    await importOk(t, amiCsv([[a.endpoint, '', '2026-05-31T06:00', '500']]));
    const result = await importOk(t, amiCsv([[a.endpoint, '', '2026-05-31T06:00', '555'], [a.endpoint, '', '2026-06-30T06:00', '800']]));
    expect(result).toMatchObject({ reads: 2, imported: 1, orphans: 1, conflicts: 1, duplicates: 0 });
    const { orphanReads } = await t.ok<any>(`query($m: ID!) { orphanReads(filter: { meterId: { eq: $m }, status: { eq: OPEN } }) { totalCount nodes { id reason value reading line meter { id } } } }`, { m: a.meterId });
    expect(orphanReads.totalCount).toBe(1);
    expect(orphanReads.nodes[0]).toMatchObject({ reason: 'CONFLICT', value: '555', line: 2, meter: { id: a.meterId } });
    // The head end sends the same disagreement again in another file: it is queued once.
    const again = await importOk(t, amiCsv([[a.endpoint, '', '2026-05-31T06:00', '555'], [a.endpoint, '', '2026-07-31T06:00', '900']]));
    expect(again).toMatchObject({ reads: 2, imported: 1, orphans: 0, conflicts: 0, duplicates: 1 });
    const resolve = `mutation($id: ID!, $meterId: ID!, $replaceExisting: Boolean, $note: String) {
      resolveOrphanRead(id: $id, meterId: $meterId, replaceExisting: $replaceExisting, note: $note) { status resolvedReadId } }`;
    const refused = await t.gql(resolve, { id: orphanReads.nodes[0].id, meterId: a.meterId });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const { resolveOrphanRead } = await t.ok<any>(resolve, { id: orphanReads.nodes[0].id, meterId: a.meterId, replaceExisting: true, note: 'head-end resent after register fix' });
    expect(resolveOrphanRead.status).toBe('RESOLVED');
    const history = await t.sql(`select value::text, status::text from meter_read where meter_id = $1 and read_on = '2026-05-31' order by id`, [a.meterId]);
    expect(history).toEqual([{ value: '500.000000', status: 'CORRECTED' }, { value: '555.000000', status: 'VALID' }]);
  });

  it('should import the same file sent twice at once exactly once, and overlapping files once each read', async () => {
    const a = await makeAmiPoint(t);
    const text = amiCsv([[a.endpoint, '', '2026-02-28T06:00', '50'], [a.endpoint, '', '2026-03-31T06:00', '90']]);
    const [x, y] = await Promise.all([importOk(t, text), importOk(t, text)]);
    expect([x.alreadyImported, y.alreadyImported].sort()).toEqual([false, true]);
    const other = amiCsv([[a.endpoint, '', '2026-03-31T06:00', '90'], [a.endpoint, '', '2026-04-30T06:00', '130']]);
    const third = amiCsv([[a.endpoint, '', '2026-04-30T06:00', '130'], [a.endpoint, '', '2026-05-31T06:00', '170']]);
    const [p, q] = await Promise.all([importOk(t, other), importOk(t, third)]);
    expect(p.imported + q.imported).toBe(2);
    expect(p.duplicates + q.duplicates).toBe(2);
    expect((await readsOf(t, a.meterId)).map(r => r.value)).toEqual(['50.000000', '90.000000', '130.000000', '170.000000']);
  });

  it('should give each read the installation of its day when a meter moved, the move day to the new premise', async () => {
    const a = await makeAmiPoint(t);
    const other = await makePremise(t);
    await t.ok(`mutation($m: ID!) { removeMeter(input: { meterId: $m, removedOn: "2026-04-15", finalRead: "300" }) { id } }`, { m: a.meterId });
    await t.ok(`mutation($m: ID!, $p: ID!) { installMeter(input: { meterId: $m, premiseId: $p, installedOn: "2026-04-15", initialRead: "300" }) { id } }`, { m: a.meterId, p: other.id });
    const result = await importOk(t, amiCsv([
      [a.endpoint, '', '2026-03-31T06:00', '250', 'GALLON', 'LEAK'],
      [a.endpoint, '', '2026-04-15T18:00', '310', 'GALLON', 'LEAK'],
      [a.endpoint, '', '2026-04-30T06:00', '400'],
    ]));
    expect(result).toMatchObject({ imported: 3, orphans: 0, alerts: 2 });
    const alerts = await t.sql(`select read_on::text, premise_id::text from ami_alert where meter_id = $1 order by read_on`, [a.meterId]);
    expect(alerts).toEqual([{ read_on: '2026-03-31', premise_id: a.premiseId }, { read_on: '2026-04-15', premise_id: other.id }]);
  });

  it('should sort out repeats in the file and reads on record in one file: duplicates, a conflict, new reads', async () => {
    const [a, b, c, d] = [await makeAmiPoint(t), await makeAmiPoint(t), await makeAmiPoint(t), await makeAmiPoint(t)];
    const at = '2026-06-15T06:00';
    await importOk(t, amiCsv([[a.endpoint, '', at, '100'], [b.endpoint, '', at, '200']]));
    const result = await importOk(t, amiCsv([
      [a.endpoint, '', at, '100'], [b.endpoint, '', at, '250'], [c.endpoint, '', at, '5'],
      [a.endpoint, '', at, '100'], [b.endpoint, '', at, '250'], [c.endpoint, '', at, '5'], [d.endpoint, '', at, '7'],
    ]));
    expect(result).toMatchObject({ reads: 7, imported: 2, duplicates: 4, orphans: 1, conflicts: 1 });
    expect((await readsOf(t, b.meterId)).map(r => r.value)).toEqual(['200.000000']);
    expect((await readsOf(t, c.meterId)).map(r => r.value)).toEqual(['5.000000']);
    const [conflict] = await t.sql(`select line, value::text, reason::text from read_orphan where meter_id = $1`, [b.meterId]);
    expect(conflict).toEqual({ line: 3, value: '250.000000', reason: 'CONFLICT' });
  });
});
