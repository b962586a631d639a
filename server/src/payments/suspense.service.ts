import { auditWithClient } from '../audit/audit.service.js';
import type { AppServices } from '../context.js';
import { postEntries } from '../ledger/ledger-posting.js';
import { requireAccount } from '../ledger/money-checks.js';
import { rows } from '../ledger/sql.js';
import { withTransaction } from '../shared/db/transaction.js';
import { Conflict } from '../shared/graphql/errors.js';
import { dec } from '../shared/money/index.js';
import { lockPayment } from './payment-reverse.service.js';

/**
 * Applies a suspense payment to its account (billing-rules.md: "A payment whose account cannot be
 * matched goes to suspense, to be applied to the right account later"). The PAYMENT entry is
 * posted on the day of application with source SUSPENSE, so the GL moves it from unapplied cash
 * (suspense liability) to AR; the receipt itself was journaled Dr cash / Cr suspense when received.
 */
export async function applySuspensePayment(app: Pick<AppServices, 'pool' | 'clock'>, paymentId: string, accountId: string, userId: string | null): Promise<string> {
  return withTransaction(app.pool, async client => {
    const payment = await lockPayment(client, paymentId);
    if (payment.status !== 'SUSPENSE') throw new Conflict(`payment ${payment.id} is ${payment.status}, not in suspense`, { field: 'paymentId' });
    const account = await requireAccount(client, accountId);
    const today = app.clock.today();
    const postedOn = today > payment.receivedOn ? today : payment.receivedOn;
    const [entryId] = await postEntries(client, [{
      accountId: account.id, kind: 'PAYMENT', amount: dec(payment.amount).negated(), postedOn, dueOn: null, service: null, reversesId: null,
      method: payment.method as never, source: 'SUSPENSE', sourceId: payment.id, createdBy: userId,
      description: `Payment received ${payment.receivedOn} (${payment.method.toLowerCase()}), applied from suspense`,
    }]);
    await rows(client, `update payment set account_id = $2, status = 'POSTED', entry_id = $3, suspense_applied_at = now(), suspense_applied_by = $4 where id = $1`, [payment.id, account.id, entryId, userId]);
    await auditWithClient(client, { entity: 'payment', entityId: payment.id, action: 'APPLY_SUSPENSE', before: { status: 'SUSPENSE' }, after: { accountId: account.id, entryId } });
    return payment.id;
  });
}
