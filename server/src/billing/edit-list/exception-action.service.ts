import type pg from 'pg';
import type { AppServices, SessionUser } from '../../context.js';
import { withTransaction } from '../../shared/db/transaction.js';
import { BadUserInput, Conflict, NotFound } from '../../shared/graphql/errors.js';
import { applyExceptionAction, type ExceptionEffect } from '../core/exception-actions.js';
import type { EditCode } from '../core/edit-thresholds.js';
import { clearCalculation, lockForAction, setStatus } from '../run-lifecycle.js';
import type { ExceptionActionInput } from '../bill-run.inputs.js';
import { recheckAccount } from './build-edit-list.js';
import { loadEditStates } from './edit-state.store.js';
import { writeCorrectedRead, writeEstimate, writeWorkOrder } from './exception-effects.js';

interface Target {
  runId: string;
  accountId: string;
  code: EditCode | null;
}

async function targetOf(client: pg.ClientBase, input: ExceptionActionInput): Promise<Target> {
  if (input.exceptionId) {
    const row = (await client.query(`select run_id::text, account_id::text, code from bill_run_exception where id = $1`, [/^\d+$/.test(input.exceptionId) ? input.exceptionId : '0'])).rows[0];
    if (!row) throw new NotFound('Exception', input.exceptionId, 'exceptionId');
    return { runId: row.run_id, accountId: row.account_id, code: row.code };
  }
  if (!input.runId || !input.accountId) throw BadUserInput.field('exceptionId', 'give the exception, or the run and the account');
  return { runId: input.runId, accountId: input.accountId, code: null };
}

/**
 * Works one edit-list exception (billing-rules.md "Pre-billing edit list": accept, correct the read,
 * estimate, hold, issue a work order — each recorded with who and when) and re-checks the account,
 * all in one transaction. A calculated run drops back to EDITS: its drafts no longer match the list.
 */
export async function workException(app: AppServices, input: ExceptionActionInput, actor: SessionUser): Promise<string> {
  return withTransaction(app.pool, client => workOne(client, input, actor, app.clock.now()));
}

/** The same action on many exceptions, one transaction (all or nothing). */
export async function workExceptions(app: AppServices, inputs: ExceptionActionInput[], actor: SessionUser): Promise<number> {
  return withTransaction(app.pool, async client => {
    for (const input of inputs) await workOne(client, input, actor, app.clock.now());
    return inputs.length;
  });
}

async function workOne(client: pg.ClientBase, input: ExceptionActionInput, actor: SessionUser, now: Date): Promise<string> {
  const target = await targetOf(client, input);
  const { run } = await lockForAction(client, target.runId, 'buildEditList', actor.roles);
  if (run.status === 'CALCULATED') await clearCalculation(client, target.runId);
  if (run.status !== 'EDITS') await setStatus(client, target.runId, 'EDITS');
  const state = (await loadEditStates(client, target.runId, target.accountId)).get(target.accountId) ?? { exceptions: [], held: null, history: [] };
  const action = { kind: input.action, code: target.code ?? undefined, by: actor.id, at: now.toISOString(), note: input.note ?? undefined,
    ...(input.workOrderType ? { workOrderType: input.workOrderType } : {}) };
  const outcome = applyExceptionAction(state, action);
  if (!outcome.ok) throw new Conflict(outcome.conflict.message, { allowedActions: outcome.conflict.allowedActions, reason: outcome.conflict.reason });
  if (input.action === 'CORRECT_READ' && !input.readValue) throw BadUserInput.field('readValue', 'give the right reading');
  const workOrderId = await carryOut(client, target, outcome.value.effects, input, actor);
  await client.query(`insert into bill_run_action (run_id, account_id, kind, code, work_order_type, work_order_id, by_user_id, by_email, at, note)
    values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [target.runId, target.accountId, input.action, target.code, input.workOrderType ?? null, workOrderId, actor.id, actor.email, now, input.note ?? null]);
  const updated = outcome.value.state.exceptions.find(e => e.code === target.code);
  if (updated) {
    await client.query(`update bill_run_exception set status = $4, resolution = $5, resolved_by = $6, resolved_at = $7, note = coalesce($8, note), work_order_id = coalesce($9, work_order_id)
      where run_id = $1 and account_id = $2 and code = $3`,
      [target.runId, target.accountId, target.code, updated.status, updated.resolvedBy?.kind ?? null, updated.resolvedBy ? actor.id : null,
        updated.resolvedBy ? now : null, input.note ?? null, workOrderId]);
  }
  await recheckAccount(client, target.runId, target.accountId);
  return target.runId;
}

async function carryOut(client: pg.ClientBase, target: Target, effects: readonly ExceptionEffect[], input: ExceptionActionInput, actor: SessionUser): Promise<string | null> {
  let workOrderId: string | null = null;
  for (const effect of effects) {
    if (effect.type === 'ESTIMATE_READ') await writeEstimate(client, target.runId, target.accountId, actor.id);
    if (effect.type === 'CREATE_WORK_ORDER') {
      workOrderId = await writeWorkOrder(client, target.accountId, effect.workOrderType, `Edit list ${target.code}: ${effect.workOrderType === 'RE_READ' ? 're-read the meter' : 'check for a leak'}`, actor.id);
    }
    if (effect.type === 'RECHECK' && input.action === 'CORRECT_READ') await writeCorrectedRead(client, target.runId, target.accountId, input.readValue!, input.note ?? null, actor.id);
  }
  return workOrderId;
}
