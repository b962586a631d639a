import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../server/src/shared/clock.js';
import { unique } from '../fixtures.js';
import { Role, startTestServer, type TestServer } from '../setup/harness.js';
import { IMPORT, amiCsv, asCustomer, importReads, makeAmiPoint, tableCounts, type AmiPoint } from './read-fixture.js';

let t: TestServer;
let a: AmiPoint;
beforeAll(async () => {
  t = await startTestServer({ clock: fixedClock('2026-08-01T16:00:00Z', 'America/Chicago') });
  a = await makeAmiPoint(t, { meter: { dials: 6 } });
});
afterAll(() => t.close());

const good = () => `${a.endpoint},,2026-03-31T06:00:00,1200,GALLON,LEAK`;
const header = 'endpoint_id,meter_serial,read_time,reading,unit,flags';

describe('a malformed read file', () => {
  const cases: [string, () => string, number, RegExp][] = [
    ['a bad date', () => `${a.endpoint},,2026-02-30T06:00:00,1300,GALLON,`, 3, /read_time/],
    ['an unknown unit', () => `${a.endpoint},,2026-04-30T06:00:00,1300,LITRE,`, 3, /unit/],
    ['a row of the wrong width', () => `${a.endpoint},,2026-04-30T06:00:00,1300,GALLON`, 3, /fields/],
    ['a truncated last line', () => `${a.endpoint},,2026-04`, 3, /fields|read_time/],
    ['a reading too big for the dials', () => `${a.endpoint},,2026-04-30T06:00:00,1000000,GALLON,`, 3, /6-dial register/],
    ['a unit of the other family', () => `${a.endpoint},,2026-04-30T06:00:00,12,CCF,`, 3, /not a unit of meter/],
    ['a read in the future', () => `${a.endpoint},,2026-12-01T06:00:00,1300,GALLON,`, 3, /future/],
    ['a reading with seven decimals', () => `${a.endpoint},,2026-04-30T06:00:00,1300.1234567,GALLON,`, 3, /decimals/],
    ['an unknown flag', () => `${a.endpoint},,2026-04-30T06:00:00,1300,GALLON,FLOOD`, 3, /flag/],
  ];

  it.each(cases)('should be refused whole for %s, with the line at fault, writing nothing', async (_name, bad, line, message) => {
    const fileName = `${unique('bad-')}.csv`;
    const orphanKey = unique('MIU-ORPHAN-');
    const text = [header, good(), bad(), `${orphanKey},,2026-03-31T06:00:00,5,GALLON,`].join('\n');
    const result = await importReads(t, text, { fileName });
    const error = result.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'content' });
    expect(error!.extensions!.lines).toContainEqual({ line, message: expect.stringMatching(message) });
    expect(await tableCounts(t, { meterIds: [a.meterId], keys: [orphanKey], fileNames: [fileName] })).toEqual({ imports: 0, reads: 1, orphans: 0, alerts: 0 });
  });

  it('should list every line at fault, not just the first', async () => {
    const text = [header, `${a.endpoint},,2026-13-01,1,GALLON,`, good(), `${a.endpoint},,2026-04-30,x,GALLON,`, `${a.endpoint},,2026-04-30,1,PINT,`].join('\n');
    const result = await importReads(t, text);
    expect(result.errors![0]!.extensions!.lines.map((l: any) => l.line)).toEqual([2, 4, 5]);
  });

  it('should refuse an empty file and a file with only a header', async () => {
    for (const text of ['', `${header}\n`]) {
      const result = await importReads(t, text);
      expect(result.errors?.[0]?.extensions?.lines?.[0]?.line).toBe(1);
    }
  });

  it('should refuse a payment format with a field error on format', async () => {
    const result = await importReads(t, amiCsv([[a.endpoint, '', '2026-03-31T06:00', '1']]), { format: 'LOCKBOX_CSV' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'format' });
  });
});

describe('who may import reads', () => {
  it.each([
    [Role.FIELD, null],
    [Role.CLERK, null],
    [Role.SUPERVISOR, null],
    [Role.REPORTING, 'FORBIDDEN'],
  ])('%s: %s', async (role, code) => {
    const point = await makeAmiPoint(t);
    const result = await importReads(t, amiCsv([[point.endpoint, '', '2026-03-31T06:00', '10']]), { as: role });
    expect(result.errors?.[0]?.extensions?.code ?? null).toBe(code);
    if (!code) expect(result.data.importMeterReads.imported).toBe(1);
  });

  it('should refuse a portal CUSTOMER', async () => {
    const point = await makeAmiPoint(t);
    const result = await asCustomer(t, IMPORT, { input: { format: 'AMI_CSV', fileName: 'c.csv', content: amiCsv([[point.endpoint, '', '2026-03-31T06:00', '10']]) } });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('should refuse a caller without a session', async () => {
    const result = await t.gql(`mutation { importMeterReads(input: { format: AMI_CSV, fileName: "x.csv", content: "" }) { imported } }`, {}, null);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('should let readers list imports and queues but not work them', async () => {
    const lists = await t.gql(`{ readImports(first: 5) { totalCount } orphanReads(first: 5) { totalCount } amiAlerts(first: 5) { totalCount } }`, {}, Role.REPORTING);
    expect(lists.errors).toBeUndefined();
    const work = await t.gql(`mutation { acknowledgeAmiAlert(id: "1", note: "x") { id } }`, {}, Role.FIELD);
    expect(work.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const customer = await asCustomer(t, `{ orphanReads(first: 5) { totalCount } }`);
    expect(customer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
