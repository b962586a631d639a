import { auditWithClient } from '../audit/audit.service.js';
import type { AppServices } from '../context.js';
import { transferEntries } from '../ledger/core/index.js';
import { postEntries } from '../ledger/ledger-posting.js';
import { checkAmount, checkKey, checkNote, requestHash, requireAccount } from '../ledger/money-checks.js';
import { lockKeys, one, type Db } from '../ledger/sql.js';
import { withTransaction } from '../shared/db/transaction.js';
import { BadUserInput, Conflict, InputProblems } from '../shared/graphql/errors.js';
import { dec, type Dec } from '../shared/money/index.js';
import { lockPayment } from './payment-reverse.service.js';
import type { TransferBalanceInput, TransferPaymentInput } from './payment.inputs.js';

interface Move {
  from: string;
  to: string;
  amount: Dec;
  reason: string;
  paymentId: string | null;
  key: string | null;
  hash: string | null;
}

/** The TRANSFER pair and its record (ledger/core transferEntries: −amount on from, +amount on to). */
async function writeTransfer(db: Db, move: Move, postedOn: string, userId: string | null): Promise<string> {
  // Both accounts are locked as a refund locks its account: a credit cannot be refunded and moved at once.
  await lockKeys(db, [`account:${move.from}`, `account:${move.to}`]);
  const pair = transferEntries({ fromAccountId: move.from, toAccountId: move.to, amount: move.amount, postedOn, ids: { out: 'o', in: 'i' }, source: move.paymentId ? 'PAYMENT_TRANSFER' : 'TRANSFER' });
  const [outId, inId] = await postEntries(db, pair.map(e => ({ ...e, createdBy: userId, description: `Transfer ${e.accountId === move.from ? 'to' : 'from'} account ${e.accountId === move.from ? move.to : move.from}: ${move.reason}` })));
  const row = await one<{ id: string }>(db, `insert into balance_transfer (from_account_id, to_account_id, amount, posted_on, payment_id, reason, out_entry_id, in_entry_id, idempotency_key, request_hash, created_by)
    values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning id::text`,
    [move.from, move.to, move.amount.toFixed(2), postedOn, move.paymentId, move.reason, outId, inId, move.key, move.hash, userId]);
  await auditWithClient(db as never, { entity: 'balance_transfer', entityId: row!.id, action: 'INSERT', after: { ...move, amount: move.amount.toFixed(2) } });
  return row!.id;
}

/**
 * Repairs a misapplied payment (billing-rules.md: "misapplied payments are repaired ... by a
 * transfer, never by editing"): the payment's credit moves to the right account by a TRANSFER
 * pair and the payment now belongs there (a later return follows it: payment-reverse.service).
 */
export async function transferPayment(app: Pick<AppServices, 'pool' | 'clock'>, input: TransferPaymentInput, userId: string | null): Promise<string> {
  const problems = new InputProblems();
  checkNote(problems, 'reason', input.reason);
  problems.throwIfAny();
  return withTransaction(app.pool, async client => {
    const payment = await lockPayment(client, input.paymentId);
    if (payment.status !== 'POSTED') throw new Conflict(`payment ${payment.id} is ${payment.status}: only a posted payment moves`, { field: 'paymentId' });
    if (payment.accountId === input.toAccountId) throw new Conflict(`payment ${payment.id} is already on account ${input.toAccountId}`, { field: 'toAccountId' });
    await requireAccount(client, input.toAccountId, 'toAccountId');
    const move: Move = { from: payment.accountId!, to: input.toAccountId, amount: dec(payment.amount).negated(), reason: input.reason.trim(), paymentId: payment.id, key: null, hash: null };
    await writeTransfer(client, move, app.clock.today(), userId);
    await one(client, 'update payment set account_id = $2 where id = $1', [payment.id, input.toAccountId]);
    return payment.id;
  });
}

/** Moves a balance (positive) or a credit (negative) between accounts, idempotent on its key. */
export async function transferBalance(app: Pick<AppServices, 'pool' | 'clock'>, input: TransferBalanceInput, userId: string | null): Promise<string> {
  const problems = new InputProblems();
  const amount = checkAmount(problems, 'amount', input.amount, 'nonZero');
  checkNote(problems, 'reason', input.reason);
  checkKey(problems, 'idempotencyKey', input.idempotencyKey);
  problems.throwIfAny();
  if (input.fromAccountId === input.toAccountId) throw BadUserInput.field('toAccountId', 'a transfer needs two accounts');
  const hash = requestHash({ from: input.fromAccountId, to: input.toAccountId, amount: amount!.toFixed(2), reason: input.reason.trim() });
  return withTransaction(app.pool, async client => {
    await lockKeys(client, [`transfer-key:${input.idempotencyKey}`]);
    const seen = await one<{ id: string; request_hash: string }>(client, 'select id::text, request_hash from balance_transfer where idempotency_key = $1', [input.idempotencyKey]);
    if (seen) {
      if (seen.request_hash === hash) return seen.id;
      throw new Conflict(`idempotency key already used for transfer ${seen.id} with other content`, { reason: 'IDEMPOTENCY_KEY_MISMATCH', field: 'idempotencyKey' });
    }
    await requireAccount(client, input.fromAccountId, 'fromAccountId');
    await requireAccount(client, input.toAccountId, 'toAccountId');
    const move: Move = { from: input.fromAccountId, to: input.toAccountId, amount: amount!, reason: input.reason.trim(), paymentId: null, key: input.idempotencyKey, hash };
    return writeTransfer(client, move, app.clock.today(), userId);
  });
}
