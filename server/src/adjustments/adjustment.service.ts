import type { EntityManager } from '@mikro-orm/postgresql';
import { auditWithClient } from '../audit/audit.service.js';
import type { AppServices } from '../context.js';
import { postEntries } from '../ledger/ledger-posting.js';
import { checkAmount, checkNote, requestHash, requireAccount } from '../ledger/money-checks.js';
import { allocateIds, lockKeys, one, rows, type Db } from '../ledger/sql.js';
import { loadBillingPolicy } from '../policies/billing-policy.service.js';
import type { ServiceType } from '../rating/service-type.js';
import { withTransaction } from '../shared/db/transaction.js';
import { BadUserInput, Conflict, Forbidden, InputProblems, NotFound } from '../shared/graphql/errors.js';
import { paginate, type ListArgs, type ListSpec } from '../shared/orm/paginate.js';
import type { Dec } from '../shared/money/index.js';
import { Adjustment } from './adjustment.entity.js';
import type { AdjustmentInput } from './adjustment.inputs.js';

export const adjustmentList: ListSpec<Adjustment> = {
  entity: Adjustment,
  filters: { id: 'id', accountId: 'accountId', status: 'status', reasonCode: 'reason', createdBy: 'createdBy', createdAt: 'createdAt' },
  orderBy: { CREATED_AT: 'createdAt', AMOUNT: 'amount' },
  defaultOrder: 'CREATED_AT',
};
export const listAdjustments = (em: EntityManager, args: ListArgs, extra?: object) => paginate(em, adjustmentList, args, extra as never);

/** An adjustment to record, from createAdjustment or from another service (leak adjustments). */
export interface NewAdjustment {
  readonly accountId: string;
  readonly amount: Dec;
  readonly reasonCode: string;
  readonly note: string;
  readonly service?: ServiceType | null;
  readonly billId?: string | null;
  readonly idempotencyKey?: string | null;
  readonly userId: string | null;
  readonly today: string;
}

interface Reason { code: string; description: string; active: boolean; glSource: string | null }

async function reasonOf(db: Db, code: string): Promise<Reason> {
  const reason = await one<Reason>(db, 'select code, description, active, gl_source as "glSource" from adjustment_reason where code = $1', [code.trim().toUpperCase()]);
  if (!reason || !reason.active) throw BadUserInput.field('reasonCode', `${code} is not an active adjustment reason code`);
  return reason;
}

async function postAdjustmentEntry(db: Db, a: { id: string; accountId: string; amount: string; service: ServiceType | null; note: string }, reason: Reason, postedOn: string, userId: string | null): Promise<string> {
  const [entryId] = await postEntries(db, [{
    accountId: a.accountId, kind: 'ADJUSTMENT', amount: a.amount, postedOn, dueOn: null, service: a.service, reversesId: null,
    source: reason.glSource ?? 'ADJUSTMENT', sourceId: a.id, createdBy: userId, description: `${reason.description}: ${a.note}`,
  }]);
  return entryId!;
}

/**
 * Records an adjustment inside the caller's transaction (billing-rules.md "Adjustments"): reason
 * code, note and author; up to the policy's `adjustmentApprovalAbove` (absolute value) it posts at
 * once, above it it waits as PENDING_APPROVAL for a supervisor who is not its author.
 */
export async function createAdjustmentWith(db: Db, a: NewAdjustment): Promise<string> {
  const reason = await reasonOf(db, a.reasonCode);
  await requireAccount(db, a.accountId);
  const hash = requestHash({ accountId: a.accountId, amount: a.amount.toFixed(2), reasonCode: reason.code, note: a.note.trim(), service: a.service ?? null, billId: a.billId ?? null });
  if (a.idempotencyKey) {
    await lockKeys(db, [`adjustment-key:${a.idempotencyKey}`]);
    const seen = await one<{ id: string; request_hash: string }>(db, 'select id::text, request_hash from adjustment where idempotency_key = $1', [a.idempotencyKey]);
    if (seen?.request_hash === hash) return seen.id;
    if (seen) throw new Conflict(`idempotency key already used for adjustment ${seen.id} with other content`, { reason: 'IDEMPOTENCY_KEY_MISMATCH', field: 'idempotencyKey' });
  }
  const policy = await loadBillingPolicy(db);
  const pending = a.amount.abs().gt(policy.adjustmentApprovalAbove);
  const [id] = await allocateIds(db, 'adjustment_id_seq', 1);
  const row = { id: id!, accountId: a.accountId, amount: a.amount.toFixed(2), service: a.service ?? null, note: a.note.trim() };
  const entryId = pending ? null : await postAdjustmentEntry(db, row, reason, a.today, a.userId);
  await rows(db, `insert into adjustment (id, account_id, amount, reason_code, note, service, status, posted_on, entry_id, idempotency_key, request_hash, bill_id, created_by)
    values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [id, a.accountId, row.amount, reason.code, row.note, row.service, pending ? 'PENDING_APPROVAL' : 'POSTED', pending ? null : a.today, entryId, a.idempotencyKey ?? null, hash, a.billId ?? null, a.userId]);
  await auditWithClient(db as never, { entity: 'adjustment', entityId: id, action: 'INSERT', after: { ...row, reasonCode: reason.code, status: pending ? 'PENDING_APPROVAL' : 'POSTED', entryId } });
  return id!;
}

export async function createAdjustment(app: Pick<AppServices, 'pool' | 'clock'>, input: AdjustmentInput, userId: string | null): Promise<string> {
  const problems = new InputProblems();
  const amount = checkAmount(problems, 'amount', input.amount, 'nonZero');
  checkNote(problems, 'note', input.note);
  problems.throwIfAny();
  return withTransaction(app.pool, client => createAdjustmentWith(client, { ...input, amount: amount!, userId, today: app.clock.today() }));
}

type Pending = { id: string; accountId: string; amount: string; service: ServiceType | null; note: string; status: string; createdBy: string | null; reasonCode: string };

async function lockPending(db: Db, id: string): Promise<Pending> {
  const row = /^\d{1,18}$/.test(id)
    ? await one<Pending>(db, `select id::text, account_id::text as "accountId", amount::text, service, note, status, created_by::text as "createdBy", reason_code as "reasonCode" from adjustment where id = $1 for update`, [id])
    : undefined;
  if (!row) throw new NotFound('Adjustment', id);
  if (row.status !== 'PENDING_APPROVAL') throw new Conflict(`adjustment ${id} is ${row.status}, not waiting for approval`, { field: 'id' });
  return row;
}

/** Maker-checker: a supervisor other than the author approves, and the adjustment posts that day. */
export async function decideAdjustment(app: Pick<AppServices, 'pool' | 'clock'>, id: string, approve: boolean, userId: string | null, note?: string | null): Promise<string> {
  if (!approve && !note?.trim()) throw BadUserInput.field('note', 'say why the adjustment is rejected');
  return withTransaction(app.pool, async client => {
    const a = await lockPending(client, id);
    if (a.createdBy !== null && a.createdBy === userId) throw new Forbidden(`adjustment ${id} needs a supervisor other than its author`);
    const today = app.clock.today();
    const entryId = approve ? await postAdjustmentEntry(client, a, await reasonOf(client, a.reasonCode), today, userId) : null;
    await rows(client, `update adjustment set status = $2, entry_id = $3, posted_on = $4, decided_by = $5, decided_at = now(), decision_note = $6 where id = $1`,
      [id, approve ? 'POSTED' : 'REJECTED', entryId, approve ? today : null, userId, note?.trim() || null]);
    await auditWithClient(client, { entity: 'adjustment', entityId: id, action: approve ? 'APPROVE' : 'REJECT', before: { status: a.status }, after: { entryId, note } });
    return id;
  });
}

