import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../setup/harness.js';
import { makeBillingSetup, makeServedAccount, monthlyReads, waitForStatus } from './cycle-fixture.js';

let t: TestServer;
let setup: Awaited<ReturnType<typeof makeBillingSetup>>;
const ACCOUNTS = 30;
const CHUNK = 4;

const createRun = async () =>
  (await t.ok<any>(`mutation($i: BillRunInput!) { createBillRun(input: $i) { id totalAccounts } }`, {
    i: { cycleId: setup.cycle.id, readWindowStart: '2026-06-25', readWindowEnd: '2026-07-05', billDate: '2026-07-06' },
  })).createBillRun;

const billsOf = (runId: string) =>
  t.sql(`select account_id, bill_seq, kind, period_start::text, period_end::text, days, usage::text, total::text, lines::text, service_totals::text
    from bill where run_id = $1 order by bill_seq`, [runId]);

beforeAll(async () => {
  t = await startTestServer();
  setup = await makeBillingSetup(t);
  for (let i = 0; i < ACCOUNTS; i++) {
    await makeServedAccount(t, setup, { reads: [...monthlyReads(4000 + i * 150, 5), { on: '2026-07-01', value: String((4000 + i * 150) * 5 + 3000 + i * 211) }], sequence: i });
  }
});
afterAll(() => t.close());

describe('a bill run killed halfway', () => {
  it('should resume after SIGKILL of its worker and end with exactly the bills of a clean run', async () => {
    const clean = await createRun();
    await t.ok(`mutation($id: ID!) { calculateBillRun(id: $id) { status } }`, { id: clean.id });
    await waitForStatus(t, clean.id, 'CALCULATED');
    const expected = await billsOf(clean.id);
    expect(expected).toHaveLength(ACCOUNTS);
    const [cleanCounts] = await t.sql(`select bill_count, total::text from bill_run where id = $1`, [clean.id]);
    // A cycle has one open run at a time: the clean run is cancelled once its bills are kept.
    await t.ok(`mutation($id: ID!) { cancelBillRun(id: $id) { status } }`, { id: clean.id });

    const killed = await createRun();
    await t.sql(`update bill_run set status = 'CALCULATING', calc_started_at = now() where id = $1`, [killed.id]);
    const worker = spawn(process.execPath, ['--import', 'tsx', 'tests/integration/billing/calc-worker.ts', t.dbUrl, killed.id, String(CHUNK)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let commits = 0;
    await new Promise<void>((resolve, reject) => {
      worker.stdout.on('data', (chunk: Buffer) => {
        commits += (chunk.toString().match(/COMMITTING/g) ?? []).length;
        if (commits === 3) {
          worker.kill('SIGKILL');
          resolve();
        }
      });
      worker.on('exit', code => (commits < 3 ? reject(new Error(`worker exited early (${code})`)) : undefined));
    });
    await new Promise(resolve => worker.on('exit', resolve));
    const [{ done_accounts }] = await t.sql(`select done_accounts from bill_run where id = $1`, [killed.id]);
    expect(done_accounts).toBe(2 * CHUNK); // the third chunk died with its open transaction
    expect((await billsOf(killed.id)).length).toBe(2 * CHUNK);

    const resumed = await t.ok<any>(`mutation($id: ID!) { calculateBillRun(id: $id) { status } }`, { id: killed.id });
    expect(resumed.calculateBillRun.status).toBe('CALCULATING');
    await waitForStatus(t, killed.id, 'CALCULATED');
    expect(await billsOf(killed.id)).toEqual(expected);
    const [counts] = await t.sql(`select bill_count, total::text from bill_run where id = $1`, [killed.id]);
    expect(counts).toEqual(cleanCounts);
  });
});
