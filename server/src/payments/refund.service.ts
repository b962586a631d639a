import { auditWithClient } from '../audit/audit.service.js';
import type { AppServices } from '../context.js';
import { balanceOf } from '../ledger/ledger-read.js';
import { postEntries } from '../ledger/ledger-posting.js';
import { checkAmount, checkKey, checkNote, requestHash, requireAccount } from '../ledger/money-checks.js';
import { allocateIds, lockKeys, one } from '../ledger/sql.js';
import { withTransaction } from '../shared/db/transaction.js';
import { Conflict, InputProblems } from '../shared/graphql/errors.js';
import { maxDec, moneyText, ZERO } from '../shared/money/index.js';
import type { RefundInput } from './payment.inputs.js';

/**
 * Pays back a credit balance (billing-rules.md: "refunds"): a REFUND entry (+amount) brings the
 * credit toward zero. Only what the account holds as credit may be refunded; the account is locked
 * so two refunds cannot both spend the same credit. Idempotent on its key.
 */
export async function refundCredit(app: Pick<AppServices, 'pool' | 'clock'>, input: RefundInput, userId: string | null): Promise<string> {
  const problems = new InputProblems();
  const amount = checkAmount(problems, 'amount', input.amount);
  checkNote(problems, 'reason', input.reason);
  checkKey(problems, 'idempotencyKey', input.idempotencyKey);
  problems.throwIfAny();
  const hash = requestHash({ accountId: input.accountId, amount: amount!.toFixed(2), method: input.method, reference: input.reference?.trim() || null });
  return withTransaction(app.pool, async client => {
    await lockKeys(client, [`refund-key:${input.idempotencyKey}`, `account:${input.accountId}`]);
    const seen = await one<{ id: string; request_hash: string }>(client, 'select id::text, request_hash from refund where idempotency_key = $1', [input.idempotencyKey]);
    if (seen) {
      if (seen.request_hash === hash) return seen.id;
      throw new Conflict(`idempotency key already used for refund ${seen.id} with other content`, { reason: 'IDEMPOTENCY_KEY_MISMATCH', field: 'idempotencyKey' });
    }
    await requireAccount(client, input.accountId);
    const balance = await balanceOf(client, input.accountId);
    const credit = maxDec(balance.negated(), ZERO);
    if (credit.lt(amount!)) throw new Conflict(`account ${input.accountId} has a credit of ${moneyText(credit)}: it cannot refund ${moneyText(amount!)}`, { field: 'amount', balance: moneyText(balance) });
    const today = app.clock.today();
    const [refundId] = await allocateIds(client, 'refund_id_seq', 1);
    const [entryId] = await postEntries(client, [{
      accountId: input.accountId, kind: 'REFUND', amount: amount!, postedOn: today, dueOn: null, service: null, reversesId: null,
      method: input.method, source: 'REFUND', sourceId: refundId, createdBy: userId, description: `Refund of credit, ${input.method.toLowerCase()}${input.reference?.trim() ? ` ${input.reference.trim()}` : ''}: ${input.reason.trim()}`,
    }]);
    const row = await one<{ id: string }>(client, `insert into refund (id, account_id, kind, amount, method, refunded_on, reference, reason, entry_id, idempotency_key, request_hash, created_by)
      values ($1, $2, 'CREDIT_REFUND', $3, $4, $5, $6, $7, $8, $9, $10, $11) returning id::text`,
      [refundId, input.accountId, amount!.toFixed(2), input.method, today, input.reference?.trim() || null, input.reason.trim(), entryId, input.idempotencyKey, hash, userId]);
    await auditWithClient(client, { entity: 'refund', entityId: row!.id, action: 'INSERT', after: { ...input, entryId } });
    return row!.id;
  });
}
