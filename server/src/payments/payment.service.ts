import type { EntityManager } from '@mikro-orm/postgresql';
import { currentActor } from '../audit/audit-context.js';
import type { AppServices } from '../context.js';
import { checkAmount, checkKey, checkPastDate } from '../ledger/money-checks.js';
import { one, type Db } from '../ledger/sql.js';
import { Conflict, InputProblems, NotFound } from '../shared/graphql/errors.js';
import { paginate, type ListArgs, type ListSpec } from '../shared/orm/paginate.js';
import { comparePaymentRequest, paymentRequestHash, type PaymentRequest } from './core/index.js';
import { requireOpenBatch } from './batch.service.js';
import { Payment } from './payment.entity.js';
import type { PaymentInput } from './payment.inputs.js';

export const paymentList: ListSpec<Payment> = {
  entity: Payment,
  filters: { id: 'id', accountId: 'account', batchId: 'batch', importFileId: 'importFileId', status: 'status', method: 'method', receivedOn: 'receivedOn', reference: 'reference', viaSuspense: 'viaSuspense' },
  search: ['reference', 'payerName', 'accountReference'],
  orderBy: { RECEIVED_ON: 'receivedOn', CREATED_AT: 'createdAt', AMOUNT: 'amount' },
  defaultOrder: 'RECEIVED_ON',
};

export const listPayments = (em: EntityManager, args: ListArgs, extra?: object) => paginate(em, paymentList, args, extra as never);

const requestOf = (input: PaymentInput): PaymentRequest => ({
  accountId: input.accountId,
  amount: input.amount,
  method: input.method,
  receivedOn: input.receivedOn,
  reference: input.reference ?? null,
  batchId: input.batchId ?? null,
  note: input.note ?? null,
});

type StoredRequest = { id: string; request_hash: string | null } & Record<'accountId' | 'amount' | 'method' | 'receivedOn' | 'reference' | 'batchId' | 'note', string | null>;

/**
 * A reused idempotency key (billing-rules.md: "posting the same key twice returns the first payment
 * and changes nothing"): the same content returns the first payment; other content is a CONFLICT
 * naming the fields that differ (payments/core comparePaymentRequest).
 */
function replay(stored: StoredRequest, request: PaymentRequest, hash: string): string {
  if (stored.request_hash === hash) return stored.id;
  const comparison = comparePaymentRequest(stored as unknown as PaymentRequest, request);
  if (comparison.result === 'SAME') return stored.id;
  throw new Conflict(`idempotency key already used for payment ${stored.id} with a different ${comparison.fields.join(', ')}`, {
    reason: 'IDEMPOTENCY_KEY_MISMATCH',
    paymentId: stored.id,
    fields: comparison.fields,
  });
}

const FIND_BY_KEY = `select id::text, request_hash, account_id::text as "accountId", amount::text as amount, method::text as method, received_on as "receivedOn", reference, batch_id::text as "batchId", note
  from payment where idempotency_key = $1`;

/**
 * The payment, its PAYMENT ledger entry and its audit row in one statement, so one round trip and
 * one transaction (the counter's hot path: p95 ≤ 10 ms). ON CONFLICT on the idempotency key's unique
 * index makes a concurrent request with the same key wait for the first to commit and then insert
 * nothing. A drawer must be OPEN and take the method (its row is share-locked by the statement, so
 * postBatch cannot close it under the payment). An unknown account writes nothing and is NOT_FOUND.
 */
const INSERT_PAYMENT = `with acct as (select id from account where id = $1::bigint),
  b as (select id from payment_batch where id = $8::bigint and status = 'OPEN' and $3::text = any(methods) for share),
  p as (
    insert into payment (id, account_id, amount, method, status, received_on, reference, idempotency_key, request_hash, batch_id, note, entry_id, created_by)
    select nextval('payment_id_seq'), $1::bigint, $2::numeric, $3::payment_method, 'POSTED', $4::date, $5, $6, $7, $8::bigint, $9, nextval('ledger_entry_id_seq'), $10::bigint
    where exists (select 1 from acct) and ($8::bigint is null or exists (select 1 from b))
    on conflict (idempotency_key) where idempotency_key is not null do nothing
    returning id, entry_id),
  e as (insert into ledger_entry (id, account_id, kind, amount, posted_on, method, description, source, source_id, created_by)
    select entry_id, $1::bigint, 'PAYMENT', -($2::numeric), $4::date, $3::text, $11, 'PAYMENT', id, $10::bigint from p),
  a as (insert into audit_event (actor_id, actor_email, operation, request_id, entity, entity_id, action, after)
    select $12::bigint, $13, $14, $15, 'payment', id::text, 'INSERT', $16::jsonb from p)
  select (select id::text from p) as id, exists (select 1 from acct) as account`;

async function insertPayment(db: Db, input: PaymentInput, hash: string, userId: string | null): Promise<string | null> {
  if (!/^\d{1,18}$/.test(input.accountId)) throw new NotFound('Account', input.accountId, 'accountId');
  if (input.batchId && !/^\d{1,18}$/.test(input.batchId)) throw new NotFound('Payment batch', input.batchId, 'batchId');
  const reference = input.reference?.trim() || null;
  const actor = currentActor();
  const row = await one<{ id: string | null; account: boolean }>(db, INSERT_PAYMENT, [
    input.accountId, input.amount, input.method, input.receivedOn, reference, input.idempotencyKey, hash, input.batchId ?? null, input.note?.trim() || null, userId,
    `Payment, ${input.method.toLowerCase()}${reference ? ` ${reference}` : ''}`,
    actor?.userId ?? null, actor?.email ?? 'system', actor?.operation ?? null, actor?.requestId ?? null, JSON.stringify(input),
  ]);
  if (!row?.account) throw new NotFound('Account', input.accountId, 'accountId');
  return row.id;
}

/**
 * postPayment, idempotent on its key: the same key posted twice, even at the same instant, writes
 * one payment (the unique index) and the second gets the first back, or a CONFLICT naming what
 * differs. Counter payments reach the ledger at once (posted on the day received); the drawer is
 * balanced at day end.
 */
export async function postPayment(app: Pick<AppServices, 'pool' | 'clock'>, input: PaymentInput, userId: string | null): Promise<string> {
  const problems = new InputProblems();
  checkAmount(problems, 'amount', input.amount);
  checkPastDate(problems, 'receivedOn', input.receivedOn, app.clock.today());
  checkKey(problems, 'idempotencyKey', input.idempotencyKey);
  problems.throwIfAny();
  const request = requestOf(input);
  const hash = paymentRequestHash(request);
  const inserted = await insertPayment(app.pool, input, hash, userId);
  if (inserted) return inserted;
  // Nothing written: the key was used before, or the drawer is closed, unknown or takes another method.
  const stored = await one<StoredRequest>(app.pool, FIND_BY_KEY, [input.idempotencyKey]);
  if (stored) return replay(stored, request, hash);
  if (input.batchId) await requireOpenBatch(app.pool, input.batchId, input.method);
  throw new Error(`payment with key ${input.idempotencyKey} was neither written nor found`);
}
