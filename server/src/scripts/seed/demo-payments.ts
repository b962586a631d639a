import type { AppServices, SessionUser } from '../../context.js';
import { runLateFees } from '../../collections/late-fee.service.js';
import { importPayments } from '../../payments/payment-import.service.js';
import { addDays } from '../../shared/dates/index.js';
import { ImportFormat } from '../../shared/graphql/file-import.js';
import { dec, moneyText } from '../../shared/money/index.js';

/**
 * Pays a posted run's bills as customers do: most through the bank's lockbox file ten days after the
 * bill, a few late (late fees run after the grace days), a few partly, a few not at all.
 */
export async function payDemoBills(app: AppServices, runId: string, clerk: SessionUser): Promise<void> {
  const bills = (await app.pool.query(`select a.number, b.total::text, b.bill_date::text, b.due_date::text, a.id
    from bill b join account a on a.id = b.account_id where b.run_id = $1 order by b.bill_seq`, [runId])).rows;
  if (!bills.length) return;
  const onTime: string[] = [];
  const late: string[] = [];
  let onTimeTotal = dec(0);
  let lateTotal = dec(0);
  bills.forEach((b, i) => {
    const id = Number(b.id);
    if (id % 37 === 0) return; // never paid: the cut-off list of a later stage
    const amount = id % 29 === 0 ? dec(b.total).div(2).toDecimalPlaces(2) : dec(b.total);
    if (amount.lte(0)) return;
    const line = `${i + 1},${b.number},"CUSTOMER ${b.number}",DATE,${moneyText(amount)},USD,,,${5000 + i},,,`;
    if (id % 13 === 0) {
      late.push(line);
      lateTotal = lateTotal.plus(amount);
    } else {
      onTime.push(line);
      onTimeTotal = onTimeTotal.plus(amount);
    }
  });
  const { bill_date: billDate, due_date: dueDate } = bills[0]!;
  const file = async (lines: string[], total: ReturnType<typeof dec>, date: string, name: string) => {
    if (!lines.length) return;
    const content = [`First National Lockbox Services,LBX-${runId}-${name},Port Arthur Water Utilities,${date},${moneyText(total)}`,
      'Line Number,Account Number,Customer Name,Deposit Date,Amount,Currency,Bank Routing Number,Bank Account Number,Check Number,Invoice Number,Invoice Due Date,Invoice Amount',
      ...lines.map(l => l.replace('DATE', date))].join('\n') + '\n';
    await importPayments(app, { format: ImportFormat.LOCKBOX_CSV, fileName: `lockbox-${runId}-${name}.csv`, content }, clerk.id);
  };
  await file(onTime, onTimeTotal, addDays(billDate, 10), 'a');
  await runLateFees(app, addDays(dueDate, 6), clerk.id);
  await file(late, lateTotal, addDays(dueDate, 12), 'b');
}
