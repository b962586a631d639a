import type { EntityManager } from '@mikro-orm/postgresql';
import { auditWithClient } from '../audit/audit.service.js';
import type { AppServices } from '../context.js';
import { CustomerClass } from '../customers/customer-class.js';
import { finalBillDeposit } from '../ledger/core/index.js';
import { balanceOf } from '../ledger/ledger-read.js';
import { postEntries } from '../ledger/ledger-posting.js';
import { checkAmount, checkKey, checkPastDate, requestHash } from '../ledger/money-checks.js';
import { lockKeys, one, rows, type Db } from '../ledger/sql.js';
import { depositForClass, loadBillingPolicy } from '../policies/billing-policy.service.js';
import { withTransaction } from '../shared/db/transaction.js';
import { BadUserInput, Conflict, InputProblems, NotFound } from '../shared/graphql/errors.js';
import { paginate, type ListArgs, type ListSpec } from '../shared/orm/paginate.js';
import { dec, type Dec, moneyText, ZERO } from '../shared/money/index.js';
import { Deposit } from './deposit.entity.js';
import type { DepositInput } from './deposit.inputs.js';

export const depositList: ListSpec<Deposit> = {
  entity: Deposit,
  filters: { id: 'id', accountId: 'accountId', status: 'status' },
  orderBy: { RECEIVED_ON: 'receivedOn' },
  defaultOrder: 'RECEIVED_ON',
};
export const listDeposits = (em: EntityManager, args: ListArgs, extra?: object) => paginate(em, depositList, args, extra as never);

/** The deposit an account owes: its own required amount when set, else its customer class's (policy). */
async function requiredDeposit(db: Db, accountId: string): Promise<Dec> {
  const row = await one<{ required: string; customerClass: CustomerClass }>(db, `select a.deposit_amount::text as required, c.customer_class as "customerClass" from account a join customer c on c.id = a.customer_id where a.id = $1`, [accountId]);
  if (!row) throw new NotFound('Account', accountId, 'accountId');
  const own = dec(row.required);
  return own.gt(ZERO) ? own : depositForClass(await loadBillingPolicy(db), row.customerClass);
}

/**
 * Collects a deposit (billing-rules.md "Deposits"): a liability, never AR, so no ledger entry; the
 * GL journal shows Dr cash / Cr customer deposits from the deposit row. Idempotent on its key.
 */
export async function collectDeposit(app: Pick<AppServices, 'pool' | 'clock'>, input: DepositInput, userId: string | null): Promise<string> {
  const receivedOn = input.receivedOn ?? app.clock.today();
  const problems = new InputProblems();
  if (input.amount != null) checkAmount(problems, 'amount', input.amount);
  checkPastDate(problems, 'receivedOn', receivedOn, app.clock.today());
  checkKey(problems, 'idempotencyKey', input.idempotencyKey);
  problems.throwIfAny();
  return withTransaction(app.pool, async client => {
    await lockKeys(client, [`deposit-key:${input.idempotencyKey}`]);
    const amount = input.amount != null ? dec(input.amount) : await requiredDeposit(client, input.accountId);
    if (!amount.gt(ZERO)) throw BadUserInput.field('amount', 'no deposit is required of this account (waived or none for its class)');
    const hash = requestHash({ accountId: input.accountId, amount: amount.toFixed(2), method: input.method, receivedOn, reference: input.reference?.trim() || null });
    const seen = await one<{ id: string; request_hash: string }>(client, 'select id::text, request_hash from deposit where idempotency_key = $1', [input.idempotencyKey]);
    if (seen?.request_hash === hash) return seen.id;
    if (seen) throw new Conflict(`idempotency key already used for deposit ${seen.id} with other content`, { reason: 'IDEMPOTENCY_KEY_MISMATCH', field: 'idempotencyKey' });
    await requiredDeposit(client, input.accountId);
    const row = await one<{ id: string }>(client, `insert into deposit (account_id, amount, method, received_on, reference, idempotency_key, request_hash, created_by) values ($1, $2, $3, $4, $5, $6, $7, $8) returning id::text`,
      [input.accountId, amount.toFixed(2), input.method, receivedOn, input.reference?.trim() || null, input.idempotencyKey, hash, userId]);
    await auditWithClient(client, { entity: 'deposit', entityId: row!.id, action: 'INSERT', after: { ...input, amount: amount.toFixed(2), receivedOn } });
    return row!.id;
  });
}

/** Pays a held deposit back without a final bill (e.g. after a year of good payment). GL only. */
export async function refundDeposit(app: Pick<AppServices, 'pool' | 'clock'>, depositId: string, reference: string | null, userId: string | null): Promise<string> {
  return withTransaction(app.pool, async client => {
    const row = /^\d{1,18}$/.test(depositId) ? await one<{ status: string }>(client, 'select status from deposit where id = $1 for update', [depositId]) : undefined;
    if (!row) throw new NotFound('Deposit', depositId, 'depositId');
    if (row.status !== 'HELD') throw new Conflict(`deposit ${depositId} is ${row.status}`, { field: 'depositId' });
    await rows(client, `update deposit set status = 'REFUNDED', refunded_on = $2, refund_reference = $3, closed_by = $4 where id = $1`, [depositId, app.clock.today(), reference?.trim() || null, userId]);
    await auditWithClient(client, { entity: 'deposit', entityId: depositId, action: 'REFUND', before: { status: 'HELD' }, after: { reference } });
    return depositId;
  });
}

export interface FinalBillDepositOutcome {
  readonly depositApplied: string;
  readonly refund: string;
  readonly balanceDue: string;
}

/**
 * On a final bill (billing-rules.md: "the deposit is applied to the balance first; a remaining credit
 * becomes a refund"): call inside the final bill's transaction, after its charges are posted. Every
 * HELD deposit of the account is applied (DEPOSIT_APPLIED), then a REFUND of any credit left
 * (ledger/core finalBillDeposit). Locks the account; a second call finds no held deposit and
 * refunds only a credit that is still there.
 */
export async function applyDepositOnFinalBill(client: Db, args: { accountId: string; postedOn: string; createdBy?: string | null }): Promise<FinalBillDepositOutcome> {
  await lockKeys(client, [`account:${args.accountId}`]);
  const held = await rows<{ id: string; amount: string }>(client, `select id::text, amount::text from deposit where account_id = $1 and status = 'HELD' order by id for update`, [args.accountId]);
  const depositHeld = held.reduce((s, d) => s.plus(dec(d.amount)), ZERO);
  const result = finalBillDeposit({ accountId: args.accountId, depositHeld, balanceAfterFinalBill: await balanceOf(client, args.accountId), postedOn: args.postedOn, ids: { depositApplied: 'd', refund: 'r' } });
  const ids = await postEntries(client, result.entries.map(e => ({
    ...e, createdBy: args.createdBy ?? null, description: e.kind === 'DEPOSIT_APPLIED' ? 'Deposit applied to the final bill' : 'Refund of the credit left after the final bill',
  })));
  const appliedId = result.entries[0]?.kind === 'DEPOSIT_APPLIED' ? ids[0] : null;
  if (held.length) await rows(client, `update deposit set status = 'APPLIED', applied_entry_id = $2, applied_on = $3 where id = any($1::bigint[])`, [held.map(d => d.id), appliedId, args.postedOn]);
  return { depositApplied: moneyText(depositHeld), refund: moneyText(result.refund), balanceDue: moneyText(result.balanceDue) };
}

/** Sum of the HELD deposits of accounts (Account.depositHeld). */
export async function depositsHeld(db: Db, accountIds: readonly string[]): Promise<Map<string, string>> {
  const got = await rows<{ id: string; held: string }>(db, `select account_id::text as id, sum(amount)::text as held from deposit where status = 'HELD' and account_id = any($1::bigint[]) group by account_id`, [accountIds]);
  return new Map(got.map(r => [r.id, moneyText(dec(r.held))]));
}
