import { lockboxItemKey } from './lockbox-key.js';
/**
 * LOCKBOX_CSV: header-driven lockbox CSV (file-formats.md §3.2, layouts 2 and 3).
 *
 * Optional first line (gotransverse): service company, lockbox name/number, company name, file
 * creation date, file total. Then a header line of labels; columns are matched by label (case,
 * spaces and underscores ignored), never by position. Two label sets are recognised:
 *  - gotransverse: Line Number, Account Number, Customer Name, Deposit Date, Amount, Currency,
 *    Check Number, … (Bank Routing/Account Number are the payer's bank: read, never kept);
 *  - BostonPost "standard lockbox": household_id (our account, from the scan line), unit_id,
 *    total_pmt_amt, due_date, Route Number, Account Number (payer's bank), Check Number,
 *    Check Amount (the money received), Deposit Date (mmddyyyy).
 * When the file states a total, the payments must add up to it.
 */
import { dec, moneyText, type Dec } from '../../shared/money/index.js';
import { readCsv } from '../../reads/parsers/csv.js';
import { LineErrors, MAX_ERRORS } from '../../reads/parsers/line-errors.js';
import { isDigits, normalizeLabel, show, usDateToIso } from '../../reads/parsers/text.js';
import { paymentResult, readAmount } from './amounts.js';
import type { LineError, PaymentParseResult, PaymentRecord } from './types.js';

export interface LockboxCsvOptions {
  readonly maxErrors?: number;
  /** Lockbox number to key payments by when the file has no first (lockbox) line. */
  readonly lockboxId?: string;
}

export interface LockboxFileHeader {
  readonly line: number;
  readonly serviceCompany: string;
  readonly lockboxId: string;
  readonly companyName: string;
  readonly fileDate: string | null;
  readonly fileTotal: string | null;
}

export interface LockboxCsvResult extends PaymentParseResult {
  readonly layout: 'GOTRANSVERSE' | 'BOSTONPOST' | null;
  readonly header: LockboxFileHeader | null;
}

interface Columns {
  readonly width: number;
  readonly account: number;
  readonly amount: number;
  readonly date: number;
  readonly check: number;
  readonly name: number;
  readonly lineNumber: number;
  readonly currency: number;
}

interface Row {
  readonly fields: string[];
  readonly line: number;
}

export function parseLockboxCsv(text: string, options: LockboxCsvOptions = {}): LockboxCsvResult {
  const errors = new LineErrors(options.maxErrors ?? MAX_ERRORS);
  const fail = (line: number, message: string): void => errors.add(line, message);
  const rows: Row[] = [];
  const lineCount = readCsv(text, (fields, line) => rows.push({ fields, line }), fail);
  const warnings: LineError[] = [];
  const records: PaymentRecord[] = [];

  let at = 0;
  let header: LockboxFileHeader | null = null;
  if (rows.length > 0 && !looksLikeLabels(rows[0]!.fields)) {
    header = readFileHeader(rows[0]!, fail);
    at = 1;
  }
  const labels = rows[at];
  if (labels === undefined) {
    fail(
      rows.length === 0 ? 1 : rows[rows.length - 1]!.line,
      'no header line of column labels (Account Number, Amount, Deposit Date, …)',
    );
    return {
      ...paymentResult(records, errors, warnings, { batchDate: null, lineCount }),
      layout: null,
      header,
    };
  }
  const layout = labels.fields.some(f => normalizeLabel(f) === 'householdid') ? 'BOSTONPOST' : 'GOTRANSVERSE';
  const columns = readColumns(labels, layout, header?.fileDate ?? null, fail);

  const amounts: Dec[] = [];
  const keys = new Map<string, number>();
  const lockboxId = header?.lockboxId || options.lockboxId || '';
  if (columns !== null) {
    rows.slice(at + 1).forEach((row, i) => {
      const record = readRow(row, i + 1, columns, header?.fileDate ?? null, lockboxId, fail);
      if (record === null) return;
      const first = keys.get(record.naturalKey);
      if (first !== undefined) {
        fail(row.line, `same lockbox item as line ${first} (${record.naturalKey})`);
        return;
      }
      keys.set(record.naturalKey, row.line);
      records.push(record);
      amounts.push(dec(record.amount));
    });
    if (rows.length === at + 1) fail(labels.line, 'the file has no payment lines');
  }
  if (header !== null && header.fileTotal !== null && errors.isEmpty) {
    const sum = amounts.reduce((s, a) => s.plus(a), dec(0));
    if (!sum.eq(dec(header.fileTotal))) {
      fail(
        header.line,
        `file total ${header.fileTotal} on line ${header.line} does not equal the sum of the payments, ${moneyText(sum)}`,
      );
    }
  }
  const batchDate = header?.fileDate ?? records[0]?.receivedOn ?? null;
  return {
    ...paymentResult(records, errors, warnings, {
      batchDate,
      lineCount,
      fileTotal: header?.fileTotal ?? null,
    }),
    layout,
    header,
  };
}

const KNOWN_LABELS = new Set([
  'linenumber',
  'accountnumber',
  'customername',
  'payername',
  'depositdate',
  'paymentdate',
  'amount',
  'paymentamount',
  'currency',
  'bankroutingnumber',
  'bankaccountnumber',
  'checknumber',
  'checkno',
  'invoicenumber',
  'invoiceduedate',
  'invoiceamount',
  'householdid',
  'unitid',
  'totalpmtamt',
  'duedate',
  'routenumber',
  'checkamount',
]);

/** The first line is the column labels (not the lockbox line) when two or more are known labels. */
function looksLikeLabels(fields: string[]): boolean {
  return fields.filter(f => KNOWN_LABELS.has(normalizeLabel(f))).length >= 2;
}

function readFileHeader(row: Row, fail: (line: number, message: string) => void): LockboxFileHeader {
  const f = row.fields.map(x => x.trim());
  if (f.length < 5) {
    fail(
      row.line,
      `first line has ${f.length} fields; a lockbox header line has 5 (service company, lockbox, company, file date, file total), or this should be the column labels`,
    );
  }
  const dateText = f[3] ?? '';
  const fileDate = usDateToIso(dateText);
  if (f.length >= 5 && fileDate === null)
    fail(row.line, `file creation date ${show(dateText)} is not a date (YYYY-MM-DD, MM/DD/YYYY or MMDDYYYY)`);
  const totalText = f[4] ?? '';
  let fileTotal: string | null = null;
  if (totalText.length > 0) {
    const total = readAmount(totalText, { dollars: true });
    if (typeof total === 'string') fail(row.line, `file total ${total}`);
    else fileTotal = moneyText(total);
  }
  return {
    line: row.line,
    serviceCompany: f[0] ?? '',
    lockboxId: f[1] ?? '',
    companyName: f[2] ?? '',
    fileDate,
    fileTotal,
  };
}

function readColumns(
  labels: Row,
  layout: 'GOTRANSVERSE' | 'BOSTONPOST',
  fileDate: string | null,
  fail: (line: number, message: string) => void,
): Columns | null {
  const names = labels.fields.map(normalizeLabel);
  const find = (...candidates: string[]): number => {
    for (const c of candidates) {
      const i = names.indexOf(c);
      if (i === -1) continue;
      if (names.indexOf(c, i + 1) !== -1)
        fail(labels.line, `column "${labels.fields[i]!.trim()}" appears twice`);
      return i;
    }
    return -1;
  };
  const boston = layout === 'BOSTONPOST';
  const columns: Columns = {
    width: labels.fields.length,
    account: boston ? find('householdid') : find('accountnumber'),
    amount: boston ? find('checkamount') : find('amount', 'checkamount', 'paymentamount'),
    date: find('depositdate', 'paymentdate'),
    check: find('checknumber', 'checkno'),
    name: boston ? -1 : find('customername', 'payername'),
    lineNumber: boston ? -1 : find('linenumber'),
    currency: find('currency'),
  };
  const missing: string[] = [];
  if (columns.account < 0) missing.push(boston ? 'household_id' : 'Account Number');
  if (columns.amount < 0) missing.push(boston ? 'Check Amount' : 'Amount');
  if (columns.date < 0 && fileDate === null) missing.push('Deposit Date');
  if (missing.length > 0) {
    fail(labels.line, `column(s) missing from the header line: ${missing.join(', ')}`);
    return null;
  }
  return columns;
}

function readRow(
  row: Row,
  ordinal: number,
  c: Columns,
  fileDate: string | null,
  lockboxId: string,
  fail: (line: number, message: string) => void,
): PaymentRecord | null {
  const { fields, line } = row;
  if (fields.length !== c.width) {
    fail(line, `expected ${c.width} fields as in the header line, found ${fields.length}`);
    return null;
  }
  const get = (i: number): string => (i < 0 ? '' : fields[i]!.trim());
  let ok = true;
  const bad = (message: string): void => {
    fail(line, message);
    ok = false;
  };
  const amount = readAmount(get(c.amount), { dollars: true });
  if (typeof amount === 'string') bad(`amount ${amount}`);
  else if (!amount.isPositive() || amount.isZero())
    bad(`amount ${moneyText(amount)} must be greater than zero`);
  const dateText = get(c.date);
  const receivedOn = dateText.length === 0 ? fileDate : usDateToIso(dateText);
  if (receivedOn === null)
    bad(`deposit date ${show(dateText)} is not a date (YYYY-MM-DD, MM/DD/YYYY or MMDDYYYY)`);
  const currency = get(c.currency).toUpperCase();
  if (currency.length > 0 && currency !== 'USD') bad(`currency ${show(currency)} is not USD`);
  const lineNumberText = get(c.lineNumber);
  if (lineNumberText.length > 0 && !isDigits(lineNumberText))
    bad(`line number ${show(lineNumberText)} is not a number`);
  if (!ok || typeof amount === 'string' || receivedOn === null) return null;
  const account = get(c.account);
  const check = get(c.check);
  const name = get(c.name);
  const sequence = lineNumberText.length > 0 ? String(Number(lineNumberText)) : String(ordinal);
  return {
    line,
    accountNumber: account.length > 0 ? account : null,
    amount: moneyText(amount),
    receivedOn,
    reference: check,
    naturalKey: lockboxItemKey(lockboxId, receivedOn, `${sequence}${check.length > 0 ? `:${check}` : ''}`, account.length > 0 ? account : null, moneyText(amount)),
    method: 'LOCKBOX',
    kind: 'PAYMENT',
    ...(name.length > 0 ? { payerName: name } : {}),
  };
}
