import type { EntityManager } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { auditWithClient } from '../../audit/audit.service.js';
import { addMonths } from '../../shared/dates/index.js';
import { copyBatches, copyInto, copyOut, CopyWriter, withCopyWriter } from '../../shared/db/copy.js';
import { withTransaction } from '../../shared/db/transaction.js';
import { dec, moneyText, ZERO, type Dec } from '../../shared/money/index.js';
import type { WinterHistoryPeriod } from '../../rating/core/winter-average.js';
import { RatingError } from '../../rating/core/rating-error.js';
import { loadCompiledSchedules } from '../../rating/rate-schedule.service.js';
import { calculationQuery, winterHistoryQuery } from './calculation-query.js';
import { BILL_COLUMNS, rateBill, type RunRating } from './rate-bill.js';

export const CHUNK_ACCOUNTS = 20_000;

interface RunRow {
  id: string;
  status: string;
  bill_date: string;
  due_date: string;
  total_accounts: number;
  done_accounts: number;
  standard_days: number;
  kind: string;
}

type Queryable = pg.Pool | pg.ClientBase;

/** What rating a run needs: its dates, its cycle's standard days, the compiled schedules of its accounts. */
async function prepare(db: Queryable, em: EntityManager, runId: string) {
  const run = (await db.query<RunRow>(`select r.id, r.status, r.kind, r.bill_date::text, r.due_date::text, r.total_accounts, r.done_accounts,
      coalesce(c.standard_days, (select ac.standard_days from account a join billing_cycle ac on ac.id = a.cycle_id where a.id = r.account_id), 30) standard_days
      from bill_run r left join billing_cycle c on c.id = r.cycle_id where r.id = $1`, [runId])).rows[0];
  if (!run || run.status !== 'CALCULATING') throw new Error(`run ${runId} is not calculating`);
  const codes = (await db.query<{ code: string }>(`select distinct unnest(a.rate_schedule_codes) code from bill_run_account bra
      join account a on a.id = bra.account_id where bra.run_id = $1 and bra.disposition = 'BILLABLE'`, [runId])).rows.map(r => r.code);
  const loaded = await loadCompiledSchedules(em.fork(), codes);
  const schedules = new Map([...loaded].map(([code, v]) => [code, { versions: v.versions, retiredOn: v.retiredOn }]));
  const winter = [...schedules.values()].some(s => s.versions.some(v => v.version.winterAverage !== null));
  return { run, schedules, winter };
}

async function chunk(client: pg.ClientBase, prepared: Awaited<ReturnType<typeof prepare>>, from: number, to: number, reader: pg.ClientBase | null): Promise<void> {
  const { run, schedules, winter } = prepared;
  const winterHistory = winter ? await loadWinterHistory(client, run.id, from, to, addMonths(run.bill_date, -14)) : new Map();
  const ratingRun: RunRating = { runId: run.id, kind: run.kind, billDate: run.bill_date, dueDate: run.due_date, standardDays: run.standard_days, schedules, winterHistory };
  await calculateChunk(client, ratingRun, from, to, reader);
}

async function finish(client: pg.ClientBase, runId: string): Promise<void> {
  await client.query(`update bill_run set status = 'CALCULATED', calc_finished_at = now(), error = null where id = $1 and status = 'CALCULATING'`, [runId]);
  const totals = (await client.query(`select bill_count, total from bill_run where id = $1`, [runId])).rows[0];
  await auditWithClient(client, { entity: 'bill_run', entityId: runId, action: 'CALCULATED', after: totals });
}

/**
 * Calculates a run's bills in chunks of accounts (by their place in the run), each chunk one
 * transaction with its bills, its billing-register rows and the progress mark: a run killed at any
 * point resumes after the last committed chunk and ends with exactly the bills of an uninterrupted
 * run (quality.md). Rating is the pure core's, the same as quoteCharges.
 */
export async function calculateRun(pool: pg.Pool, em: EntityManager, runId: string, onChunk?: (done: number, total: number) => void, chunkSize = CHUNK_ACCOUNTS): Promise<void> {
  const prepared = await prepare(pool, em, runId);
  const { run } = prepared;
  // The chunk's accounts are read on a second connection while its bills are written on the first:
  // PostgreSQL takes the bills on one core while rating runs on the other.
  const reader = await pool.connect();
  let failure: Error | undefined;
  try {
    for (let from = run.done_accounts; from < run.total_accounts; from += chunkSize) {
      const to = Math.min(from + chunkSize, run.total_accounts);
      await withTransaction(pool, async client => {
        const mark = (await client.query(`select done_accounts from bill_run where id = $1 for update`, [runId])).rows[0].done_accounts;
        if (mark !== from) throw new Error(`run ${runId} moved on to ${mark} while calculating from ${from}`);
        await chunk(client, prepared, from, to, reader);
      });
      onChunk?.(to, run.total_accounts);
    }
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    reader.release(failure); // a COPY may still be streaming on it after a failure: closed, not pooled
  }
  await withTransaction(pool, client => finish(client, runId));
}

/** Calculates a small run (one account: a final or off-cycle bill) inside the caller's transaction. */
export async function calculateWithin(client: pg.ClientBase, em: EntityManager, runId: string): Promise<void> {
  const prepared = await prepare(client, em, runId);
  await chunk(client, prepared, prepared.run.done_accounts, prepared.run.total_accounts, null);
  await finish(client, runId);
}

/**
 * Rates the accounts of a chunk into bills. With a `reader` (a second connection), accounts stream
 * in on it while bills stream out on `client`; without one (a run inside the caller's transaction,
 * whose rows only that transaction sees), the accounts are read first, then the bills written.
 */
async function calculateChunk(client: pg.ClientBase, run: RunRating, from: number, to: number, reader: pg.ClientBase | null): Promise<void> {
  // Bills are numbered on from the run's committed count (a count of the billable accounts before
  // `from` would give the same and read half the run on every chunk of a large one).
  const offset = Number((await client.query(`select bill_count from bill_run where id = $1`, [run.runId])).rows[0].bill_count);
  const query = calculationQuery(run.runId, from, to);
  let input: AsyncIterable<(string | null)[][]> | Iterable<(string | null)[][]>;
  if (reader) input = copyBatches(reader, query);
  else {
    const rows: (string | null)[][] = [];
    await copyOut(client, query, batch => void rows.push(...batch));
    input = [rows];
  }
  const register: RegisterRows = new Map();
  const noRate: { accountId: string; reason: string }[] = [];
  let total = ZERO;
  let billCount = 0;
  const rateAll = async (emit: (bill: unknown[]) => Promise<void> | undefined) => {
    for await (const batch of input) {
      for (const row of batch) {
        let rated;
        try {
          rated = rateBill(run, row, offset + billCount + 1);
        } catch (error) {
          if (!(error instanceof RatingError)) throw error;
          noRate.push({ accountId: row[0]!, reason: `No rate: ${error.message}` });
          continue;
        }
        billCount++;
        total = total.plus(rated.total);
        // Register rows by schedule, and by service (schedule_code SERVICE_TOTAL): a bill counts once
        // in a service whatever its schedules there, and usage only where a schedule rates it.
        const billServices = new Map<string, boolean>();
        for (const s of rated.bySchedule) {
          addToRegister(register, s.service, s.scheduleCode, s.metered ? rated.usage : ZERO, s.amount, 1);
          billServices.set(s.service, (billServices.get(s.service) ?? false) || s.metered);
          addToRegister(register, s.service, SERVICE_TOTAL, ZERO, s.amount, 0);
        }
        for (const [service, metered] of billServices) addToRegister(register, service, SERVICE_TOTAL, metered ? rated.usage : ZERO, ZERO, 1);
        const flushed = emit(rated.row);
        if (flushed) await flushed;
      }
    }
  };
  if (reader) await withCopyWriter(new CopyWriter(client, 'bill', BILL_COLUMNS), writer => rateAll(bill => writer.write(bill)));
  else {
    const bills: unknown[][] = [];
    await rateAll(bill => void bills.push(bill));
    await copyInto(client, 'bill', BILL_COLUMNS, bills);
  }
  await copyInto(client, 'bill_run_register', ['run_id', 'chunk', 'service', 'schedule_code', 'bills', 'usage', 'amount'],
    [...register.values()].map(r => [run.runId, to, r.service, r.scheduleCode, r.bills, r.usage.toFixed(3), moneyText(r.amount)]));
  for (const n of noRate) {
    await client.query(`update bill_run_account set disposition = 'BLOCKED', hold_reason = $3 where run_id = $1 and account_id = $2`, [run.runId, n.accountId, n.reason]);
  }
  await client.query(`update bill_run set done_accounts = $2, bill_count = bill_count + $3, total = total + $4::numeric where id = $1`,
    [run.runId, to, billCount, moneyText(total)]);
}

/** The register row of a run's chunk that holds a service's totals (the others are by schedule). */
export const SERVICE_TOTAL = '*';

type RegisterRows = Map<string, { service: string; scheduleCode: string; bills: number; usage: Dec; amount: Dec }>;

function addToRegister(register: RegisterRows, service: string, scheduleCode: string, usage: Dec, amount: Dec, bills: number): void {
  const key = `${service}|${scheduleCode}`;
  const r = register.get(key) ?? { service, scheduleCode, bills: 0, usage: ZERO, amount: ZERO };
  r.bills += bills;
  if (!usage.isZero()) r.usage = r.usage.plus(usage);
  if (!amount.isZero()) r.amount = r.amount.plus(amount);
  register.set(key, r);
}

async function loadWinterHistory(client: pg.ClientBase, runId: string, from: number, to: number, since: string): Promise<Map<string, WinterHistoryPeriod[]>> {
  const history = new Map<string, WinterHistoryPeriod[]>();
  await copyOut(client, winterHistoryQuery(runId, from, to, since), rows => {
    for (const [account, periodEnd, days, usage] of rows) {
      history.set(account!, [...(history.get(account!) ?? []), { periodEnd: periodEnd!, days: Number(days), usage: dec(usage!) }]);
    }
  });
  return history;
}
