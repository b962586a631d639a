import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, startTestServer, type TestServer } from '../setup/harness.js';
import { approveAndPost, printScenario } from './print-fixture.js';
import { pdfPageCount } from './print-files.js';

/**
 * Time and memory of the print files for a large run (PRINT_SCALE=100000 npx vitest run …
 * print-scale.test.ts). Skipped in npm test: speed is measured, not asserted (quality.md).
 */
const N = Number(process.env.PRINT_SCALE ?? 0);
let t: TestServer;
let base: string;
let runId: string;

/** Streams a download, hashing it and counting bytes, while sampling the server's heap (same process). */
async function measure(path: string): Promise<{ seconds: number; cpuSeconds: number; bytes: number; peakHeapMb: number; sha256: string; head: Buffer }> {
  const token = await t.tokenFor(Role.CLERK);
  global.gc?.();
  let peak = 0;
  // With NODE_OPTIONS=--expose-gc the heap is measured after a collection: what is held, not garbage.
  const timer = setInterval(() => {
    global.gc?.();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, global.gc ? 250 : 20);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const response = await fetch(base + path, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  const hash = createHash('sha256');
  let bytes = 0;
  const keep: Buffer[] = [];
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    hash.update(chunk);
    bytes += chunk.length;
    if (keep.length < 4) keep.push(Buffer.from(chunk));
  }
  clearInterval(timer);
  const used = process.cpuUsage(cpu);
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6, bytes, peakHeapMb: Math.round(peak / 1048576), sha256: hash.digest('hex'), head: Buffer.concat(keep) };
}

describe.skipIf(!N)(`print files of a ${N}-bill run`, () => {
  beforeAll(async () => {
    t = await startTestServer();
    base = await t.listen();
    const s = await printScenario(t);
    await approveAndPost(t, s.julyRunId);
    const [template] = await t.sql(`select b.*, a.cycle_id, a.rate_schedule_codes from bill b join account a on a.id = b.account_id where b.run_id = $1 order by bill_seq limit 1`, [s.julyRunId]);
    const [run] = await t.sql(`insert into bill_run (number, kind, status, read_window_start, read_window_end, bill_date, due_date, first_bill_number, bill_count)
      values ($1, 'CYCLE', 'POSTED', '2026-06-25', '2026-07-05', '2026-07-06', '2026-07-27', 5000000, $2) returning id::text`, [`SCALE-${Date.now()}`, N]);
    runId = run.id;
    await t.sql(`with c as (insert into customer (number, name, customer_class, mailing_address, email)
        select 'SC' || g, 'Scale Customer ' || g, 'RESIDENTIAL', case when g % 3 = 0 then 'PO Box ' || g || ', Port Arthur TX 77641' end, 'c' || g || '@example.com' from generate_series(1, $1) g returning id, number),
      p as (insert into premise (address, city, state, zip) select g || ' Scale St', 'Port Arthur', 'TX', '77640' from generate_series(1, $1) g returning id),
      cp as (select c.id cid, p.id pid, row_number() over () rn from (select id, row_number() over (order by id) r from c) c join (select id, row_number() over (order by id) r from p) p on c.r = p.r),
      a as (insert into account (number, customer_id, premise_id, cycle_id, status, start_date, rate_schedule_codes, paperless)
        select 'SA' || rn, cid, pid, $2, 'ACTIVE', '2026-01-01', $3, rn % 5 = 0 from cp returning id)
      insert into bill (run_id, account_id, bill_seq, kind, period_start, period_end, days, usage, reads, lines, service_totals, total, bill_date, due_date)
        select $4, id, row_number() over (order by id), 'REGULAR', $5, $6, 30, $7, $8, $9, $10, $11, '2026-07-06', '2026-07-27' from a`,
      [N, template.cycle_id, template.rate_schedule_codes, runId, template.period_start, template.period_end, template.usage, JSON.stringify(template.reads), JSON.stringify(template.lines), JSON.stringify(template.service_totals), template.total]);
  }, 600_000);
  afterAll(() => t?.close());

  it('should stream the CSV and the manifest with flat memory', async () => {
    const csv = await measure(`/bill-runs/${runId}/print.csv`);
    console.log(`PRINT csv ${N} bills: ${csv.seconds.toFixed(2)} s, ${(csv.bytes / 1048576).toFixed(1)} MB, ${Math.round(N / csv.seconds)} bills/s, node cpu ${csv.cpuSeconds.toFixed(1)} s, peak heap ${csv.peakHeapMb} MB`);
    const started = performance.now();
    const manifest = await (await fetch(`${base}/bill-runs/${runId}/manifest.json`, { headers: { authorization: `Bearer ${await t.tokenFor(Role.CLERK)}` } })).json();
    console.log(`PRINT manifest ${((performance.now() - started) / 1000).toFixed(2)} s`);
    expect(manifest).toMatchObject({ billCount: N, csv: { sha256: csv.sha256, bytes: csv.bytes } });
  }, 600_000);

  it('should stream the PDF with flat memory', async () => {
    const pdf = await measure(`/bill-runs/${runId}/bills.pdf`);
    console.log(`PRINT pdf ${N} bills: ${pdf.seconds.toFixed(2)} s, ${(pdf.bytes / 1048576).toFixed(1)} MB, ${Math.round(N / pdf.seconds)} pages/s, node cpu ${pdf.cpuSeconds.toFixed(1)} s, peak heap ${pdf.peakHeapMb} MB`);
    expect(pdf.head.subarray(0, 5).toString()).toBe('%PDF-');
    const sample = await measure(`/bill-runs/${runId}/bills.pdf?sample=3`);
    expect(pdfPageCount(sample.head)).toBeLessThanOrEqual(3);
  }, 1_800_000);

  it('should stop reading bills when the client hangs up, and keep serving', async () => {
    const abort = new AbortController();
    const response = await fetch(`${base}/bill-runs/${runId}/bills.pdf`, { headers: { authorization: `Bearer ${await t.tokenFor(Role.CLERK)}` }, signal: abort.signal });
    const reader = response.body!.getReader();
    await reader.read();
    abort.abort();
    await new Promise(r => setTimeout(r, 500));
    const [{ n }] = await t.sql(`select count(*)::int n from pg_stat_activity where query like 'copy (select%' and state = 'active'`);
    expect(n).toBe(0);
    const again = await fetch(`${base}/bill-runs/${runId}/manifest.json`, { headers: { authorization: `Bearer ${await t.tokenFor(Role.CLERK)}` } });
    expect(((await again.json()) as { billCount: number }).billCount).toBe(N);
  }, 600_000);
});
