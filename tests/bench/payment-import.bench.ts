/**
 * Payment file import, end to end through the real service (parse, account match, suspense,
 * ledger entries, payments, batch, import record; one transaction), on a fresh database.
 *
 *   DATABASE_URL=postgresql://… node --import tsx tests/bench/payment-import.bench.ts
 *
 * The database is made by lib/fresh-database.ts (DATABASE_URL, else an embedded one). Seeds 100,000
 * accounts set-based, writes three 100,000-line lockbox CSV files (1 % unknown accounts, which go to
 * suspense), imports each and prints `BENCH payment_import_100k_seconds <median of 3> s` (target
 * ≤ 5 s). The baseline, measured in the same run without psql: one `insert … select from unnest`
 * of the same 100,000 rows into an unindexed table through the same pool, i.e. the floor for moving
 * those rows from Node into PostgreSQL; printed as `BENCH payment_import_baseline_unnest_seconds`.
 * Also `BENCH payment_post_p95_ms`: 8 clerks posting counter payments at once (target ≤ 10 ms).
 */
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { importPayments } from '../../server/src/payments/payment-import.service.js';
import { PaymentMethod } from '../../server/src/payments/payment-enums.js';
import { postPayment } from '../../server/src/payments/payment.service.js';
import { fixedClock } from '../../server/src/shared/clock.js';
import { ImportFormat } from '../../server/src/shared/graphql/file-import.js';
import { freshDatabase } from './lib/fresh-database.js';

const ACCOUNTS = 100_000;
pg.types.setTypeParser(pg.types.builtins.DATE, (text: string) => text);

/** 100,000 customers, premises and ACTIVE accounts numbered 2000001…, written set-based (seed only: triggers off). */
async function seedAccounts(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query(`set local session_replication_role = replica`);
    const { rows } = await client.query(`insert into billing_cycle (code, name, standard_days) values ('BENCH', 'Bench cycle', 30) returning id`);
    await client.query(`insert into customer (number, name, customer_class) select 'C' || g, 'Customer ' || g, 'RESIDENTIAL' from generate_series(1, $1::int) g`, [ACCOUNTS]);
    await client.query(`insert into premise (address, city, state, zip) select g || ' Main St', 'Port Arthur', 'TX', '77640' from generate_series(1, $1::int) g`, [ACCOUNTS]);
    await client.query(`insert into account (number, customer_id, premise_id, cycle_id, status, start_date, rate_schedule_codes)
      select (2000000 + c.rn)::text, c.id, p.id, $1, 'ACTIVE', '2020-01-01', '{W-RES}'
      from (select id, row_number() over (order by id) rn from customer) c join (select id, row_number() over (order by id) rn from premise) p using (rn)`, [rows[0].id]);
    await client.query('commit');
    await client.query('analyze');
  } finally {
    client.release();
  }
}

/** A gotransverse lockbox CSV of one payment per account (1 % to unknown accounts), amounts in cents → text. */
export function lockboxFile(run: number): { content: string; total: bigint } {
  const lines: string[] = [];
  let total = 0n;
  for (let i = 1; i <= ACCOUNTS; i++) {
    const cents = 1_000 + ((i * 7919 + run * 104_729) % 25_000);
    total += BigInt(cents);
    const account = i % 100 === 0 ? `9${i}` : String(2_000_000 + i);
    lines.push(`${i},${account},"PAYER ${i}",2026-04-0${run + 1},${cents / 100 | 0}.${String(cents % 100).padStart(2, '0')},USD,121042882,000123456789,${10_000 + i},,,`);
  }
  const totalText = `${total / 100n}.${String(total % 100n).padStart(2, '0')}`;
  const header = `First National Lockbox Services,LBX-BENCH-${run},West County Water District,2026-04-0${run + 1},${totalText}`;
  const labels = 'Line Number,Account Number,Customer Name,Deposit Date,Amount,Currency,Bank Routing Number,Bank Account Number,Check Number,Invoice Number,Invoice Due Date,Invoice Amount';
  return { content: [header, labels, ...lines].join('\n') + '\n', total };
}

async function baseline(pool: pg.Pool): Promise<number> {
  await pool.query('create unlogged table if not exists bench_baseline (account text, amount numeric(14,2), received_on date, reference text)');
  const accounts = Array.from({ length: ACCOUNTS }, (_, i) => String(2_000_001 + i));
  const amounts = accounts.map((_, i) => `${10 + (i % 250)}.25`);
  const started = process.hrtime.bigint();
  await pool.query(`insert into bench_baseline select * from unnest($1::text[], $2::numeric[], $3::date[], $4::text[])`,
    [accounts, amounts, accounts.map(() => '2026-04-01'), accounts.map((_, i) => String(10_000 + i))]);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** 8 clerks posting counter payments at once through the service, 200 each: p95 latency in ms. */
async function postLatencyP95(services: Parameters<typeof postPayment>[0]): Promise<number> {
  const latencies: number[] = [];
  await Promise.all(Array.from({ length: 8 }, async (_, clerk) => {
    for (let i = 0; i < 200; i++) {
      const started = process.hrtime.bigint();
      await postPayment(services, { accountId: String(1 + ((clerk * 200 + i) * 37) % ACCOUNTS), amount: '42.50', method: PaymentMethod.CASH, receivedOn: '2026-04-10', idempotencyKey: `bench-${clerk}-${i}` }, null);
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }));
  return latencies.sort((a, b) => a - b)[Math.floor(latencies.length * 0.95)]!;
}

export async function runPaymentImportBench(): Promise<{ seconds: number }> {
  const db = await freshDatabase('cis_bench_payments');
  const pool = new pg.Pool({ connectionString: db.url, max: 10 });
  pool.on('error', () => undefined); // idle connections closed by the final drop database
  try {
    await seedAccounts(pool);
    const services = { pool, clock: fixedClock('2026-04-10T16:00:00Z') };
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const { content } = lockboxFile(run);
      const started = process.hrtime.bigint();
      const result = await importPayments(services, { format: ImportFormat.LOCKBOX_CSV, fileName: `bench-${run}.csv`, content }, null);
      times.push(Number(process.hrtime.bigint() - started) / 1e9);
      if (result.imported !== ACCOUNTS || result.suspense !== ACCOUNTS / 100) throw new Error(`bench import went wrong: ${JSON.stringify(result)}`);
    }
    const p95 = await postLatencyP95(services);
    const base = await baseline(pool);
    const seconds = Number(median(times).toFixed(2));
    console.log(`BENCH payment_import_100k_seconds ${seconds} s`);
    console.log(`BENCH payment_import_baseline_unnest_seconds ${base.toFixed(2)} s`);
    console.log(`BENCH payment_import_ratio_to_baseline ${(seconds / base).toFixed(1)} x`);
    console.log(`BENCH payment_post_p95_ms ${p95.toFixed(1)} ms`);
    return { seconds };
  } finally {
    await pool.end();
    await db.drop();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runPaymentImportBench();
}
