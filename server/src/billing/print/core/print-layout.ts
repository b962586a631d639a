import type { BillDocument, DocumentRead } from './bill-document.js';
import { csvRecord } from './csv.js';
import { foldLines } from './fold-lines.js';
import { mailingLines, MAILING_LINES } from './mailing-lines.js';
import { HISTORY_MONTHS } from './usage-history.js';
import type { PrintTotals } from './print-totals.js';

/**
 * The print file layout (docs/bill-print-file.md). The version is in every record: a vendor's
 * import is built against one layout, and a changed column order must be a new version, never a
 * silent change of BP1.
 */
export const LAYOUT_VERSION = 'BP1';
export const METER_SLOTS = 4;
export const LINE_SLOTS = 12;

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const pad2 = (n: number) => String(n).padStart(2, '0');
const yn = (b: boolean) => (b ? 'Y' : 'N');

export const PRINT_COLUMNS: readonly string[] = [
  'record_type', 'layout', 'run_number', 'sequence', 'bill_number', 'account_number', 'customer_name',
  ...range(MAILING_LINES).map(i => `mail_line_${i}`),
  'service_address', 'service_city', 'service_state', 'service_zip', 'cycle', 'bill_kind',
  'bill_date', 'due_date', 'period_start', 'period_end', 'days', 'usage_gallons', 'estimated', 'meter_count',
  ...range(METER_SLOTS).flatMap(i => ['serial', 'register_unit', 'previous_read', 'previous_date', 'current_read', 'current_date', 'usage_gallons', 'estimated'].map(f => `meter_${i}_${f}`)),
  'line_count', ...range(LINE_SLOTS).flatMap(i => [`line_${pad2(i)}_description`, `line_${pad2(i)}_amount`]),
  'previous_balance', 'payments_and_credits', 'current_charges', 'amount_due', 'paperless',
  'history_first_month', ...range(HISTORY_MONTHS).map(i => `usage_m${pad2(i)}`),
];

export const printHeader = (): string => csvRecord(PRINT_COLUMNS);

/**
 * A quantity as plain text without trailing zeros ("6000.000" → "6000"). The values are already
 * canonical decimal text from PostgreSQL numeric or the stored reads, so trimming the text is
 * exact and spares ~18 decimal parses per record.
 */
function gallons(text: string): string {
  if (!text.includes('.')) return text;
  const trimmed = text.replace(/\.?0+$/, '');
  return trimmed === '-0' ? '0' : trimmed;
}
const slots = <T>(items: readonly T[], n: number, width: number, fields: (item: T) => string[]) =>
  range(n).flatMap(i => (items[i - 1] ? fields(items[i - 1]!) : Array<string>(width).fill('')));

const meterFields = (r: DocumentRead) => [r.serialNumber, r.registerUnit, r.previous, r.previousOn, r.current, r.currentOn, gallons(r.gallons), yn(r.estimated)];

/** One bill record ('B'); `sequence` is its 1-based place in the file. */
export function printRecord(doc: BillDocument, sequence: number): string {
  const mail = mailingLines(doc);
  const s = doc.service;
  return csvRecord([
    'B', LAYOUT_VERSION, doc.runNumber, String(sequence), doc.billNumber ?? '', doc.accountNumber, doc.customerName,
    ...range(MAILING_LINES).map(i => mail[i - 1] ?? ''),
    s.address, s.city, s.state, s.zip, doc.cycle ?? '', doc.kind,
    doc.billDate, doc.dueDate, doc.periodStart, doc.periodEnd, String(doc.days), gallons(doc.usage), yn(doc.estimated), String(doc.reads.length),
    ...slots(doc.reads, METER_SLOTS, 8, meterFields),
    String(doc.lines.length), ...slots(foldLines(doc.lines, LINE_SLOTS), LINE_SLOTS, 2, l => [l.description, l.amount]),
    doc.previousBalance, doc.paymentsAndCredits, doc.currentCharges, doc.amountDue, yn(doc.paperless),
    doc.history[0]?.month ?? '', ...doc.history.map(h => (h.gallons === null ? '' : gallons(h.gallons))),
  ]);
}

/** The trailer ('T'): the bill count in `sequence`, the file's totals in the money columns. */
export function trailerRecord(runNumber: string, totals: PrintTotals): string {
  const fields = PRINT_COLUMNS.map(() => '');
  const set = (column: string, value: string) => (fields[PRINT_COLUMNS.indexOf(column)] = value);
  set('record_type', 'T');
  set('layout', LAYOUT_VERSION);
  set('run_number', runNumber);
  set('sequence', String(totals.bills));
  set('current_charges', totals.currentCharges);
  set('amount_due', totals.amountDue);
  return csvRecord(fields);
}
