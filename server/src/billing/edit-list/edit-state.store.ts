import type pg from 'pg';
import type { AccountEditState, ActionRecord, EditWorkOrderType, TrackedException } from '../core/edit-state.js';
import type { EditCode } from '../core/edit-thresholds.js';

interface ExceptionRow {
  account_id: string;
  code: string;
  blocking: boolean;
  message: string;
  figures: Record<string, string>;
  status: TrackedException['status'];
  resolution: string | null;
  resolved_by: string | null;
  resolved_at: Date | null;
  note: string | null;
}

interface ActionRow {
  account_id: string;
  kind: ActionRecord['kind'];
  code: string | null;
  work_order_type: string | null;
  by_user_id: string;
  at: Date;
  note: string | null;
}

/**
 * The edit-list state of accounts of a run, rebuilt from the stored exceptions and the actions log
 * (the pure core's AccountEditState). Only accounts that have exceptions or actions appear.
 */
export async function loadEditStates(client: pg.ClientBase, runId: string, accountId: string | null): Promise<Map<string, AccountEditState>> {
  const filter = accountId ? ' and account_id = $2' : '';
  const params = accountId ? [runId, accountId] : [runId];
  const [exceptions, actions] = await Promise.all([
    client.query<ExceptionRow>(`select account_id::text, code, blocking, message, figures, status, resolution, resolved_by::text, resolved_at, note
      from bill_run_exception where run_id = $1${filter}`, params),
    client.query<ActionRow>(`select account_id::text, kind, code, work_order_type, by_user_id::text, at, note from bill_run_action where run_id = $1${filter} order by id`, params),
  ]);
  const history = new Map<string, ActionRecord[]>();
  for (const a of actions.rows) {
    const record: ActionRecord = { kind: a.kind, code: a.code as EditCode | null, by: a.by_user_id, at: a.at.toISOString(), note: a.note ?? undefined,
      ...(a.work_order_type ? { workOrderType: a.work_order_type as EditWorkOrderType } : {}) };
    history.set(a.account_id, [...(history.get(a.account_id) ?? []), record]);
  }
  const states = new Map<string, AccountEditState>();
  const stateOf = (id: string) => states.get(id) ?? { exceptions: [], held: heldOf(history.get(id) ?? []), history: history.get(id) ?? [] };
  for (const id of history.keys()) states.set(id, stateOf(id));
  for (const e of exceptions.rows) {
    const state = stateOf(e.account_id);
    const own = (history.get(e.account_id) ?? []).filter(a => a.kind === 'WORK_ORDER' && a.code === e.code);
    const tracked: TrackedException = {
      code: e.code as EditCode, blocking: e.blocking, message: e.message, figures: e.figures, status: e.status,
      resolvedBy: e.resolution ? { kind: e.resolution as ActionRecord['kind'], code: e.code as EditCode, by: e.resolved_by ?? '', at: e.resolved_at?.toISOString() ?? '', note: e.note ?? undefined } : null,
      workOrders: own.map(a => a.workOrderType!).filter(Boolean),
    };
    states.set(e.account_id, { ...state, exceptions: [...state.exceptions, tracked] });
  }
  return states;
}

function heldOf(history: readonly ActionRecord[]): ActionRecord | null {
  const last = [...history].reverse().find(a => a.kind === 'HOLD' || a.kind === 'RELEASE_HOLD');
  return last?.kind === 'HOLD' ? last : null;
}

export const EXCEPTION_COLUMNS = ['run_id', 'account_id', 'code', 'blocking', 'message', 'figures', 'status', 'resolution', 'resolved_by', 'resolved_at', 'note'] as const;

/** Rows of bill_run_exception for an account's state (resolution fields carried over). */
export function exceptionRows(runId: string, accountId: string, state: AccountEditState): unknown[][] {
  return state.exceptions.map(e => [
    runId, accountId, e.code, e.blocking, e.message, e.figures, e.status,
    e.resolvedBy?.kind ?? null, e.resolvedBy?.by || null, e.resolvedBy?.at || null, e.resolvedBy?.note ?? null,
  ]);
}

/**
 * Replaces the run's exceptions (or one account's) with the given rows, keeping the id of every
 * exception that is still there, so a clerk's open screen stays valid after a rebuild.
 */
export async function saveExceptions(client: pg.ClientBase, runId: string, accountId: string | null, write: (table: string) => Promise<void>): Promise<void> {
  await client.query(`create temp table if not exists edit_exception_stage (like bill_run_exception including defaults) on commit drop`);
  await client.query(`truncate edit_exception_stage`);
  await write('edit_exception_stage');
  const filter = accountId ? ' and e.account_id = $2' : '';
  const params = accountId ? [runId, accountId] : [runId];
  await client.query(`delete from bill_run_exception e where e.run_id = $1${filter}
    and not exists (select 1 from edit_exception_stage s where s.account_id = e.account_id and s.code = e.code)`, params);
  await client.query(`insert into bill_run_exception (run_id, account_id, code, blocking, message, figures, status, resolution, resolved_by, resolved_at, note)
    select run_id, account_id, code, blocking, message, figures, status, resolution, resolved_by, resolved_at, note from edit_exception_stage
    on conflict (run_id, account_id, code) do update set blocking = excluded.blocking, message = excluded.message, figures = excluded.figures,
      status = excluded.status, resolution = excluded.resolution, resolved_by = excluded.resolved_by, resolved_at = excluded.resolved_at, note = excluded.note`);
}
