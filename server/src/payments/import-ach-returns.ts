import { auditWithClient } from '../audit/audit.service.js';
import { chunks, rows, type Db } from '../ledger/sql.js';
import { dec, moneyText, ZERO } from '../shared/money/index.js';
import { matchAccounts } from './import-accounts.js';
import { insertImportFile, resultOf, type ImportedFile } from './import-file.js';
import type { ParsedPaymentFile } from './import-parse.js';
import type { PaymentImportResult } from './import.types.js';
import type { PaymentRecord } from './parsers/types.js';
import { PAYMENT_ROW, reverseLockedPayment, type PaymentRow } from './payment-reverse.service.js';

const NOTICE_INSERT = `insert into ach_notice (import_file_id, kind, natural_key, line, account_reference, account_id, payment_id, original_trace, code, reason, corrected_data, amount, status, received_on)
  select * from unnest($1::bigint[], $2::text[], $3::text[], $4::int[], $5::text[], $6::bigint[], $7::bigint[], $8::text[], $9::text[], $10::text[], $11::text[], $12::numeric[], $13::text[], $14::date[])`;

type Status = 'REVERSED' | 'ALREADY_REVERSED' | 'UNMATCHED' | 'RECORDED';

/**
 * The ACH payment a return undoes, locked for update: the one ACH payment with the original
 * entry's trace number (our ACH payments carry it as reference), the returned amount, received by
 * the return's date and, when the entry's individual id names an account, on that account (banks
 * reuse trace numbers across files). Without such a trace, the one posted ACH payment of that amount
 * on the named account in the 60 days before the return. Two candidates or none: no match (the
 * return is recorded UNMATCHED for a person, never guessed).
 */
async function paymentOfReturn(db: Db, r: PaymentRecord, accountId: string | null): Promise<PaymentRow | undefined> {
  const returnedOn = r.receivedOn || null;
  const byTrace = await rows<PaymentRow>(db, `${PAYMENT_ROW} where method = 'ACH' and reference = $1 and amount = $2::numeric
    and ($3::bigint is null or account_id = $3) and ($4::date is null or received_on <= $4) order by id desc limit 2 for update`,
  [r.originalTrace, r.amount, accountId, returnedOn]);
  if (byTrace.length > 0 || !accountId) return byTrace.length === 1 ? byTrace[0] : undefined;
  const byAccount = await rows<PaymentRow>(db, `${PAYMENT_ROW} where method = 'ACH' and account_id = $1 and amount = $2::numeric and status = 'POSTED'
    and ($3::date is null or received_on between $3::date - 60 and $3::date) order by id desc limit 2 for update`, [accountId, r.amount, returnedOn]);
  return byAccount.length === 1 ? byAccount[0] : undefined;
}

/**
 * Imports a NACHA return file (billing-rules.md: "Return files are imported and reversed as above"):
 * each return reverses its ACH payment with the return code (fee and bank-draft rules follow the
 * code); each notification of change is recorded for the autopay enrolment. Lines are kept in
 * ach_notice by natural key, so a re-sent file adds nothing. Returns that match no payment are
 * recorded UNMATCHED for a person, not guessed.
 */
export async function importAchReturns(db: Db, file: ImportedFile, parsed: ParsedPaymentFile): Promise<PaymentImportResult> {
  const keys = parsed.records.map(r => r.naturalKey);
  const seen = new Set((await rows<{ k: string }>(db, 'select natural_key as k from ach_notice where natural_key = any($1::text[])', [keys])).map(r => r.k));
  const fresh = parsed.records.filter(r => !seen.has(r.naturalKey));
  if (fresh.length === 0) return resultOf(null, { duplicates: parsed.records.length });
  const fileRow = await insertImportFile(db, file, parsed);
  const accounts = await matchAccounts(db, fresh.map(r => r.accountNumber));
  const notices: unknown[][] = [];
  const counts = { reversed: 0, unmatched: 0, skipped: 0, notices: 0 };
  let total = ZERO;
  for (const [i, r] of fresh.entries()) {
    let status: Status = 'RECORDED';
    let payment: PaymentRow | undefined;
    if (r.kind === 'RETURN') {
      payment = await paymentOfReturn(db, r, accounts[i]!);
      if (!payment || payment.status === 'SUSPENSE' || !dec(payment.amount).eq(dec(r.amount))) [status, payment] = ['UNMATCHED', undefined];
      else if (payment.status === 'REVERSED') status = 'ALREADY_REVERSED';
      else {
        const returnedOn = r.receivedOn && r.receivedOn > payment.receivedOn ? r.receivedOn : payment.receivedOn;
        await reverseLockedPayment(db, payment, { reason: `ACH return ${r.returnCode} (${file.fileName}, line ${r.line})`, returnCode: r.returnCode!, returnedOn, userId: file.userId });
        status = 'REVERSED';
        total = total.plus(dec(payment.amount));
      }
      if (status === 'REVERSED') counts.reversed++;
      else if (status === 'UNMATCHED') counts.unmatched++;
      else counts.skipped++;
    } else counts.notices++;
    notices.push([fileRow.id, r.kind, r.naturalKey, r.line, r.accountNumber, payment?.accountId ?? accounts[i], payment?.id ?? null, r.originalTrace, r.returnCode ?? r.changeCode, r.returnReason ?? null, r.correctedData ?? null, r.amount, status, r.receivedOn || file.today]);
  }
  for (const slice of chunks(notices, 10_000)) await rows(db, NOTICE_INSERT, slice[0]!.map((_, c) => slice.map(row => row[c])));
  const result = resultOf(fileRow, { ...counts, duplicates: parsed.records.length - fresh.length, total: moneyText(total), warnings: parsed.warnings });
  await fileRow.finish(result);
  await auditWithClient(db as never, { entity: 'payment_import_file', entityId: fileRow.id, action: 'IMPORT', after: { fileName: file.fileName, format: file.format, sha256: file.sha256, ...result, warnings: undefined } });
  return result;
}
