import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../server/src/shared/clock.js';
import { unique } from '../fixtures.js';
import { Role, startTestServer, type TestServer } from '../setup/harness.js';
import { amiCsv, importOk, makeAmiPoint, readsOf, tableCounts } from './read-fixture.js';

let t: TestServer;
let base: string;
beforeAll(async () => {
  t = await startTestServer({ clock: fixedClock('2026-08-01T16:00:00Z', 'America/Chicago') });
  base = await t.listen();
});
afterAll(() => t.close());

const post = async (query: string, body: string | Buffer, opts: { role?: Role | null; gzip?: boolean } = {}) => {
  const headers: Record<string, string> = { 'Content-Type': 'text/csv' };
  if (opts.role !== null) headers.Authorization = `Bearer ${await t.tokenFor(opts.role ?? Role.CLERK)}`;
  if (opts.gzip) headers['Content-Encoding'] = 'gzip';
  return fetch(`${base}/imports/meter-reads?${query}`, { method: 'POST', headers, body });
};

describe('POST /imports/meter-reads', () => {
  it('should stream a file through the same import, answer ReadImportResult, and know the file again by its bytes', async () => {
    const a = await makeAmiPoint(t);
    const time = (i: number) => `2026-03-${String(1 + Math.floor(i / 1440)).padStart(2, '0')}T${String(Math.floor(i / 60) % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00`;
    const text = amiCsv(Array.from({ length: 2000 }, (_, i) => [a.endpoint, '', time(i), String(100 + i)]));
    const response = await post(`format=AMI_CSV&fileName=big.csv`, text);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ fileName: 'big.csv', reads: 2000, imported: 2000, alreadyImported: false });
    const gz = await post(`format=AMI_CSV&fileName=big.csv.gz`, gzipSync(text), { gzip: true });
    expect(await gz.json()).toMatchObject({ alreadyImported: true, duplicates: 2000, imported: 0 });
    expect(await importOk(t, text)).toMatchObject({ alreadyImported: true });
    expect((await readsOf(t, a.meterId)).length).toBe(2000);
  });

  it('should refuse a cookie-only upload without a preflight header (a cross-site form could send it) and take it with one', async () => {
    const a = await makeAmiPoint(t);
    const token = await t.tokenFor(Role.CLERK);
    const text = amiCsv([[a.endpoint, '', '2026-03-31T06:00', '150']]);
    const send = (headers: Record<string, string>) => fetch(`${base}/imports/meter-reads?format=AMI_CSV&fileName=${unique('csrf-')}.csv`,
      { method: 'POST', headers: { 'Content-Type': 'text/plain', Cookie: `cis_session=${token}`, ...headers }, body: text });
    const forged = await send({ Origin: 'https://evil.example' });
    expect(forged.status).toBe(403);
    expect(await readsOf(t, a.meterId)).toHaveLength(0);
    expect((await send({ 'apollo-require-preflight': 'true' })).status).toBe(200);
  });

  it('should answer 400 with the lines at fault and write nothing for a bad file', async () => {
    const a = await makeAmiPoint(t);
    const fileName = `${unique('bad-')}.csv`;
    const response = await post(`format=AMI_CSV&fileName=${fileName}`, amiCsv([[a.endpoint, '', '2026-03-31T06:00', '1'], [a.endpoint, '', 'yesterday', '2']]));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body).toMatchObject({ error: 'BAD_USER_INPUT', extensions: { field: 'content', lines: [{ line: 3 }] } });
    expect(await tableCounts(t, { meterIds: [a.meterId], fileNames: [fileName] })).toMatchObject({ imports: 0, reads: 1 });
  });

  it('should check the format, the file name, the session and the role', async () => {
    expect((await post('format=LOCKBOX_CSV&fileName=x.csv', 'a')).status).toBe(400);
    expect(((await (await post('format=WHATEVER&fileName=x.csv', 'a')).json()) as any).extensions.field).toBe('format');
    expect(((await (await post('format=AMI_CSV', 'a')).json()) as any).extensions.field).toBe('fileName');
    expect((await post('format=AMI_CSV&fileName=x.csv', 'a', { role: null })).status).toBe(401);
    expect((await post('format=AMI_CSV&fileName=x.csv', 'a', { role: Role.REPORTING })).status).toBe(403);
    expect((await post('format=AMI_CSV&fileName=x.csv', Buffer.from('not gzip'), { gzip: true })).status).toBe(400);
  });
});

describe('a Badger BEACON export', () => {
  it('should import reads, raise the leak alert and count the meters listed without a read', async () => {
    const a = await makeAmiPoint(t);
    const b = await makeAmiPoint(t, { meter: { registerUnit: 'CUBIC_FOOT' } });
    const text = [
      '"Meter_SN","Endpoint_SN","Read_Time","Read","Read_Unit","Current_Leak_Rate","Raw_Read","Register_Resolution"',
      `"${a.serial}","${a.endpoint}","2026-07-01 00:59","1200","GAL","0.4","",""`,
      `"","${b.endpoint}","2026-07-01 01:59","","CCF","","022760","0.01"`,
      `"${a.serial}","","","","","","",""`,
    ].join('\r\n');
    const result = await importOk(t, text, { format: 'BEACON_CSV' });
    expect(result).toMatchObject({ format: 'BEACON_CSV', reads: 2, imported: 2, alerts: 2, noReads: 1 });
    expect((await readsOf(t, a.meterId))[0]).toMatchObject({ value: '1200.000000', source: 'AMI', flags: ['LEAK'] });
    expect((await readsOf(t, b.meterId))[0]).toMatchObject({ value: '22760.000000' }); // 227.6 CCF = 22,760 ft³
  });
});
