/**
 * Bill run end to end on a generated utility (tests/bench/lib/utility-data.ts), through the real
 * services in this process: edit list (createBillRun), calculation (the background job's code),
 * approval, posting (bills numbered, charges in the ledger), all committed.
 *
 *   node --import tsx tests/bench/bill-run.bench.ts [accounts]      (default 100,000)
 *
 * Prints `BENCH bill_run_<n>_seconds`, `BENCH bills_per_second`, the steps, the peak RSS, and the
 * baseline measured on the same reads: the minimal set-based SQL bill pass of
 * notes/performance-limits.md B.3 (consumption by lag() and a 3-tier charge in one INSERT … SELECT).
 */
import 'reflect-metadata';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import pino from 'pino';
import { Role } from '../../server/src/auth/roles.js';
import { approveBillRun, calculateBillRun, createBillRun, postBillRun } from '../../server/src/billing/bill-run.service.js';
import { readConfig } from '../../server/src/config.js';
import type { SessionUser } from '../../server/src/context.js';
import { createRateSchedule } from '../../server/src/rating/rate-schedule.service.js';
import { startServices } from '../../server/src/server.js';
import { fixedClock } from '../../server/src/shared/clock.js';
import { freshDatabase, withPeakRss } from './lib/fresh-database.js';
import { BENCH_SCHEDULES, generateUtility } from './lib/utility-data.js';

const ACTOR: SessionUser = { id: '1', email: 'bench@utility.example', name: 'Bench', roles: [Role.SUPERVISOR], customerId: null, sessionId: '0', kind: 'SESSION' };

async function sqlBaseline(pool: pg.Pool): Promise<number> {
  await pool.query(`create unlogged table baseline_bill (account_id bigint, period_end date, consumption numeric, charge numeric(12,2))`);
  const start = performance.now();
  await pool.query(`insert into baseline_bill
    select a.id, r.read_on, r.value - r.prev, round(18.40 + greatest(least(r.value - r.prev, 5000) - 2000, 0) * 0.0055
      + greatest(least(r.value - r.prev, 15000) - 5000, 0) * 0.00625 + greatest(r.value - r.prev - 15000, 0) * 0.0078, 2)
    from (select meter_id, read_on, value, lag(value) over (partition by meter_id order by read_at) prev
          from meter_read where read_on >= '2026-06-01') r
    join account a on a.premise_id = r.meter_id where r.prev is not null`);
  return (performance.now() - start) / 1000;
}

async function waitCalculated(pool: pg.Pool, runId: string): Promise<void> {
  for (;;) {
    const { status, error } = (await pool.query(`select status, error from bill_run where id = $1`, [runId])).rows[0];
    if (status === 'CALCULATED') return;
    if (error) throw new Error(error);
    await new Promise(r => setTimeout(r, 20));
  }
}

export async function runBillRunBench(accounts = 100_000): Promise<{ seconds: number; billsPerSecond: number; peakRssMb: number; baselineSeconds: number }> {
  const db = await freshDatabase('cis_bench_billrun');
  const logger = pino({ level: 'warn' });
  const config = { ...readConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn' }), databaseUrl: db.url, runJobs: false };
  const running = await startServices(config, db.url, logger, { clock: fixedClock('2026-07-06T15:00:00Z'), inlineJobs: true });
  try {
    const { pool } = running.services;
    const seedStart = performance.now();
    const { cycleId } = await generateUtility(pool, accounts);
    for (const s of BENCH_SCHEDULES) await createRateSchedule(running.services.orm.em.fork(), s as never, null);
    console.log(`# generated ${accounts} accounts with 13 months of reads in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
    await pool.query('checkpoint');
    const steps: Record<string, number> = {};
    const time = async (name: string, work: () => Promise<unknown>) => {
      const start = performance.now();
      await work();
      steps[name] = (performance.now() - start) / 1000;
    };
    const startRssMb = Math.round(process.memoryUsage().rss / 1_048_576);
    const { peakRssMb, result: runId } = await withPeakRss(async () => {
      let id = '';
      await time('edit_list', async () => {
        id = (await createBillRun(running.services, { cycleId, readWindowStart: '2026-06-25', readWindowEnd: '2026-07-05', billDate: '2026-07-06' }, ACTOR)).id;
      });
      await time('calculate', async () => {
        await calculateBillRun(running.services, id, ACTOR);
        await waitCalculated(pool, id);
      });
      await time('approve', () => approveBillRun(running.services, id, ACTOR));
      await time('post', () => postBillRun(running.services, id, ACTOR));
      return id;
    });
    const seconds = Object.values(steps).reduce((a, b) => a + b, 0);
    const { bill_count } = (await pool.query(`select bill_count from bill_run where id = $1`, [runId])).rows[0];
    const baselineSeconds = await sqlBaseline(pool);
    const label = accounts === 1_000_000 ? '1m' : accounts === 100_000 ? '100k' : String(accounts);
    console.log(`BENCH bill_run_${label}_seconds ${seconds.toFixed(2)} s (${accounts} accounts, ${bill_count} bills; edit list ${steps.edit_list!.toFixed(2)} s, calculate ${steps.calculate!.toFixed(2)} s, post ${steps.post!.toFixed(2)} s)`);
    console.log(`BENCH bills_per_second ${Math.round(bill_count / seconds)} bills/s`);
    console.log(`BENCH bill_run_peak_rss_mb ${peakRssMb} MB (the server process, ${startRssMb} MB before the run)`);
    console.log(`BENCH bill_run_sql_baseline_seconds ${baselineSeconds.toFixed(2)} s (minimal 3-tier set-based SQL pass, same reads; ratio ${(seconds / baselineSeconds).toFixed(1)}x)`);
    return { seconds, billsPerSecond: bill_count / seconds, peakRssMb, baselineSeconds };
  } finally {
    await running.close();
    // BENCH_KEEP=1 leaves the database for a look at its plans (with DATABASE_URL set).
    if (process.env.BENCH_KEEP) console.log(`# kept ${db.url}`);
    else await db.drop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  await runBillRunBench(Number(process.argv[2] ?? 100_000));
}
