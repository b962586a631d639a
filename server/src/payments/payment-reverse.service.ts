import { auditWithClient } from '../audit/audit.service.js';
import type { AppServices } from '../context.js';
import { reverse, transferEntries } from '../ledger/core/index.js';
import { postEntries, type EntryToPost } from '../ledger/ledger-posting.js';
import { toCoreEntry } from '../ledger/ledger-read.js';
import { checkNote, checkPastDate } from '../ledger/money-checks.js';
import { ENTRY_SELECT } from '../ledger/ledger-read.js';
import { lockKeys, one, rows, type Db } from '../ledger/sql.js';
import { loadBillingPolicy } from '../policies/billing-policy.service.js';
import { withTransaction } from '../shared/db/transaction.js';
import { BadUserInput, Conflict, InputProblems, NotFound } from '../shared/graphql/errors.js';
import { dec, type Dec, ZERO } from '../shared/money/index.js';
import { returnedPaymentEntries, type ReturnReason } from './core/index.js';
import { recordReturn } from './draft-status.service.js';
import type { ReversePaymentInput } from './payment.inputs.js';

export interface PaymentRow {
  readonly id: string;
  readonly accountId: string | null;
  readonly amount: string;
  readonly method: string;
  readonly status: string;
  readonly entryId: string | null;
  readonly receivedOn: string;
}

export const PAYMENT_ROW = `select id::text, account_id::text as "accountId", amount::text, method::text as method, status::text as status, entry_id::text as "entryId", received_on as "receivedOn" from payment`;

/** NSF, CLOSED_ACCOUNT or an ACH return code (R01…R99); anything else is refused. */
export function returnReasonOf(code: string): ReturnReason {
  const c = code.trim().toUpperCase();
  if (c === 'NSF') return { kind: 'NSF' };
  if (c === 'CLOSED_ACCOUNT') return { kind: 'CLOSED_ACCOUNT' };
  if (/^R\d{2}$/.test(c)) return { kind: 'ACH', code: c };
  throw BadUserInput.field('returnCode', 'must be NSF, CLOSED_ACCOUNT or an ACH return code such as R01');
}

export interface Reversal {
  readonly reason: string;
  readonly returnCode: string | null;
  readonly returnedOn: string;
  readonly userId: string | null;
}

/**
 * Reverses a locked, POSTED payment (billing-rules.md: "A returned payment ... is reversed by a
 * REVERSAL entry, and a returned-payment fee is charged when configured"). A correction (no return
 * code) is a bare reversal. A payment moved to another account by transferPayment is reversed where
 * its entry lives and the effect is transferred to where the payment now is, with the fee there.
 */
export async function reverseLockedPayment(db: Db, payment: PaymentRow, r: Reversal): Promise<{ fee: Dec; removedFromDraft: boolean }> {
  if (payment.accountId) await lockKeys(db, [`account:${payment.accountId}`]); // as refunds and transfers do
  const stored = await one<never>(db, `${ENTRY_SELECT} where e.id = $1`, [payment.entryId]);
  if (!stored) throw new Error(`payment ${payment.id} has no ledger entry`);
  const entry = toCoreEntry(stored);
  if (r.returnedOn < entry.postedOn) throw BadUserInput.field('returnedOn', `is before the payment was posted (${entry.postedOn})`);
  const reason = r.returnCode ? returnReasonOf(r.returnCode) : null;
  const policy = reason ? await loadBillingPolicy(db) : null;
  const result = reason
    ? returnedPaymentEntries({ payment: entry, returnedOn: r.returnedOn, reason, ids: { reversal: 'reversal', fee: 'fee' } }, { returnedPaymentFee: policy!.returnedPaymentFee })
    : { entries: [reverse(entry, { id: 'reversal', postedOn: r.returnedOn, source: 'PAYMENT_CORRECTION' })], fee: ZERO, stopAutopay: false, description: 'Correction' };
  const now = payment.accountId!;
  const entries: EntryToPost[] = result.entries.map(e => ({
    ...e, accountId: e.kind === 'PENALTY' ? now : e.accountId, sourceId: payment.id, createdBy: r.userId,
    description: e.kind === 'PENALTY' ? `Returned payment fee (${result.description})` : `Payment ${payment.id} reversed: ${result.description}; ${r.reason.trim()}`,
  }));
  if (now !== entry.accountId) {
    const moved = transferEntries({ fromAccountId: entry.accountId, toAccountId: now, amount: dec(payment.amount), postedOn: r.returnedOn, ids: { out: 'o', in: 'i' }, source: 'PAYMENT_TRANSFER' });
    entries.push(...moved.map(e => ({ ...e, sourceId: payment.id, createdBy: r.userId, description: `Reversal of payment ${payment.id} moved with the payment` })));
  }
  const [reversalId] = await postEntries(db, entries);
  await rows(db, `update payment set status = 'REVERSED', reversal_entry_id = $2, reversed_on = $3, reversed_by = $4, return_code = $5, return_reason = $6 where id = $1`,
    [payment.id, reversalId, r.returnedOn, r.userId, reason ? r.returnCode!.trim().toUpperCase() : null, reason ? result.description : r.reason.trim()]);
  const removedFromDraft = reason ? await recordReturn(db, now, r.returnedOn, result.stopAutopay, result.description) : false;
  return { fee: result.fee, removedFromDraft };
}

/** Locks a payment for a change of status (reversal, transfer, application from suspense). */
export async function lockPayment(db: Db, id: string, field = 'paymentId'): Promise<PaymentRow> {
  const payment = /^\d{1,18}$/.test(id) ? await one<PaymentRow>(db, `${PAYMENT_ROW} where id = $1 for update`, [id]) : undefined;
  if (!payment) throw new NotFound('Payment', id, field);
  return payment;
}

export async function reversePayment(app: Pick<AppServices, 'pool' | 'clock'>, input: ReversePaymentInput, userId: string | null): Promise<string> {
  const returnedOn = input.returnedOn ?? app.clock.today();
  const problems = new InputProblems();
  checkNote(problems, 'reason', input.reason);
  checkPastDate(problems, 'returnedOn', returnedOn, app.clock.today());
  problems.throwIfAny();
  if (input.returnCode) returnReasonOf(input.returnCode);
  return withTransaction(app.pool, async client => {
    const payment = await lockPayment(client, input.paymentId);
    if (payment.status === 'REVERSED') throw new Conflict(`payment ${payment.id} is already reversed`, { field: 'paymentId' });
    if (payment.status === 'SUSPENSE') throw new Conflict(`payment ${payment.id} is in suspense: apply it to an account first`, { field: 'paymentId' });
    const done = await reverseLockedPayment(client, payment, { reason: input.reason, returnCode: input.returnCode ?? null, returnedOn, userId });
    await auditWithClient(client, { entity: 'payment', entityId: payment.id, action: 'REVERSE', before: { status: payment.status }, after: { ...input, returnedOn, fee: done.fee.toFixed(2), removedFromDraft: done.removedFromDraft } });
    return payment.id;
  });
}
