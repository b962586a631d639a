import type { AppServices, SessionUser } from '../context.js';
import { auditWithClient } from '../audit/audit.service.js';
import { daysBetween, isCalendarDate } from '../shared/dates/index.js';
import { withTransaction } from '../shared/db/transaction.js';
import { BadUserInput, Conflict, InputProblems, NotFound } from '../shared/graphql/errors.js';
import { dueDate } from './core/due-date.js';
import { buildEditList, type EditListSummary } from './edit-list/build-edit-list.js';
import type { BillRunInput } from './bill-run.inputs.js';
import { clearCalculation, lockForAction, setStatus } from './run-lifecycle.js';
import { postRun } from './posting/post-run.js';
import { reverseRebilledBill } from './posting/rebill.js';

export const CALCULATE_JOB = 'bill-run.calculate';

function checkDates(input: { readWindowStart: string; readWindowEnd: string; billDate: string; dueDate?: string | null }): void {
  const problems = new InputProblems()
    .check(isCalendarDate(input.readWindowStart), 'readWindowStart', 'is not a date')
    .check(isCalendarDate(input.readWindowEnd), 'readWindowEnd', 'is not a date')
    .check(isCalendarDate(input.billDate), 'billDate', 'is not a date');
  if (input.dueDate) problems.check(isCalendarDate(input.dueDate), 'dueDate', 'is not a date');
  problems.throwIfAny();
  if (input.readWindowEnd < input.readWindowStart) throw BadUserInput.field('readWindowEnd', 'is before readWindowStart');
  if (daysBetween(input.readWindowStart, input.readWindowEnd) > 62) throw BadUserInput.field('readWindowEnd', 'a read window is at most 62 days');
  if (input.dueDate && input.dueDate < input.billDate) throw BadUserInput.field('dueDate', 'is before billDate');
}

/**
 * Creates a cycle's bill run and builds its edit list in the same transaction (DRAFT → EDITS):
 * the list is there as soon as the run is.
 */
export async function createBillRun(app: AppServices, input: BillRunInput, actor: SessionUser): Promise<{ id: string; summary: EditListSummary }> {
  checkDates(input);
  return withTransaction(app.pool, async client => {
    const cycle = (await client.query(`select id, due_days from billing_cycle where id = $1 for update`, [/^\d+$/.test(input.cycleId) ? input.cycleId : '0'])).rows[0];
    if (!cycle) throw new NotFound('Billing cycle', input.cycleId, 'cycleId');
    // One open run per cycle: two would bill the same periods twice.
    const open = (await client.query(`select number, status from bill_run where cycle_id = $1 and kind = 'CYCLE' and status not in ('POSTED', 'EXPORTED', 'CANCELLED') limit 1`, [cycle.id])).rows[0];
    if (open) throw new Conflict(`cycle already has run ${open.number} open (${open.status}): post or cancel it first`, { field: 'cycleId', reason: 'RUN_OPEN' });
    const due = input.dueDate ?? dueDate(input.billDate, { daysAfterBill: cycle.due_days });
    const { id } = (await client.query(`insert into bill_run (number, kind, cycle_id, status, read_window_start, read_window_end, bill_date, due_date, created_by)
      values ('R' || nextval('bill_run_number_seq'), 'CYCLE', $1, 'EDITS', $2, $3, $4, $5, $6) returning id::text`,
      [cycle.id, input.readWindowStart, input.readWindowEnd, input.billDate, due, actor.id])).rows[0];
    const summary = await buildEditList(app.pool, client, id);
    return { id, summary };
  });
}

/** Rebuilds the edit list (reads arrived, reads corrected); a calculated run goes back to EDITS. */
export async function refreshEditList(app: AppServices, runId: string, actor: SessionUser): Promise<EditListSummary> {
  return withTransaction(app.pool, async client => {
    const { run } = await lockForAction(client, runId, 'buildEditList', actor.roles);
    if (run.status === 'CALCULATED') await clearCalculation(client, runId);
    await setStatus(client, runId, 'EDITS');
    return buildEditList(app.pool, client, runId);
  });
}

/**
 * Starts (or resumes) the calculation as a background job. From EDITS or CALCULATED the previous
 * drafts are dropped; from CALCULATING (an interrupted run) the job continues after the last
 * committed chunk.
 */
export async function calculateBillRun(app: AppServices, runId: string, actor: SessionUser): Promise<void> {
  await withTransaction(app.pool, async client => {
    const { run } = await lockForAction(client, runId, 'calculate', actor.roles);
    if (run.status !== 'CALCULATING') {
      await clearCalculation(client, runId);
      await setStatus(client, runId, 'CALCULATING', 'calc_started_at = now()');
    } else await client.query(`update bill_run set error = null where id = $1`, [runId]);
  });
  await app.jobs.send(CALCULATE_JOB, { runId }, { singletonKey: `calculate-${runId}` });
}

export async function approveBillRun(app: AppServices, runId: string, actor: SessionUser): Promise<void> {
  await withTransaction(app.pool, async client => {
    await lockForAction(client, runId, 'approve', actor.roles);
    await setStatus(client, runId, 'APPROVED', `approved_at = now(), approved_by = ${Number(actor.id)}`);
    await auditWithClient(client, { entity: 'bill_run', entityId: runId, action: 'APPROVED' });
  });
}

export async function reopenBillRun(app: AppServices, runId: string, actor: SessionUser): Promise<void> {
  await withTransaction(app.pool, async client => {
    await lockForAction(client, runId, 'reopen', actor.roles);
    await clearCalculation(client, runId);
    await setStatus(client, runId, 'EDITS', 'approved_at = null, approved_by = null');
  });
}

/** Posts an approved run (one transaction); a rebill run also reverses the bill it replaces. */
export async function postBillRun(app: AppServices, runId: string, actor: SessionUser): Promise<void> {
  await withTransaction(app.pool, async client => {
    const { run } = await lockForAction(client, runId, 'post', actor.roles);
    await postRun(client, runId, actor.id);
    if (run.rebill_of_id) await reverseRebilledBill(client, run.rebill_of_id, runId, actor.id);
  });
}

export async function exportBillRun(app: AppServices, runId: string, actor: SessionUser): Promise<void> {
  await withTransaction(app.pool, async client => {
    await lockForAction(client, runId, 'export', actor.roles);
    await setStatus(client, runId, 'EXPORTED', 'exported_at = coalesce(exported_at, now())');
    await auditWithClient(client, { entity: 'bill_run', entityId: runId, action: 'EXPORTED' });
  });
}

export async function cancelBillRun(app: AppServices, runId: string, actor: SessionUser): Promise<void> {
  await withTransaction(app.pool, async client => {
    await lockForAction(client, runId, 'cancel', actor.roles);
    await clearCalculation(client, runId);
    await setStatus(client, runId, 'CANCELLED');
  });
}
