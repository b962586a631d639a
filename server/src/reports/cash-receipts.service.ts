import { rows, type Db } from '../ledger/sql.js';
import { dec, moneyText, ZERO } from '../shared/money/index.js';

export interface CashReceiptRow {
  readonly receivedOn: string;
  readonly method: string;
  readonly batchId: string | null;
  readonly batchKind: string;
  readonly batchName: string;
  readonly count: number;
  readonly total: string;
}

/** Payments by day received, method and batch, and deposits collected (also cash in), in one pass. */
const RECEIPTS = `
  select p.received_on as "receivedOn", p.method::text as method, p.batch_id::text as "batchId", coalesce(b.kind::text, 'NONE') as "batchKind", coalesce(b.name, '') as "batchName",
    count(*)::int as count, sum(p.amount)::text as total
  from payment p left join payment_batch b on b.id = p.batch_id where p.received_on between $1 and $2 group by 1, 2, 3, 4, 5
  union all
  select received_on, method::text, null, 'DEPOSIT', 'Customer deposits', count(*)::int, sum(amount)::text from deposit where received_on between $1 and $2 group by 1, 2
  order by 1, 4, 3, 2`;

/** Daily cash receipts by method and batch (issue 5 "Reports"): every payment received, returned or not. */
export async function cashReceipts(db: Db, from: string, to: string): Promise<{ lines: CashReceiptRow[]; byMethod: { method: string; count: number; total: string }[]; total: string }> {
  const lines = (await rows<CashReceiptRow>(db, RECEIPTS, [from, to])).map(l => ({ ...l, total: moneyText(dec(l.total)) }));
  const byMethod = new Map<string, { count: number; total: ReturnType<typeof dec> }>();
  for (const l of lines) {
    const m = byMethod.get(l.method) ?? { count: 0, total: ZERO };
    byMethod.set(l.method, { count: m.count + l.count, total: m.total.plus(dec(l.total)) });
  }
  const total = lines.reduce((s, l) => s.plus(dec(l.total)), ZERO);
  return { lines, byMethod: [...byMethod].map(([method, m]) => ({ method, count: m.count, total: moneyText(m.total) })), total: moneyText(total) };
}
