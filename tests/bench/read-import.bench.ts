/**
 * Meter-read import (AMI_CSV) end to end on a generated utility (lib/utility-data.ts: meters with
 * 13 months of reads, so meter_read and its indexes have a realistic size), through the real
 * service, streaming the file from disk as the HTTP upload does: parse, COPY to staging, match
 * and validate (meter, installation, range, duplicates in the file and on record), orphans,
 * alerts, reads, one transaction, committed.
 *
 *   node --import tsx tests/bench/read-import.bench.ts [reads] [meters]   (default 5,000,000 and 400,000)
 *
 * Two files of `reads` lines: a clean daily file (0.1 % unknown endpoints, 0.2 % leak flags), then
 * a file of later days that also repeats 0.05 % of its lines (the repeat path). Prints
 * `BENCH read_import_reads_per_second` (the clean file), the `psql \copy` baseline of the same
 * recorded rows into a clone of meter_read (same columns, indexes and rows), their
 * ratio, the rate with repeats, the raw unindexed \copy, and the peak RSS of this process; the
 * import logs the time of each of its steps.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import pino from 'pino';
import { Role } from '../../server/src/auth/roles.js';
import { readConfig } from '../../server/src/config.js';
import type { AppServices, SessionUser } from '../../server/src/context.js';
import { inlineJobQueue } from '../../server/src/jobs/job-queue.js';
import { ormConfig } from '../../server/src/mikro-orm.config.js';
import { streamedFile } from '../../server/src/reads/read-import.routes.js';
import { importMeterReads } from '../../server/src/reads/read-import.service.js';
import { systemClock } from '../../server/src/shared/clock.js';
import { ImportFormat } from '../../server/src/shared/graphql/file-import.js';
import { freshDatabase, withPeakRss } from './lib/fresh-database.js';
import { writeAmiFile } from './lib/ami-read-file.js';
import { generateUtility } from './lib/utility-data.js';

const ACTOR: SessionUser = { id: '1', email: 'bench@utility.example', name: 'Bench', roles: [Role.CLERK], customerId: null, sessionId: '0', kind: 'SESSION' };
const rate = (rows: number, seconds: number) => Math.round(rows / seconds);

/**
 * psql \copy of the rows an import records into a table shaped like meter_read: `clone` = the same
 * columns, indexes and existing rows (what the import writes into); otherwise an
 * empty table without index (the raw ingest rate of the server).
 */
function psqlBaseline(url: string, file: string, clone: boolean): number {
  const u = new URL(url);
  const args = ['-h', u.hostname, '-p', u.port || '5432', '-U', decodeURIComponent(u.username), '-d', u.pathname.slice(1), '-v', 'ON_ERROR_STOP=1', '-q'];
  const env = { ...process.env, PGPASSWORD: decodeURIComponent(u.password), PGTZ: 'America/Chicago' };
  const psql = (command: string) => execFileSync('psql', [...args, '-c', command], { env });
  psql(clone
    ? `create table baseline_read (like meter_read including all); insert into baseline_read select * from meter_read`
    : `create unlogged table baseline_read (like meter_read including defaults)`);
  psql('vacuum analyze baseline_read');
  psql('checkpoint');
  const start = performance.now();
  psql(`\\copy baseline_read (meter_id, read_on, read_at, value, source, flags) from '${file}'`);
  const seconds = (performance.now() - start) / 1000;
  psql('drop table baseline_read');
  psql('checkpoint');
  return seconds;
}

interface Run { readonly seconds: number; readonly lines: number; readonly result: Awaited<ReturnType<typeof importMeterReads>>; readonly peakRssMb: number }

async function timedImport(app: AppServices, amiPath: string, name: string, lines: number, recordable: number): Promise<Run> {
  await app.pool.query('checkpoint');
  const started = performance.now();
  const { result, peakRssMb } = await withPeakRss(() => importMeterReads(app, streamedFile(ImportFormat.AMI_CSV, name, createReadStream(amiPath, { highWaterMark: 1 << 16 })), ACTOR));
  const seconds = (performance.now() - started) / 1000;
  if (result.imported !== recordable) throw new Error(`imported ${result.imported}, expected ${recordable}: ${JSON.stringify(result)}`);
  return { seconds, lines, result, peakRssMb };
}

const describeRun = (r: Run) =>
  `${r.lines} lines in ${r.seconds.toFixed(2)} s: ${r.result.imported} recorded, ${r.result.duplicates} duplicates, ${r.result.orphans} orphans, ${r.result.alerts} alerts, peak RSS ${r.peakRssMb} MB`;

export async function runReadImportBench(options: { reads?: number; meters?: number } = {}): Promise<{ readsPerSecond: number; copyBaselineReadsPerSecond: number; ratio: number }> {
  const reads = options.reads ?? 5_000_000;
  const meters = options.meters ?? Math.min(400_000, Math.max(1_000, Math.ceil(reads / 12.5)));
  const db = await freshDatabase('cis_bench_reads');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cis-bench-reads-'));
  const orm = await MikroORM.init(ormConfig(db.url));
  const pool = new pg.Pool({ connectionString: db.url, max: 4 });
  try {
    await generateUtility(pool, meters);
    const files = { clean: path.join(dir, 'clean.csv'), repeats: path.join(dir, 'repeats.csv'), base: path.join(dir, 'baseline.tsv'), base2: path.join(dir, 'baseline2.tsv') };
    const clean = await writeAmiFile(pool, { reads, orphanEvery: 1000, duplicateEvery: 0, leakEvery: 500 }, files.clean, files.base);
    const days = Math.ceil(reads / meters) + 1;
    const repeats = await writeAmiFile(pool, { reads, orphanEvery: 1000, duplicateEvery: 2000, leakEvery: 500, firstDay: days }, files.repeats, files.base2);
    await pool.query('vacuum analyze');
    const baseline = psqlBaseline(db.url, files.base, true);
    const bare = psqlBaseline(db.url, files.base, false);
    const logger = pino({ level: 'info' }, pino.destination(1));
    const config = { ...readConfig(), timeZone: 'America/Chicago' };
    const app = { orm, pool, logger, clock: systemClock(config.timeZone), config, jobs: inlineJobQueue(logger) } as AppServices;
    const first = await timedImport(app, files.clean, 'clean.csv', clean.lines, clean.recordable);
    const second = await timedImport(app, files.repeats, 'repeats.csv', repeats.lines, repeats.recordable);
    const readsPerSecond = rate(first.lines, first.seconds);
    const copyBaselineReadsPerSecond = rate(clean.recordable, baseline);
    const ratio = Math.round((readsPerSecond / copyBaselineReadsPerSecond) * 100) / 100;
    console.log(`BENCH read_import_reads_per_second ${readsPerSecond} reads/s`);
    console.log(`BENCH read_import_psql_copy_baseline ${copyBaselineReadsPerSecond} reads/s`);
    console.log(`BENCH read_import_ratio_to_psql_copy ${ratio}`);
    console.log(`BENCH read_import_with_repeats_reads_per_second ${rate(second.lines, second.seconds)} reads/s`);
    console.log(`BENCH read_import_psql_copy_unindexed ${rate(clean.recordable, bare)} reads/s`);
    console.log(`BENCH read_import_peak_rss ${Math.max(first.peakRssMb, second.peakRssMb)} MB`);
    console.log(`clean file: ${describeRun(first)}`);
    console.log(`file with repeats: ${describeRun(second)}`);
    console.log(`${meters} meters; psql \\copy of the ${clean.recordable} recorded rows: ${baseline.toFixed(2)} s into a clone of meter_read, ${bare.toFixed(2)} s into a bare table`);
    return { readsPerSecond, copyBaselineReadsPerSecond, ratio };
  } finally {
    await pool.end();
    await orm.close();
    rmSync(dir, { recursive: true, force: true });
    await db.drop();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runReadImportBench({ reads: process.argv[2] ? Number(process.argv[2]) : undefined, meters: process.argv[3] ? Number(process.argv[3]) : undefined });
}
