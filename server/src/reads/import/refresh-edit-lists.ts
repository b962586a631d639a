import type pg from 'pg';
import type { AppServices, SessionUser } from '../../context.js';
import { Role } from '../../auth/roles.js';
import { refreshEditList } from '../../billing/bill-run.service.js';

/** The background job that rebuilds one run's edit list after reads arrived. */
export const REFRESH_EDIT_LIST_JOB = 'reads.refresh-edit-list';

/** Runs whose edit lists the reads at these premises change: open (EDITS) runs of their accounts' cycles, or of those accounts. */
const OPEN_RUNS = (premises: string) => `
  with acc as (select a.id, a.cycle_id from account a where a.premise_id in (${premises}))
  select br.id::text id from bill_run br
  where br.status = 'EDITS' and (br.cycle_id in (select cycle_id from acc) or br.account_id in (select id from acc))
  order by br.id`;

/** Inside an import (read_match still exists on the scratch connection): the open runs its recorded reads touch. */
export async function runsTouchedByImport(client: pg.ClientBase): Promise<string[]> {
  const open = await client.query(`select 1 from bill_run where status = 'EDITS' limit 1`);
  if (!open.rowCount) return [];
  const sql = OPEN_RUNS(`select distinct premise_id from read_match where problem is null and premise_id is not null`);
  return (await client.query(sql)).rows.map(r => r.id);
}

export async function runsTouchedAtPremise(pool: pg.Pool, premiseId: string): Promise<string[]> {
  return (await pool.query(OPEN_RUNS('$1::bigint'), [premiseId])).rows.map(r => r.id);
}

/**
 * Queues the rebuild of those runs' edit lists once the reads are committed, so a NO_READ
 * exception clears as soon as the read file is in (issue 4). A background job: the import answers
 * at once, a cycle of 100,000 accounts is rebuilt behind it, and a failed rebuild is retried.
 */
export async function queueEditListRefresh(app: AppServices, runIds: readonly string[], user: SessionUser): Promise<string[]> {
  for (const runId of runIds) await app.jobs.send(REFRESH_EDIT_LIST_JOB, { runId, userId: user.id });
  return [...runIds];
}

/**
 * The worker (registered in jobs/workers.ts). It rebuilds for the system on behalf of the importer
 * (a FIELD user's handheld file must refresh the list too), hence a clerk's role. A run that moved
 * on meanwhile (calculating, approved) is left alone: not an error to retry.
 */
export async function registerReadWorkers(services: AppServices): Promise<void> {
  await services.jobs.work(REFRESH_EDIT_LIST_JOB, async data => {
    const runId = String(data.runId);
    const actor: SessionUser = { id: String(data.userId ?? ''), email: 'system', name: 'Read import', roles: [Role.CLERK], customerId: null, sessionId: '', kind: 'SESSION' };
    try {
      await refreshEditList(services, runId, actor);
    } catch (error) {
      if ((error as { extensions?: { code?: string } }).extensions?.code !== 'CONFLICT') throw error;
      services.logger.info({ runId }, 'edit list not refreshed: the run moved on');
    }
  });
}
