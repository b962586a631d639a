import type { CalendarDate } from '../../../shared/dates/index.js';

/** One meter's reads over the period, as stored on the bill (register units, dates ISO). */
export interface DocumentRead {
  readonly serialNumber: string;
  readonly registerUnit: string;
  readonly previous: string;
  readonly previousOn: CalendarDate;
  readonly current: string;
  readonly currentOn: CalendarDate;
  readonly gallons: string;
  readonly estimated: boolean;
}

export interface DocumentLine {
  readonly service: string;
  readonly description: string;
  /** Money text, two decimals. */
  readonly amount: string;
  /** The plain-words sentence of the line (rating's explainLine). */
  readonly explanation: string;
}

/** Usage of one calendar month of the 13-month history; null when no bill ended in that month. */
export interface HistoryMonth {
  readonly month: string; // YYYY-MM
  readonly gallons: string | null;
}

/**
 * Everything a printed bill shows, read once and rendered twice: as a print-file record and as a
 * PDF page (reliability-and-ecosystem.md B.4: one bill document model, several writers).
 */
export interface BillDocument {
  readonly billId: string;
  readonly billNumber: string | null;
  readonly runNumber: string;
  /** The bill's run is POSTED or EXPORTED (else the PDF is watermarked DRAFT). */
  readonly posted: boolean;
  readonly cancelled: boolean;
  readonly accountId: string;
  readonly accountNumber: string;
  readonly customerId: string;
  readonly paperless: boolean;
  readonly customerName: string;
  readonly email: string | null;
  readonly mailingAddress: string | null;
  readonly service: { readonly address: string; readonly city: string; readonly state: string; readonly zip: string };
  readonly cycle: string | null;
  readonly kind: string;
  readonly billDate: CalendarDate;
  readonly dueDate: CalendarDate;
  readonly periodStart: CalendarDate;
  readonly periodEnd: CalendarDate;
  readonly days: number;
  /** Usage of the period in gallons (decimal text). */
  readonly usage: string;
  readonly estimated: boolean;
  readonly reads: readonly DocumentRead[];
  readonly lines: readonly DocumentLine[];
  readonly previousBalance: string;
  readonly paymentsAndCredits: string;
  readonly currentCharges: string;
  readonly amountDue: string;
  /** 13 months, oldest first; the last is the month of periodEnd. */
  readonly history: readonly HistoryMonth[];
}

/** The service address as two lines: street, then "City, ST zip". */
export function serviceAddressLines(doc: BillDocument): [string, string] {
  const s = doc.service;
  return [s.address, `${s.city}, ${s.state} ${s.zip}`.trim()];
}
