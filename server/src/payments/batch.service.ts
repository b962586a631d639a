import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { checkAmount } from '../ledger/money-checks.js';
import { one, rows, type Db } from '../ledger/sql.js';
import { Conflict, InputProblems, NotFound } from '../shared/graphql/errors.js';
import { paginate, type ListArgs, type ListSpec } from '../shared/orm/paginate.js';
import { dec, moneyText, ZERO } from '../shared/money/index.js';
import { batchBalance } from './core/index.js';
import type { BalanceBatchInput, OpenBatchInput } from './batch.inputs.js';
import type { BatchBalanceView } from './batch.types.js';
import { PaymentBatch } from './payment-batch.entity.js';
import { BatchKind, BatchStatus, PaymentMethod } from './payment-enums.js';

export const batchList: ListSpec<PaymentBatch> = {
  entity: PaymentBatch,
  filters: { id: 'id', status: 'status', kind: 'kind', businessDate: 'businessDate', drawer: 'drawer', openedBy: 'openedBy' },
  orderBy: { BUSINESS_DATE: 'businessDate', OPENED_AT: 'openedAt' },
  defaultOrder: 'BUSINESS_DATE',
};

export const listBatches = (em: EntityManager, args: ListArgs) => paginate(em, batchList, args);

/** Cash and checks go to the bank with the drawer; card payments settle through the processor. */
const DEPOSITED_WITH_DRAWER = [PaymentMethod.CASH, PaymentMethod.CHECK];

export async function openBatch(em: EntityManager, input: OpenBatchInput, userId: string | null, today: string): Promise<PaymentBatch> {
  const problems = new InputProblems();
  problems.check(Boolean(input.drawer?.trim()), 'drawer', 'name the drawer');
  if (input.controlTotal != null) checkAmount(problems, 'controlTotal', input.controlTotal, 'nonNegative');
  if (input.controlCount != null) problems.check(input.controlCount >= 0, 'controlCount', 'must not be negative');
  problems.throwIfAny();
  const methods = input.methods?.length ? [...new Set(input.methods)] : [PaymentMethod.CASH, PaymentMethod.CHECK, PaymentMethod.CARD];
  return em.transactional(async tx => {
    const batch = tx.create(PaymentBatch, {
      kind: BatchKind.DRAWER, name: input.drawer.trim(), drawer: input.drawer.trim(), methods, businessDate: input.businessDate ?? today,
      controlCount: input.controlCount ?? null, controlTotal: input.controlTotal ?? null, openedBy: userId,
    });
    await tx.flush();
    return batch;
  });
}

/** A payment may join a drawer only while it is open, and only in a method it takes. Held until commit. */
export async function requireOpenBatch(db: Db, batchId: string, method: PaymentMethod): Promise<void> {
  const batch = /^\d{1,18}$/.test(batchId) ? await one<{ status: string; methods: string[] }>(db, 'select status, methods from payment_batch where id = $1 for share', [batchId]) : undefined;
  if (!batch) throw new NotFound('Payment batch', batchId, 'batchId');
  if (batch.status !== BatchStatus.OPEN) throw new Conflict(`batch ${batchId} is ${batch.status}: it takes no more payments`, { field: 'batchId' });
  if (!batch.methods.includes(method)) throw new Conflict(`batch ${batchId} takes ${batch.methods.join(', ')}, not ${method}`, { field: 'method' });
}

type BatchPayment = { batchId: string; amount: string; method: PaymentMethod };

/** The payments of some batches, one query (a page of batches asking for `balance` stays ≤ 3 statements). */
export async function batchPayments(db: Db, batchIds: readonly string[]): Promise<Map<string, BatchPayment[]>> {
  const got = await rows<BatchPayment>(db, 'select batch_id::text as "batchId", amount::text, method::text as method from payment where batch_id = any($1::bigint[]) order by id', [batchIds]);
  const groups = new Map<string, BatchPayment[]>();
  for (const p of got) {
    const list = groups.get(p.batchId);
    if (list) list.push(p);
    else groups.set(p.batchId, [p]);
  }
  return groups;
}

/** The batch against its controls; a batch without counted controls does not balance. */
export async function batchBalanceOf(db: Db, batch: Pick<PaymentBatch, 'id' | 'controlCount' | 'controlTotal'>, loaded?: readonly BatchPayment[]): Promise<BatchBalanceView> {
  const payments = loaded ?? (await batchPayments(db, [batch.id])).get(batch.id) ?? [];
  const controlTotal = batch.controlTotal === null ? null : dec(batch.controlTotal);
  const result = batchBalance({ controlCount: batch.controlCount ?? -1, controlTotal: controlTotal ?? ZERO, payments: payments.map(p => ({ amount: dec(p.amount) })) });
  const byMethod = new Map<PaymentMethod, { count: number; total: ReturnType<typeof dec> }>();
  for (const p of payments) {
    const m = byMethod.get(p.method) ?? { count: 0, total: ZERO };
    byMethod.set(p.method, { count: m.count + 1, total: m.total.plus(dec(p.amount)) });
  }
  const counted = batch.controlCount !== null && controlTotal !== null;
  return {
    balanced: counted && result.balanced,
    controlCount: batch.controlCount,
    controlTotal: controlTotal === null ? null : moneyText(controlTotal),
    actualCount: result.actualCount,
    actualTotal: moneyText(result.actualTotal),
    countDifference: counted ? result.countDifference : result.actualCount,
    totalDifference: moneyText(counted ? result.totalDifference : result.actualTotal),
    byMethod: [...byMethod].map(([method, m]) => ({ method, count: m.count, total: moneyText(m.total) })),
  };
}

async function lockedBatch(tx: EntityManager, id: string): Promise<PaymentBatch> {
  const batch = /^\d{1,18}$/.test(id) ? await tx.findOne(PaymentBatch, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!batch) throw new NotFound('Payment batch', id, 'batchId');
  if (batch.status !== BatchStatus.OPEN) throw new Conflict(`batch ${id} is already ${batch.status}`, { field: 'batchId' });
  return batch;
}

/** Records what the clerk counted; the batch stays open (balance it again after a correction). */
export async function balanceBatch(em: EntityManager, input: BalanceBatchInput): Promise<PaymentBatch> {
  const problems = new InputProblems();
  problems.check(input.controlCount >= 0, 'controlCount', 'must not be negative');
  checkAmount(problems, 'controlTotal', input.controlTotal, 'nonNegative');
  problems.throwIfAny();
  return em.transactional(async tx => {
    const batch = await lockedBatch(tx, input.batchId);
    batch.controlCount = input.controlCount;
    batch.controlTotal = input.controlTotal;
    await tx.flush();
    return batch;
  });
}

/**
 * Closes a drawer for the bank deposit (billing-rules.md: "A batch posts only when it balances"):
 * CONFLICT with the differences when the counted controls and the payments disagree.
 */
export async function postBatch(em: EntityManager, id: string, userId: string | null): Promise<PaymentBatch> {
  return em.transactional(async tx => {
    const batch = await lockedBatch(tx, id);
    const balance = await batchBalanceOf(tx, batch);
    if (!balance.balanced) {
      throw new Conflict(`batch ${id} does not balance: ${balance.countDifference} payment(s) and ${balance.totalDifference} off its control`, {
        field: 'batchId', countDifference: balance.countDifference, totalDifference: balance.totalDifference,
      });
    }
    const deposit = balance.byMethod.filter(m => DEPOSITED_WITH_DRAWER.includes(m.method)).reduce((s, m) => s.plus(dec(m.total)), ZERO);
    Object.assign(batch, { status: BatchStatus.POSTED, postedBy: userId, postedAt: new Date(), depositTotal: moneyText(deposit) });
    await tx.flush();
    return batch;
  });
}
