/**
 * CARD_SETTLEMENT_CSV: our documented minimum card-processor settlement layout (file-formats.md
 * §3.3; docs/file-layouts.md).
 *
 *   settlement_date,transaction_id,account_number,gross_amount,fee,net_amount,type,card_last4
 *   2026-04-02,ch_3PqK81,100234-01,125.40,2.91,122.49,SALE,4242
 *
 * Header row required, columns matched by name (case-insensitive), extra columns allowed
 * (an optional payer_name is kept).
 * Per line gross − fee = net exactly. Amounts are unsigned for SALE; a REFUND or CHARGEBACK may
 * be written unsigned or with negative gross and net. A full card number (13–19 digits, blanks or
 * dashes allowed between groups) anywhere in the file rejects the line: card numbers are never
 * stored. In transaction_id, where long numeric ids are normal, only a Luhn-valid number counts.
 */
import { dec, moneyText, type Dec } from '../../shared/money/index.js';
import { readCsv } from '../../reads/parsers/csv.js';
import { LineErrors, MAX_ERRORS } from '../../reads/parsers/line-errors.js';
import { isoDate, show } from '../../reads/parsers/text.js';
import { paymentResult, readAmount, totalText } from './amounts.js';
import type { PaymentKind, PaymentParseResult, PaymentRecord } from './types.js';

export interface CardSettlementOptions {
  readonly maxErrors?: number;
}

export interface CardSettlementResult extends PaymentParseResult {
  /** Sum of net amounts, signed (refunds and chargebacks negative): the bank deposit (BAI2 165/166). */
  readonly netDepositTotal: string;
  /** Sum of fees. */
  readonly feeTotal: string;
}

const COLUMNS = [
  'settlement_date',
  'transaction_id',
  'account_number',
  'gross_amount',
  'fee',
  'net_amount',
  'type',
  'card_last4',
] as const;
type Column = (typeof COLUMNS)[number];
type Columns = Record<Column, number> & { readonly width: number; readonly payerName: number };

const KINDS: Readonly<Record<string, PaymentKind>> = {
  SALE: 'PAYMENT',
  REFUND: 'REFUND',
  CHARGEBACK: 'CHARGEBACK',
};

export function parseCardSettlementCsv(
  text: string,
  options: CardSettlementOptions = {},
): CardSettlementResult {
  const errors = new LineErrors(options.maxErrors ?? MAX_ERRORS);
  const fail = (line: number, message: string): void => errors.add(line, message);
  const records: PaymentRecord[] = [];
  const nets: Dec[] = [];
  const fees: Dec[] = [];
  const seen = new Map<string, number>();
  let columns: Columns | null = null;
  let headerSeen = false;
  let rows = 0;
  const lineCount = readCsv(
    text,
    (fields, line) => {
      if (!headerSeen) {
        headerSeen = true;
        columns = readHeader(fields, line, fail);
        return;
      }
      rows += 1;
      if (columns === null) return;
      const row = readRow(fields, line, columns, fail);
      if (row === null) return;
      const first = seen.get(row.record.reference);
      if (first !== undefined) {
        fail(line, `transaction_id ${show(row.record.reference)} already appears on line ${first}`);
        return;
      }
      seen.set(row.record.reference, line);
      records.push(row.record);
      nets.push(row.signedNet);
      fees.push(dec(row.record.fee!));
    },
    fail,
  );
  if (!headerSeen) fail(1, 'the file is empty: a header row is required');
  else if (rows === 0 && columns !== null) fail(1, 'the file has no settlement lines');
  const dates = [...new Set(records.map(r => r.receivedOn))].sort();
  return {
    ...paymentResult(records, errors, [], { batchDate: dates[0] ?? null, lineCount }),
    netDepositTotal: totalText(nets),
    feeTotal: totalText(fees),
  };
}

function readHeader(
  fields: string[],
  line: number,
  fail: (line: number, message: string) => void,
): Columns | null {
  const names = fields.map(f => f.trim().toLowerCase());
  const columns = { width: fields.length } as Record<string, number>;
  const missing: string[] = [];
  for (const c of COLUMNS) {
    const i = names.indexOf(c);
    if (i === -1) missing.push(c);
    else if (names.indexOf(c, i + 1) !== -1) fail(line, `column "${c}" appears twice in the header`);
    columns[c] = i;
  }
  if (missing.length > 0) {
    fail(line, `header row is missing column(s): ${missing.join(', ')}`);
    return null;
  }
  columns.payerName = names.indexOf('payer_name');
  return columns as Columns;
}

function readRow(
  fields: string[],
  line: number,
  c: Columns,
  fail: (line: number, message: string) => void,
): { record: PaymentRecord; signedNet: Dec } | null {
  if (fields.length !== c.width) {
    fail(line, `expected ${c.width} fields as in the header, found ${fields.length}`);
    return null;
  }
  let ok = true;
  const bad = (message: string): void => {
    fail(line, message);
    ok = false;
  };
  fields.forEach((value, i) => {
    if (containsCardNumber(value, i === c.transaction_id)) {
      bad(
        `column ${i + 1} holds what looks like a full card number: card numbers are never stored (send card_last4 only)`,
      );
    }
  });
  if (!ok) return null;
  const get = (i: number): string => fields[i]!.trim();
  const date = isoDate(get(c.settlement_date));
  if (date === null) bad(`settlement_date ${show(get(c.settlement_date))} is not a date YYYY-MM-DD`);
  const id = get(c.transaction_id);
  if (id.length === 0) bad('transaction_id is empty');
  const typeText = get(c.type).toUpperCase();
  const kind = KINDS[typeText];
  if (kind === undefined) bad(`type ${show(get(c.type))} is not SALE, REFUND or CHARGEBACK`);
  const signed = kind !== undefined && kind !== 'PAYMENT';
  const gross = readAmount(get(c.gross_amount), { negative: signed });
  const fee = readAmount(get(c.fee));
  const net = readAmount(get(c.net_amount), { negative: signed });
  if (typeof gross === 'string') bad(`gross_amount ${gross}`);
  if (typeof fee === 'string') bad(`fee ${fee}`);
  if (typeof net === 'string') bad(`net_amount ${net}`);
  const last4 = get(c.card_last4);
  if (last4.length > 0 && !/^\d{4}$/.test(last4)) bad(`card_last4 ${show(last4)} is not 4 digits`);
  if (typeof gross !== 'string' && gross.isZero()) bad('gross_amount is zero');
  if (typeof gross !== 'string' && typeof fee !== 'string' && typeof net !== 'string') {
    if (!gross.minus(fee).eq(net)) {
      bad(
        `gross_amount ${moneyText(gross)} − fee ${moneyText(fee)} = ${moneyText(gross.minus(fee))}, not net_amount ${moneyText(net)}`,
      );
    }
    if (gross.isNegative() !== net.isNegative() && !net.isZero())
      bad('gross_amount and net_amount must have the same sign');
  }
  if (
    !ok ||
    date === null ||
    kind === undefined ||
    typeof gross === 'string' ||
    typeof fee === 'string' ||
    typeof net === 'string'
  ) {
    return null;
  }
  const account = get(c.account_number);
  const payer = c.payerName < 0 ? '' : get(c.payerName);
  const signedNet = kind === 'PAYMENT' ? net : net.isNegative() ? net : net.negated();
  return {
    record: {
      line,
      accountNumber: account.length > 0 ? account : null,
      amount: moneyText(gross.abs()),
      receivedOn: date,
      reference: id,
      naturalKey: `CARD:${id}`,
      method: 'CARD',
      kind,
      fee: moneyText(fee),
      net: moneyText(net.abs()),
      ...(last4.length > 0 ? { cardLast4: last4 } : {}),
      ...(payer.length > 0 ? { payerName: payer } : {}),
    },
    signedNet,
  };
}

const PAN = /(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)/g;

/**
 * True when the text holds a run of 13–19 digits (single blanks or dashes allowed between them),
 * i.e. a possible primary account number. With `luhnOnly`, the run must also pass the Luhn check.
 */
export function containsCardNumber(text: string, luhnOnly = false): boolean {
  for (const m of text.matchAll(PAN)) {
    const digits = m[0].replace(/[ -]/g, '');
    if (digits.length < 13 || digits.length > 19) continue;
    if (!luhnOnly || luhn(digits)) return true;
  }
  return false;
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
