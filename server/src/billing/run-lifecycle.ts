import type pg from 'pg';
import { Conflict, Forbidden, NotFound } from '../shared/graphql/errors.js';
import { nextStatus, type BillRunAction, type BillRunStatus } from './core/bill-run-status.js';

export interface RunRow {
  id: string;
  status: BillRunStatus;
  kind: string;
  cycle_id: string | null;
  account_id: string | null;
  rebill_of_id: string | null;
  error: string | null;
}

/**
 * Locks a run and checks an action against the lifecycle table (billing/core/bill-run-status.ts):
 * an illegal move is CONFLICT (with the allowed actions), a missing role FORBIDDEN.
 */
export async function lockForAction(client: pg.ClientBase, runId: string, action: BillRunAction, roles: readonly string[]): Promise<{ run: RunRow; to: BillRunStatus }> {
  const run = (await client.query<RunRow>(`select id::text, status, kind, cycle_id::text, account_id::text, rebill_of_id::text, error from bill_run where id = $1 for update`, [runId])).rows[0];
  if (!run) throw new NotFound('Bill run', runId);
  const outcome = nextStatus(run.status, action, roles);
  if (!outcome.ok) {
    if (outcome.conflict.reason === 'FORBIDDEN_ROLE') throw new Forbidden(outcome.conflict.message);
    throw new Conflict(outcome.conflict.message, { allowedActions: outcome.conflict.allowedActions, status: run.status });
  }
  return { run, to: outcome.value };
}

/** Drops a run's calculated bills and register (before approval they are drafts, not records). */
export async function clearCalculation(client: pg.ClientBase, runId: string): Promise<void> {
  await client.query(`delete from bill where run_id = $1`, [runId]);
  await client.query(`delete from bill_run_register where run_id = $1`, [runId]);
  // "No rate" is found by the calculation: the next one looks again (a rate may have been added).
  await client.query(`update bill_run_account set disposition = 'BILLABLE', hold_reason = null
    where run_id = $1 and disposition = 'BLOCKED' and hold_reason like 'No rate: %'`, [runId]);
  await client.query(`update bill_run set done_accounts = 0, bill_count = 0, total = 0, calc_started_at = null, calc_finished_at = null, error = null where id = $1`, [runId]);
}

export async function setStatus(client: pg.ClientBase, runId: string, status: BillRunStatus, extra = ''): Promise<void> {
  await client.query(`update bill_run set status = $2${extra ? `, ${extra}` : ''} where id = $1`, [runId, status]);
}
