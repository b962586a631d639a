import { one, type Db } from '../ledger/sql.js';
import { BadFile } from '../shared/graphql/errors.js';
import { dec, type Dec, moneyText, ZERO } from '../shared/money/index.js';
import type { BankReconciliation, BankReconciliationLine } from './bank-reconciliation.types.js';
import { parseBai2, type Bai2Transaction } from './parsers/bai2.js';

type Category = 'LOCKBOX' | 'ACH' | 'CARD' | 'COUNTER' | 'RETURNED_ITEM' | 'OTHER';

const CARD_TEXT = /MERCHANT|CARD|VISA|MASTERCARD|AMEX|DISCOVER/i;

/** The kind of a bank transaction (file-formats.md §3.1 type codes); card processors settle by ACH. */
export function categoryOf(t: Bai2Transaction): Category {
  if (['115', '118'].includes(t.typeCode)) return 'LOCKBOX';
  if (['142', '165', '166', '169'].includes(t.typeCode)) return CARD_TEXT.test(`${t.text} ${t.customerReference}`) ? 'CARD' : 'ACH';
  if (['175', '301'].includes(t.typeCode)) return 'COUNTER';
  if (t.typeCode === '555') return 'RETURNED_ITEM';
  return 'OTHER';
}

/** What our books say the bank should have credited for a category on a day. */
const BOOK: Partial<Record<Category, string>> = {
  LOCKBOX: `select coalesce(sum(amount), 0)::text as v from payment where method = 'LOCKBOX' and received_on = $1`,
  ACH: `select coalesce(sum(amount), 0)::text as v from payment where method = 'ACH' and received_on = $1`,
  CARD: `select coalesce(sum(deposit_total), 0)::text as v from payment_batch where kind = 'CARD_SETTLEMENT' and business_date = $1`,
  COUNTER: `select (coalesce((select sum(deposit_total) from payment_batch where kind = 'DRAWER' and status = 'POSTED' and business_date = $1), 0)
    + coalesce((select sum(amount) from deposit where method in ('CASH', 'CHECK') and received_on = $1), 0))::text as v`,
};

/**
 * Reconciles a BAI2 report (issue 5: "lockbox and ACH credits reconcile against the day's
 * batches"): the report's detail credits, by as-of date and kind, against the lockbox files, ACH
 * payments, card settlement nets and posted drawers of that day. Writes nothing. A malformed
 * report (control totals, counts, characters) is refused with its lines.
 */
export async function reconcileBankReport(db: Db, fileName: string, content: string): Promise<BankReconciliation> {
  const parsed = parseBai2(content);
  if (!parsed.ok || !parsed.file) throw new BadFile(fileName, parsed.errors.length ? parsed.errors : [{ line: 1, message: 'not a BAI2 file' }]);
  const sums = new Map<string, { date: string; category: Category; amount: Dec; items: number }>();
  for (const group of parsed.file.groups) {
    const date = group.asOfDate ?? parsed.file.creationDate ?? '';
    for (const t of group.accounts.flatMap(a => a.transactions)) {
      const category = categoryOf(t);
      const key = `${date}|${category}`;
      const sum = sums.get(key) ?? { date, category, amount: ZERO, items: 0 };
      sums.set(key, { ...sum, amount: sum.amount.plus(dec(t.amount)), items: sum.items + 1 });
    }
  }
  const lines: BankReconciliationLine[] = [];
  for (const s of [...sums.values()].sort((a, b) => (a.date + a.category < b.date + b.category ? -1 : 1))) {
    const sql = BOOK[s.category];
    const book = sql && s.date ? dec((await one<{ v: string }>(db, sql, [s.date]))!.v) : null;
    const difference = book === null ? null : s.amount.minus(book);
    lines.push({
      date: s.date, category: s.category, bankAmount: moneyText(s.amount), bankItems: s.items,
      bookAmount: book === null ? null : moneyText(book), difference: difference === null ? null : moneyText(difference), matched: difference?.isZero() ?? false,
    });
  }
  return {
    fileName, senderId: parsed.file.senderId, creationDate: parsed.file.creationDate, lines, unknownTypeCodes: parsed.unknownTypeCodes,
    balanced: lines.filter(l => l.bookAmount !== null).every(l => l.matched),
  };
}
