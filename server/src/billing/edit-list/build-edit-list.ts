import type pg from 'pg';
import { CopyWriter, copyInto, withCopyWriter } from '../../shared/db/copy.js';
import { accountPeriod } from '../core/account-period.js';
import { editChecks } from '../core/edit-checks.js';
import { initialEditState, mergeRecheck, runDisposition, type AccountEditState } from '../core/edit-state.js';
import { defaultEditThresholds, type EditThresholds } from '../core/edit-thresholds.js';
import { EXCEPTION_COLUMNS, exceptionRows, loadEditStates, saveExceptions } from './edit-state.store.js';
import type { RunScope } from './facts-query.js';
import { accountFactsStream, type AccountFacts } from './account-facts-stream.js';
import { dec } from '../../shared/money/index.js';

export interface EditListSummary {
  accounts: number;
  exceptions: number;
  blocked: number;
  held: number;
}

const ACCOUNT_COLUMNS = ['run_id', 'account_id', 'seq', 'disposition', 'hold_reason', 'period_start', 'period_end', 'days', 'usage',
  'average_daily', 'partial', 'estimated', 'facts'] as const;

/** Edit thresholds of a run: the stored overrides over the defaults of billing-rules.md. */
export function thresholdsOf(stored: Record<string, string> | null): EditThresholds {
  const t: Record<string, unknown> = { ...defaultEditThresholds };
  for (const [key, value] of Object.entries(stored ?? {})) if (key in t) t[key] = dec(value);
  return t as unknown as EditThresholds;
}

/**
 * Builds (or refreshes) the pre-billing edit list of a run: facts streamed out with COPY on a second
 * connection, period, consumption and checks in the pure core, results streamed back with COPY in
 * one transaction (billing-rules.md "Pre-billing edit list"). Resolutions survive a rebuild when the
 * exception comes back with the same figures; holds and the actions log are kept.
 */
export async function buildEditList(pool: pg.Pool, client: pg.ClientBase, runId: string): Promise<EditListSummary> {
  const scope = await runScope(client, runId);
  // A one-account run reads its facts in the caller's transaction (e.g. a final read just written).
  if (scope.accountId) return writeEditList(client, runId, null, accountFactsStream({ accounts: client, reads: client }, scope, null), true);
  const [accounts, reads] = [await pool.connect(), await pool.connect()];
  let failure: Error | undefined;
  try {
    return await writeEditList(client, runId, null, accountFactsStream({ accounts, reads }, scope, null), false);
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    // After a failure a COPY may still be streaming on these connections: close them, never pool them.
    accounts.release(failure);
    reads.release(failure);
  }
}

/** Re-checks one account of a run inside the caller's transaction (after an action on its exceptions). */
export async function recheckAccount(client: pg.ClientBase, runId: string, accountId: string): Promise<EditListSummary> {
  const scope = await runScope(client, runId);
  return writeEditList(client, runId, accountId, accountFactsStream({ accounts: client, reads: client }, scope, accountId), true);
}

/** The accounts and read window of a run, read inside the caller's transaction. */
export async function runScope(client: pg.ClientBase, runId: string): Promise<RunScope> {
  const r = (await client.query(`select r.read_window_start::text ws, r.read_window_end::text we, r.cycle_id::text, r.account_id::text, r.rebill_of_id::text, r.kind,
      b.kind rebill_of_kind from bill_run r left join bill b on b.id = r.rebill_of_id where r.id = $1`, [runId])).rows[0];
  if (!r) throw new Error(`no bill run ${runId}`);
  return { windowStart: r.ws, windowEnd: r.we, cycleId: r.cycle_id, accountId: r.account_id, rebillOfId: r.rebill_of_id, kind: r.kind, rebillOfKind: r.rebill_of_kind };
}

/**
 * Checks the streamed accounts and writes the run's rows and exceptions. `shared`: the stream reads
 * on the writer's own connection (one COPY at a time), so rows are written after it ends.
 */
async function writeEditList(client: pg.ClientBase, runId: string, accountId: string | null, stream: AsyncGenerator<AccountFacts[]>, shared: boolean): Promise<EditListSummary> {
  const run = (await client.query(`select thresholds from bill_run where id = $1 for update`, [runId])).rows[0];
  const thresholds = thresholdsOf(run.thresholds);
  const states = await loadEditStates(client, runId, accountId);
  // A re-check keeps the account's place in the run (its seq orders the bills and their numbers).
  const keptSeq = accountId
    ? (await client.query(`select coalesce((select seq from bill_run_account where run_id = $1 and account_id = $2),
        (select coalesce(max(seq), 0) + 1 from bill_run_account where run_id = $1)) as seq`, [runId, accountId])).rows[0].seq
    : null;
  const summary: EditListSummary = { accounts: 0, exceptions: 0, blocked: 0, held: 0 };
  const exceptions: unknown[][] = [];
  const rows: unknown[][] = [];
  const scopeFilter = accountId ? ' and account_id = $2' : '';
  const scopeParams = accountId ? [runId, accountId] : [runId];
  if (!shared) await client.query(`delete from bill_run_account where run_id = $1${scopeFilter}`, scopeParams);
  const checkAll = async (writer: CopyWriter | null) => {
    for await (const batch of stream) {
      for (const item of batch) {
        const row = checkAccount(runId, item, keptSeq, thresholds, states, summary, exceptions);
        const flushed = writer?.write(row);
        if (flushed) await flushed;
        if (!writer) rows.push(row);
      }
    }
  };
  if (!shared) await withCopyWriter(new CopyWriter(client, 'bill_run_account', ACCOUNT_COLUMNS), checkAll);
  else {
    await checkAll(null);
    await client.query(`delete from bill_run_account where run_id = $1${scopeFilter}`, scopeParams);
    await copyInto(client, 'bill_run_account', ACCOUNT_COLUMNS, rows);
  }
  await saveExceptions(client, runId, accountId, table => copyInto(client, table, EXCEPTION_COLUMNS, exceptions).then(() => undefined));
  if (!accountId) await client.query(`update bill_run set total_accounts = $2 where id = $1`, [runId, summary.accounts]);
  return summary;
}

/** One account through the core: period and consumption, checks, merged state, disposition → its row. */
function checkAccount(runId: string, item: AccountFacts, keptSeq: number | null, thresholds: EditThresholds, states: Map<string, AccountEditState>,
  summary: EditListSummary, exceptions: unknown[][]): unknown[] {
  const id = item.accountId;
  const period = accountPeriod(item.facts);
  const alerts = item.facts.alerts;
  const found = editChecks({
    days: period.days, usageGallons: period.usageGallons, consumptionKind: period.kind, hasActualRead: period.hasActualRead,
    averageDailyGallons: period.averageDailyGallons, lastPeriodGallons: period.lastPeriodGallons, meterChanged: period.meterChanged,
    alerts, partialPeriod: period.partial,
  }, thresholds);
  const before = states.get(id);
  const state: AccountEditState = before ? mergeRecheck(before, found) : initialEditState(found);
  const disposition = runDisposition(state);
  summary.accounts++;
  summary.exceptions += state.exceptions.length;
  if (disposition.status === 'BLOCKED') summary.blocked++;
  if (disposition.status === 'HELD') summary.held++;
  if (state.exceptions.length) exceptions.push(...exceptionRows(runId, id, state));
  return [
    runId, id, keptSeq ?? item.seq, disposition.status,
    disposition.status === 'HELD' ? 'Held out of this run' : disposition.status === 'BLOCKED' ? `Blocked: ${disposition.codes.join(', ')}` : null,
    period.periodStart, period.periodEnd, period.days,
    period.usageGallons === null ? null : period.usageGallons.toFixed(3),
    period.averageDailyGallons === null ? null : period.averageDailyGallons.toFixed(6),
    period.partial, period.estimated,
    { meters: period.meters, meterSize: item.meterSize, endReadId: period.endReadId, kind: period.kind, meterChanged: period.meterChanged, alerts,
      lastPeriodGallons: period.lastPeriodGallons === null ? null : period.lastPeriodGallons.toFixed(3), hasActualRead: period.hasActualRead },
  ];
}
