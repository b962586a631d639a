import type pg from 'pg';
import { copyOut } from '../../shared/db/copy.js';
import { dec, moneyText } from '../../shared/money/index.js';
import { lineSummary, lineView, loadLine, type StoredLine } from '../../rating/line-json.js';
import { BILL_NUMBER_SQL } from '../posting/bill-numbers.js';
import type { BillDocument, DocumentRead } from './core/bill-document.js';
import { usageHistory } from './core/usage-history.js';
import { STATEMENT_CREDITS_SQL, STATEMENT_PREVIOUS_SQL } from '../statement.sql.js';

/** Which bills to read: a run's (not cancelled, in bill order, optionally only paperless or the first N) or one bill. */
export type BillSelection = { runId: string; paperlessOnly?: boolean; limit?: number } | { billId: string };

const POSTED = `('POSTED','EXPORTED')`;
const day = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

// Usage by month of period end over the 13 months up to this bill: posted bills, and this bill
// even in a draft run (the chart of a sample bill shows the month being billed).
const HISTORY = `(select json_agg(json_build_array(m, u)) from (select to_char(h.period_end, 'YYYY-MM') m, sum(h.usage)::text u
  from bill h join bill_run hr on hr.id = h.run_id where h.account_id = b.account_id and h.cancelled_at is null
  and h.period_end <= b.period_end and h.period_end >= (date_trunc('month', b.period_end) - interval '12 months')::date
  and (h.id = b.id or hr.status in ${POSTED}) group by 1) x)`;

const COLUMNS = [
  'b.id', `case when br.first_bill_number is null then null else ${BILL_NUMBER_SQL} end`, 'br.number', `br.status in ${POSTED}`, 'b.cancelled_at is not null',
  'a.id', 'a.number', 'c.id', 'a.paperless', 'c.name', 'c.email', 'c.mailing_address', 'p.address', 'p.city', 'p.state', 'p.zip', 'cy.code', 'b.kind',
  day('b.bill_date'), day('b.due_date'), day('b.period_start'), day('b.period_end'), 'b.days', 'b.usage', 'b.estimated',
  'b.reads', 'b.lines', 'b.total', STATEMENT_PREVIOUS_SQL, STATEMENT_CREDITS_SQL, HISTORY, 'b.bill_seq',
];
const SEQ = COLUMNS.length - 1;
/** Bills per COPY statement of a run: small enough to sort in work_mem and to send the first row at once. */
const PAGE = 2_000;

const id = (value: string) => {
  if (!/^\d{1,18}$/.test(value)) throw new TypeError(`not an id: ${value}`);
  return value; // COPY takes no bind parameters: ids are inlined, so only digits pass
};

// A run is read in pages of bill_seq (keyset on the run's (run_id, bill_seq) key), and a page's
// ids are picked before the wide columns are computed: one query over 100,000 bills would sort
// 120 MB on disk before sending a row, and a LIMIT over the wide rows can work out the statement
// subqueries of every later bill too.
function pageOf(selection: BillSelection, afterSeq: number, size: number): string {
  if ('billId' in selection) return `select ${id(selection.billId)}::bigint id`;
  const paperless = selection.paperlessOnly ? ' and exists (select 1 from account pa where pa.id = pb.account_id and pa.paperless)' : '';
  return `select pb.id from bill pb where pb.run_id = ${id(selection.runId)} and pb.bill_seq > ${Math.trunc(afterSeq)} and pb.cancelled_at is null${paperless}
    order by pb.bill_seq limit ${Math.trunc(size)}`;
}

export const billDocumentSql = (selection: BillSelection, afterSeq = 0, size = PAGE) => `select ${COLUMNS.join(', ')}
  from (${pageOf(selection, afterSeq, size)}) page join bill b on b.id = page.id join bill_run br on br.id = b.run_id join account a on a.id = b.account_id
  join customer c on c.id = a.customer_id join premise p on p.id = a.premise_id left join billing_cycle cy on cy.id = a.cycle_id order by b.bill_seq`;

const readOf = (r: Record<string, unknown>): DocumentRead => ({
  serialNumber: String(r.serialNumber), registerUnit: String(r.registerUnit), previous: String(r.previous), previousOn: String(r.previousOn),
  current: String(r.current), currentOn: String(r.currentOn), gallons: String(r.gallons), estimated: Boolean(r.estimated),
});

// The explanation (rating's explainLine over decimals) is only printed on the PDF; the print file
// takes description and amount as stored, which is most of the CPU of a CSV record saved.
const storedLine = (l: StoredLine) => ({ ...lineSummary(l), explanation: '' });

/** A COPY row of billDocumentSql as a BillDocument (`explain`: render each line's sentence). */
export function billDocumentOf(row: (string | null)[], explain = true): BillDocument {
  const [billId, billNumber, runNumber, posted, cancelled, accountId, accountNumber, customerId, paperless, customerName, email, mailingAddress,
    address, city, state, zip, cycle, kind, billDate, dueDate, periodStart, periodEnd, days, usage, estimated, reads, lines, total, previous, credits, history] = row;
  const byMonth = new Map((JSON.parse(history ?? '[]') as [string, string][]).map(([m, u]) => [m, u]));
  return {
    billId: billId!, billNumber, runNumber: runNumber!, posted: posted === 't', cancelled: cancelled === 't',
    accountId: accountId!, accountNumber: accountNumber!, customerId: customerId!, paperless: paperless === 't', customerName: customerName!, email, mailingAddress,
    service: { address: address!, city: city!, state: state!, zip: zip! }, cycle, kind: kind!,
    billDate: billDate!, dueDate: dueDate!, periodStart: periodStart!, periodEnd: periodEnd!, days: Number(days), usage: usage!, estimated: estimated === 't',
    reads: (JSON.parse(reads ?? '[]') as Record<string, unknown>[]).map(readOf),
    lines: (JSON.parse(lines ?? '[]') as StoredLine[]).map(l => (explain ? lineView(loadLine(l)) : storedLine(l))),
    previousBalance: moneyText(dec(previous!)), paymentsAndCredits: moneyText(dec(credits!)), currentCharges: moneyText(dec(total!)),
    amountDue: moneyText(dec(previous!).plus(dec(total!))),
    history: usageHistory(periodEnd!, byMonth),
  };
}

/** Streams the selected bills out with COPY, `batchSize` documents at a time (memory stays flat). */
export async function streamBillDocuments(client: pg.ClientBase, selection: BillSelection, opts: { batchSize: number; explain: boolean }, onBatch: (docs: BillDocument[]) => Promise<void>): Promise<number> {
  const toDocs = (rows: (string | null)[][]) => onBatch(rows.map(r => billDocumentOf(r, opts.explain)));
  if ('billId' in selection) return copyOut(client, billDocumentSql(selection), toDocs, opts.batchSize);
  const wanted = selection.limit ?? Number.POSITIVE_INFINITY;
  let count = 0;
  for (let after = 0; count < wanted; ) {
    const size = Math.min(PAGE, wanted - count);
    let last = after;
    const n = await copyOut(client, billDocumentSql(selection, after, size), rows => {
      last = Number(rows[rows.length - 1]![SEQ]);
      return toDocs(rows);
    }, opts.batchSize);
    count += n;
    if (n < size) break;
    after = last;
  }
  return count;
}
