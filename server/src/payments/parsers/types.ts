/**
 * The common contract of the payment file parsers (LOCKBOX_CSV, LOCKBOX_FIXED,
 * CARD_SETTLEMENT_CSV, NACHA_RETURN; BAI2 has its own tree-shaped result in bai2.ts).
 *
 * A parser never throws on bad input and never stops at the first bad line: it returns the
 * records of the good lines, every line error (1-based physical line numbers, capped at
 * MAX_ERRORS) and the file-level control facts. The caller imports the file only when `errors` is
 * empty (`ok`): an imported file is all-or-nothing (billing-rules.md, "Payments").
 *
 * Amounts are money text with two decimals ("125.50"), built with shared/money (decimal.js from
 * strings), never from a JS number. Dates are ISO 'YYYY-MM-DD'.
 */
import type { LineError } from '../../reads/parsers/line-errors.js';

export type { LineError } from '../../reads/parsers/line-errors.js';
export { MAX_ERRORS } from '../../reads/parsers/line-errors.js';

export type PaymentMethod = 'LOCKBOX' | 'CARD' | 'ACH';
export type PaymentKind = 'PAYMENT' | 'REFUND' | 'CHARGEBACK' | 'RETURN' | 'NOC';

export interface PaymentRecord {
  /** Physical line of the item (for ACH: the entry detail record). */
  readonly line: number;
  /** Our account number as the file gives it; null when absent (the payment goes to suspense). */
  readonly accountNumber: string | null;
  /** Money text, two decimals, always positive: `kind` says which way it goes. */
  readonly amount: string;
  readonly receivedOn: string;
  /** Check number / card transaction id / ACH trace number. */
  readonly reference: string;
  /** Stable key of this item for idempotent re-import (same line, same key). */
  readonly naturalKey: string;
  readonly method: PaymentMethod;
  readonly kind: PaymentKind;
  /** CARD: processor fee and net (gross − fee), money text. */
  readonly fee?: string;
  readonly net?: string;
  /** ACH return: reason code (R01…); original entry trace number. */
  readonly returnCode?: string;
  readonly returnReason?: string;
  readonly originalTrace?: string;
  /** ACH notification of change: change code (C01…) and corrected data. */
  readonly changeCode?: string;
  readonly correctedData?: string;
  /** ACH: transaction code of the return/NOC entry (26 = returned checking debit, …). */
  readonly transactionCode?: string;
  readonly payerName?: string;
  readonly cardLast4?: string;
}

export interface PaymentParseResult {
  readonly records: PaymentRecord[];
  readonly errors: LineError[];
  /** Findings that do not block the import (e.g. an unknown return reason code). */
  readonly warnings: LineError[];
  readonly errorLimitReached: boolean;
  /** errors.length === 0: the file may be imported. */
  readonly ok: boolean;
  /** Deposit / settlement / file date of the batch, 'YYYY-MM-DD' (null when the file has none). */
  readonly batchDate: string | null;
  /** Number of records. */
  readonly controlCount: number;
  /** Sum of the records' amounts, money text. */
  readonly controlTotal: string;
  /** The file's own total (lockbox header total, trailer total), when it states one. */
  readonly fileTotalFromHeaderOrTrailer?: string;
  /** Physical lines in the file. */
  readonly lineCount: number;
}
