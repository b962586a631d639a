import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../server/src/shared/clock.js';
import { makeBillingSetup, makeServedAccount, monthlyReads, type ServiceAccount } from '../billing/cycle-fixture.js';
import { unique } from '../fixtures.js';
import { startTestServer, type TestServer } from '../setup/harness.js';
import { amiCsv, importOk } from './read-fixture.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ clock: fixedClock('2026-08-01T16:00:00Z', 'America/Chicago') });
});
afterAll(() => t.close());

const RUN = `query($id: ID!) { billRun(id: $id) { status exceptions(first: 100) { nodes { code account { id } } } } }`;
const codesOf = async (runId: string, account: ServiceAccount) =>
  (await t.ok<any>(RUN, { id: runId })).billRun.exceptions.nodes.filter((e: any) => e.account.id === account.accountId).map((e: any) => e.code);
/** The rebuild is a background job (inline in tests): wait until the run's exceptions for the account are as expected. */
async function eventually(runId: string, account: ServiceAccount, expected: string[], timeoutMs = 30_000): Promise<void> {
  const start = Date.now();
  for (;;) {
    const codes = await codesOf(runId, account);
    if (JSON.stringify(codes) === JSON.stringify(expected)) return;
    if (Date.now() - start > timeoutMs) expect(codes).toEqual(expected);
    await new Promise(r => setTimeout(r, 100));
  }
}
const serialOf = async (account: ServiceAccount) => (await t.sql(`select serial_number from meter where id = $1`, [account.meterId]))[0].serial_number as string;

describe('the edit list as reads arrive', () => {
  it('should clear a NO_READ exception when the read file arrives, and when an orphan read is resolved onto the meter', async () => {
    const setup = await makeBillingSetup(t);
    const direct = await makeServedAccount(t, setup, { reads: monthlyReads(5000, 5) });
    const viaOrphan = await makeServedAccount(t, setup, { reads: monthlyReads(5000, 5) });
    const { createBillRun } = await t.ok<any>(`mutation($i: BillRunInput!) { createBillRun(input: $i) { id } }`, {
      i: { cycleId: setup.cycle.id, readWindowStart: '2026-06-25', readWindowEnd: '2026-07-05', billDate: '2026-07-06' },
    });
    const runId = createBillRun.id;
    expect(await codesOf(runId, direct)).toEqual(['NO_READ']);
    expect(await codesOf(runId, viaOrphan)).toEqual(['NO_READ']);

    const unknownEndpoint = unique('MIU-LOST-');
    const result = await importOk(t, amiCsv([
      ['', await serialOf(direct), '2026-07-01T06:00', '30500'],
      [unknownEndpoint, '', '2026-07-01T06:00', '30400'],
    ]));
    expect(result).toMatchObject({ imported: 1, orphans: 1, editListsRefreshed: [runId] });
    await eventually(runId, direct, []);
    expect(await codesOf(runId, viaOrphan)).toEqual(['NO_READ']);

    const [orphan] = await t.sql(`select id::text from read_orphan where endpoint_id = $1`, [unknownEndpoint]);
    await t.ok(`mutation($id: ID!, $m: ID!) { resolveOrphanRead(id: $id, meterId: $m) { status } }`, { id: orphan.id, m: viaOrphan.meterId });
    await eventually(runId, viaOrphan, []);
    expect((await t.ok<any>(RUN, { id: runId })).billRun.status).toBe('EDITS');
  });
});
