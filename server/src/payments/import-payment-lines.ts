import type pg from 'pg';
import { auditWithClient } from '../audit/audit.service.js';
import { postEntries, type EntryToPost } from '../ledger/ledger-posting.js';
import { allocateIds, rows, type Db } from '../ledger/sql.js';
import { copyInto } from '../shared/db/copy.js';
import { BadFile, type LineProblem } from '../shared/graphql/errors.js';
import { dec, moneyText, sumMoney } from '../shared/money/index.js';
import { batchBalance } from './core/index.js';
import { matchAccounts } from './import-accounts.js';
import type { ParsedPaymentFile } from './import-parse.js';
import { insertImportFile, resultOf, type ImportedFile } from './import-file.js';
import type { PaymentImportResult } from './import.types.js';
import type { PaymentRecord } from './parsers/types.js';

const PAYMENT_COLUMNS = ['id', 'account_id', 'amount', 'method', 'status', 'received_on', 'reference', 'payer_name', 'account_reference', 'natural_key', 'batch_id', 'import_file_id', 'line', 'fee', 'entry_id', 'via_suspense', 'created_by'];
const REFUND_COLUMNS = ['id', 'account_id', 'kind', 'amount', 'method', 'refunded_on', 'reference', 'fee', 'entry_id', 'natural_key', 'import_file_id', 'line', 'created_by'];

/** Lines already imported (by any file): their natural keys. */
async function importedKeys(db: Db, keys: readonly string[]): Promise<Set<string>> {
  const found = await rows<{ k: string }>(db, 'select natural_key as k from payment where natural_key = any($1::text[]) union all select natural_key from refund where natural_key = any($1::text[])', [keys]);
  return new Set(found.map(r => r.k));
}

const describe = (r: PaymentRecord) => `${r.method === 'LOCKBOX' ? 'Lockbox payment' : r.method === 'CARD' ? 'Card payment' : 'ACH payment'}${r.reference ? `, ${r.reference}` : ''}`;

/**
 * Imports the payments (and card refunds / chargebacks) of a parsed file, set-based: one lookup of
 * the lines already imported, one account match, then COPY of ledger entries, payments and refunds
 * in the caller's transaction. Unmatched payments go to suspense (no ledger entry); a refund
 * or chargeback for an unknown account rejects the file (money cannot leave an unknown account).
 */
export async function importPaymentLines(db: pg.ClientBase, file: ImportedFile, parsed: ParsedPaymentFile): Promise<PaymentImportResult> {
  const seen = await importedKeys(db, parsed.records.map(r => r.naturalKey));
  const fresh = parsed.records.filter(r => !seen.has(r.naturalKey));
  if (fresh.length === 0) return resultOf(null, { duplicates: parsed.records.length });
  const payments = fresh.filter(r => r.kind === 'PAYMENT');
  const refunds = fresh.filter(r => r.kind === 'REFUND' || r.kind === 'CHARGEBACK');
  const amounts = payments.map(r => dec(r.amount));
  const total = sumMoney(amounts);
  const check = batchBalance({ controlCount: payments.length, controlTotal: total, payments: amounts.map(amount => ({ amount })) });
  const problems: LineProblem[] = check.invalidAmounts.map(i => ({ line: payments[i]!.line, message: 'a payment must be greater than zero' }));
  const accountIds = await matchAccounts(db, fresh.map(r => r.accountNumber));
  const accountOf = new Map(fresh.map((r, i) => [r, accountIds[i]!]));
  for (const r of refunds) if (!accountOf.get(r)) problems.push({ line: r.line, message: `${r.kind.toLowerCase()} for unknown account ${r.accountNumber ?? '(none)'}: money cannot leave an account we cannot find` });
  if (problems.length) throw new BadFile(file.fileName, problems.sort((a, b) => a.line - b.line));

  const [paymentIds, refundIds] = [await allocateIds(db, 'payment_id_seq', payments.length), await allocateIds(db, 'refund_id_seq', refunds.length)];
  const fileRow = await insertImportFile(db, file, parsed, { count: payments.length, total });
  const matched = payments.map((r, i) => ({ r, id: paymentIds[i]!, account: accountOf.get(r)!, amount: amounts[i]! })).filter(p => p.account);
  const paymentEntries: EntryToPost[] = matched.map(({ r, id, account, amount }) => ({
    accountId: account, kind: 'PAYMENT', amount: amount.negated(), postedOn: r.receivedOn, dueOn: null, service: null, reversesId: null,
    method: r.method, source: 'PAYMENT', sourceId: id, createdBy: file.userId, description: describe(r),
  }));
  const refundEntries: EntryToPost[] = refunds.map((r, i) => ({
    accountId: accountOf.get(r)!, kind: 'REFUND', amount: r.amount, postedOn: r.receivedOn, dueOn: null, service: null, reversesId: null,
    method: r.method, source: r.kind === 'REFUND' ? 'CARD_REFUND' : 'CARD_CHARGEBACK', sourceId: refundIds[i]!, createdBy: file.userId,
    description: `${r.kind === 'REFUND' ? 'Card refund' : 'Card chargeback'}, ${r.reference}`,
  }));
  const entryIds = await postEntries(db, [...paymentEntries, ...refundEntries]);
  const entryOf = new Map(matched.map((p, i) => [p.id, entryIds[i]!]));
  await copyInto(db, 'payment', PAYMENT_COLUMNS, payments.map((r, i) => {
    const id = paymentIds[i]!;
    const account = accountOf.get(r) ?? null;
    return [id, account, r.amount, r.method, account ? 'POSTED' : 'SUSPENSE', r.receivedOn, r.reference || null, r.payerName ?? null, r.accountNumber, r.naturalKey, fileRow.batchId, fileRow.id, r.line, r.fee ?? null, entryOf.get(id) ?? null, !account, file.userId];
  }));
  await copyInto(db, 'refund', REFUND_COLUMNS, refunds.map((r, i) => [refundIds[i], accountOf.get(r), r.kind === 'REFUND' ? 'CARD_REFUND' : 'CHARGEBACK', r.amount, r.method, r.receivedOn, r.reference, r.fee ?? null, entryIds[paymentEntries.length + i], r.naturalKey, fileRow.id, r.line, file.userId]));
  const result = resultOf(fileRow, { imported: fresh.length, duplicates: parsed.records.length - fresh.length, suspense: payments.length - matched.length, total: moneyText(total), warnings: parsed.warnings });
  await fileRow.finish(result);
  await auditWithClient(db as never, { entity: 'payment_import_file', entityId: fileRow.id, action: 'IMPORT', after: { fileName: file.fileName, format: file.format, sha256: file.sha256, ...result, warnings: undefined } });
  return result;
}
