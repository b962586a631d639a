import { lockboxItemKey } from './lockbox-key.js';
/**
 * LOCKBOX_FIXED: the 80-character bank lockbox layout of Fulton Financial Corporation
 * (file-formats.md §3.2, layout 1), with an optional trailer of our own definition.
 *
 *   1000 header   1–4 '1000'; 5–10 processing date YYMMDD; 13–18 posting date MMDDYY;
 *                 20–33 company DFI account; 41–60 company name; 62–70 receiving DFI '0TTTTAAAA'
 *   60 detail     3–12 auxiliary number; 13–20 lockbox id; 21–34 our account number (zero-filled);
 *                 36–41 process control ('20' = credit); 42–51 amount in cents; 52–57 processing
 *                 date YYMMDD; 58–63 the same date MMDDYY; 64–76 reference number
 *   9 trailer     (optional, ours) 1 '9'; 2–7 number of 60 records; 8–19 total of the amounts in
 *                 cents; 20–80 blank. When present it must be the last record and must agree.
 *
 * Records are 80 characters; trailing blanks may be omitted (banks strip them) but not past the
 * last field the record needs (header 70, detail 63, trailer 19).
 */
import { dec, moneyText, type Dec } from '../../shared/money/index.js';
import { LineErrors, MAX_ERRORS } from '../../reads/parsers/line-errors.js';
import {
  isBlank,
  isDigits,
  mmddyyToIso,
  nonAsciiCharacter,
  show,
  splitLines,
  yymmddToIso,
} from '../../reads/parsers/text.js';
import { centsToMoney, paymentResult } from './amounts.js';
import type { PaymentParseResult, PaymentRecord } from './types.js';

export interface LockboxFixedOptions {
  readonly maxErrors?: number;
}

export interface LockboxFixedResult extends PaymentParseResult {
  readonly processingDate: string | null;
  readonly postingDate: string | null;
  readonly companyName: string | null;
  readonly trailer: { readonly line: number; readonly count: number; readonly total: string } | null;
}

const WIDTH = 80;
const MIN_LENGTH: Readonly<Record<string, number>> = { header: 70, detail: 63, trailer: 19 };

export function parseLockboxFixed(text: string, options: LockboxFixedOptions = {}): LockboxFixedResult {
  const errors = new LineErrors(options.maxErrors ?? MAX_ERRORS);
  const fail = (line: number, message: string): void => errors.add(line, message);
  const lines = splitLines(text);
  let last = lines.length;
  while (last > 0 && isBlank(lines[last - 1]!.text)) last -= 1;

  const records: PaymentRecord[] = [];
  const amounts: Dec[] = [];
  const keys = new Map<string, number>();
  let header: {
    line: number;
    processingDate: string | null;
    postingDate: string | null;
    companyName: string;
  } | null = null;
  let trailer: LockboxFixedResult['trailer'] = null;
  let details = 0;

  for (let i = 0; i < last; i += 1) {
    const { text: raw, line } = lines[i]!;
    const badChar = nonAsciiCharacter(raw);
    if (badChar !== null) fail(line, badChar);
    if (trailer !== null) {
      fail(line, `record after the trailer on line ${trailer.line}`);
      continue;
    }
    const kind = raw.startsWith('1000')
      ? 'header'
      : raw.startsWith('60')
        ? 'detail'
        : raw.startsWith('9')
          ? 'trailer'
          : null;
    if (kind === null) {
      fail(
        line,
        isBlank(raw)
          ? 'blank line inside the lockbox file'
          : `unknown record type ${show(raw.slice(0, 4))} (1000 header, 60 detail, 9 trailer)`,
      );
      continue;
    }
    if (raw.length > WIDTH || raw.length < MIN_LENGTH[kind]!) {
      fail(
        line,
        `record is ${raw.length} characters; lockbox records are ${WIDTH} (trailing blanks may be omitted)`,
      );
      continue;
    }
    const r = raw.padEnd(WIDTH, ' ');
    if (kind === 'header') {
      if (header !== null) fail(line, `second 1000 header (the first is on line ${header.line})`);
      else if (details > 0) fail(line, '1000 header after detail records');
      header = readHeader(r, line, fail);
      continue;
    }
    if (kind === 'trailer') {
      trailer = readTrailer(r, line, fail);
      continue;
    }
    details += 1;
    if (header === null && details === 1) fail(line, 'detail record before the 1000 file header');
    const record = readDetail(r, line, fail);
    if (record === null) continue;
    const first = keys.get(record.naturalKey);
    if (first !== undefined) {
      fail(line, `same lockbox item as line ${first} (${record.naturalKey})`);
      continue;
    }
    keys.set(record.naturalKey, line);
    records.push(record);
    amounts.push(dec(record.amount));
  }
  if (last === 0) fail(1, 'the file is empty: a 1000 header is required');
  else if (header === null && details === 0) fail(1, 'no 1000 file header');
  else if (details === 0) fail(lines[last - 1]!.line, 'the file has no 60 detail records');
  if (trailer !== null && errors.isEmpty) {
    if (trailer.count !== details)
      fail(trailer.line, `trailer says ${trailer.count} detail records, the file has ${details}`);
    const sum = moneyText(amounts.reduce((s, a) => s.plus(a), dec(0)));
    if (trailer.total !== sum)
      fail(trailer.line, `trailer total ${trailer.total} does not equal the sum of the details, ${sum}`);
  }
  const h = header as {
    processingDate: string | null;
    postingDate: string | null;
    companyName: string;
  } | null;
  return {
    ...paymentResult(records, errors, [], {
      batchDate: h?.processingDate ?? records[0]?.receivedOn ?? null,
      lineCount: lines.length,
      fileTotal: trailer?.total ?? null,
    }),
    processingDate: h?.processingDate ?? null,
    postingDate: h?.postingDate ?? null,
    companyName: h?.companyName ?? null,
    trailer,
  };
}

function field(r: string, start: number, end: number): string {
  return r.slice(start - 1, end);
}

function readHeader(r: string, line: number, fail: (line: number, message: string) => void) {
  const processingText = field(r, 5, 10);
  const processingDate = yymmddToIso(processingText);
  if (processingDate === null)
    fail(line, `header processing date (5–10) ${show(processingText)} is not a date YYMMDD`);
  const postingText = field(r, 13, 18);
  let postingDate: string | null = null;
  if (postingText.trim().length > 0) {
    postingDate = mmddyyToIso(postingText);
    if (postingDate === null)
      fail(line, `header posting date (13–18) ${show(postingText)} is not a date MMDDYY`);
  }
  const dfi = field(r, 62, 70);
  if (dfi.trim().length > 0 && !/^0\d{8}$/.test(dfi))
    fail(line, `header receiving DFI (62–70) ${show(dfi)} is not 0TTTTAAAA`);
  return { line, processingDate, postingDate, companyName: field(r, 41, 60).trim() };
}

function readTrailer(r: string, line: number, fail: (line: number, message: string) => void) {
  const countText = field(r, 2, 7);
  const totalText = field(r, 8, 19);
  const total = centsToMoney(totalText);
  if (!isDigits(countText)) fail(line, `trailer record count (2–7) ${show(countText)} is not a number`);
  if (total === null) fail(line, `trailer total (8–19) ${show(totalText)} is not an amount in cents`);
  if (field(r, 20, 80).trim().length > 0) fail(line, 'trailer positions 20–80 must be blank');
  return { line, count: isDigits(countText) ? Number(countText) : -1, total: total ?? '0.00' };
}

function readDetail(
  r: string,
  line: number,
  fail: (line: number, message: string) => void,
): PaymentRecord | null {
  let ok = true;
  const bad = (message: string): void => {
    fail(line, message);
    ok = false;
  };
  const aux = field(r, 3, 12);
  if (aux.trim().length > 0 && !isDigits(aux)) bad(`auxiliary number (3–12) ${show(aux)} is not numeric`);
  const lockbox = field(r, 13, 20).trim();
  if (lockbox.length === 0) bad('lockbox identification (13–20) is blank');
  const accountText = field(r, 21, 34);
  if (accountText.trim().length > 0 && !isDigits(accountText))
    bad(`account number (21–34) ${show(accountText)} is not zero-filled numeric`);
  const control = field(r, 36, 41).trim();
  if (control.length > 0 && (!isDigits(control) || Number(control) !== 20)) {
    bad(`process control (36–41) ${show(control)} is not 20 (credit): only credits are lockbox payments`);
  }
  const amountText = field(r, 42, 51);
  const amount = centsToMoney(amountText);
  if (amount === null)
    bad(`amount (42–51) ${show(amountText)} is not an amount in cents (digits, no decimal point)`);
  else if (dec(amount).isZero()) bad('amount (42–51) is zero');
  const ymd = field(r, 52, 57);
  const mdy = field(r, 58, 63);
  const date = yymmddToIso(ymd);
  if (date === null) bad(`processing date (52–57) ${show(ymd)} is not a date YYMMDD`);
  else if (mdy.trim().length > 0 && mmddyyToIso(mdy) !== date)
    bad(`processing date MMDDYY (58–63) ${show(mdy)} does not match ${show(ymd)}`);
  if (!ok || amount === null || date === null) return null;
  const account = accountText.trim().replace(/^0+/, '');
  const reference = field(r, 64, 76).trim();
  const key = reference.replace(/^0+/, '') || aux.trim().replace(/^0+/, '') || `line${line}`;
  return {
    line,
    accountNumber: account.length > 0 ? account : null,
    amount,
    receivedOn: date,
    reference,
    naturalKey: lockboxItemKey(lockbox, date, key, account.length > 0 ? account : null, String(amount)),
    method: 'LOCKBOX',
    kind: 'PAYMENT',
  };
}
