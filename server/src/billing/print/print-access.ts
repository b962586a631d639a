import type pg from 'pg';
import { Conflict, NotFound } from '../../shared/graphql/errors.js';

export interface PrintRun {
  readonly id: string;
  readonly number: string;
  readonly status: string;
  readonly billDate: string;
  readonly dueDate: string;
}

const PRINTABLE = ['POSTED', 'EXPORTED'];
// Sample bills are shown in the run console before approval (watermarked DRAFT), so the PDF is
// also open to calculated and approved runs; the vendor files are only for posted bills.
const SAMPLEABLE = ['CALCULATED', 'APPROVED', ...PRINTABLE];

export async function loadPrintRun(pool: pg.Pool, runId: string): Promise<PrintRun> {
  if (!/^\d{1,18}$/.test(runId)) throw new NotFound('Bill run', runId);
  const { rows } = await pool.query(`select id::text, number, status::text, to_char(bill_date, 'YYYY-MM-DD') bill_date, to_char(due_date, 'YYYY-MM-DD') due_date
    from bill_run where id = $1`, [runId]);
  if (!rows[0]) throw new NotFound('Bill run', runId);
  const r = rows[0];
  return { id: r.id, number: r.number, status: r.status, billDate: r.bill_date, dueDate: r.due_date };
}

/** The vendor files (print CSV, manifest, e-bills) exist only for posted bills. */
export function requirePosted(run: PrintRun): void {
  if (!PRINTABLE.includes(run.status)) throw new Conflict(`Bill run ${run.number} is ${run.status}: print files are made once it is POSTED`, { status: run.status });
}

export function requireSampleable(run: PrintRun): void {
  if (!SAMPLEABLE.includes(run.status)) throw new Conflict(`Bill run ${run.number} is ${run.status}: it has no bills to show until it is CALCULATED`, { status: run.status });
}

/**
 * Reads a whole file in one REPEATABLE READ, READ ONLY transaction, so the CSV, its trailer and
 * a PDF read in batches see one state even while payments post. A connection left mid-COPY by a
 * failure (a client that hung up) is destroyed, not returned to the pool.
 */
export async function withReadSnapshot<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const result = await work(client);
    await client.query('commit');
    client.release();
    return result;
  } catch (error) {
    client.release(error as Error);
    throw error;
  }
}
