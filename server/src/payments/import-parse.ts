import { ImportFormat } from '../shared/graphql/file-import.js';
import { BadUserInput } from '../shared/graphql/errors.js';
import { parseCardSettlementCsv } from './parsers/card-settlement-csv.js';
import { parseLockboxCsv } from './parsers/lockbox-csv.js';
import { parseLockboxFixed } from './parsers/lockbox-fixed.js';
import { parseNachaReturn } from './parsers/nacha-return.js';
import type { LineError, PaymentParseResult } from './parsers/types.js';
import { BatchKind } from './payment-enums.js';

/** A parsed payment file, whatever its layout. */
export interface ParsedPaymentFile extends PaymentParseResult {
  readonly kind: BatchKind;
  /** What the bank deposits for the file: the total, or for card settlements the net of fees, refunds and chargebacks. */
  readonly depositTotal: string;
}

/** Formats importPayments takes; the meter-read formats belong to importMeterReads. */
export const PAYMENT_FORMATS = [ImportFormat.LOCKBOX_CSV, ImportFormat.LOCKBOX_FIXED, ImportFormat.CARD_SETTLEMENT_CSV, ImportFormat.NACHA_RETURN] as const;

/** Runs the layout's parser (payments/parsers: pure, every line at fault reported, never throws on bad input). */
export function parsePaymentFile(format: ImportFormat, content: string): ParsedPaymentFile {
  switch (format) {
    case ImportFormat.LOCKBOX_CSV: {
      const parsed = parseLockboxCsv(content);
      return { ...parsed, kind: BatchKind.LOCKBOX, depositTotal: parsed.controlTotal };
    }
    case ImportFormat.LOCKBOX_FIXED: {
      const parsed = parseLockboxFixed(content);
      return { ...parsed, kind: BatchKind.LOCKBOX, depositTotal: parsed.controlTotal };
    }
    case ImportFormat.CARD_SETTLEMENT_CSV: {
      const parsed = parseCardSettlementCsv(content);
      return { ...parsed, kind: BatchKind.CARD_SETTLEMENT, depositTotal: parsed.netDepositTotal };
    }
    case ImportFormat.NACHA_RETURN: {
      const parsed = parseNachaReturn(content);
      return { ...parsed, kind: BatchKind.ACH, depositTotal: '0.00' };
    }
    default:
      throw BadUserInput.field('format', `${format} is not a payment file format (use ${PAYMENT_FORMATS.join(', ')})`);
  }
}

/** A file with nothing in it is refused like a malformed one: an empty upload is a mistake. */
export function emptyFileProblem(parsed: ParsedPaymentFile): LineError[] {
  return parsed.records.length === 0 ? [{ line: 1, message: 'the file holds no payments, returns or notices' }] : [];
}
