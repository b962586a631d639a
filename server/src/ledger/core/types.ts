import type { Dec } from '../../shared/money/index.js';
import type { CalendarDate } from '../../shared/dates/index.js';

/** Kinds of ledger entries (billing-rules.md: "Ledger and receivables"). */
export const ENTRY_KINDS = [
  'CHARGE',
  'PAYMENT',
  'ADJUSTMENT',
  'PENALTY',
  'DEPOSIT_APPLIED',
  'REFUND',
  'TRANSFER',
  'REVERSAL',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** Services a rate schedule bills; revenue is posted to the GL by service. */
export const SERVICE_TYPES = ['WATER', 'SEWER', 'IRRIGATION', 'SOLID_WASTE', 'STORMWATER', 'OTHER'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

/** Payment methods (billing-rules.md: "Payments"). */
export const PAYMENT_METHODS = ['CASH', 'CHECK', 'CARD', 'ACH', 'LOCKBOX', 'PORTAL'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/**
 * One immutable ledger entry. `amount` is money (2 decimals); a positive amount increases what
 * the customer owes, a negative one is a credit. Entries are never updated: a mistake is undone by
 * a REVERSAL entry (see reverse.ts).
 */
export interface LedgerEntry {
  readonly id: string;
  readonly accountId: string;
  readonly kind: EntryKind;
  readonly amount: Dec;
  readonly postedOn: CalendarDate;
  /** Charges and penalties: the bill's due date. Null: due when posted. */
  readonly dueOn: CalendarDate | null;
  readonly service: ServiceType | null;
  /** The entry this one reverses (REVERSAL only). */
  readonly reversesId: string | null;
  /** REVERSAL only: the kind of the entry first reversed, so the GL mirrors its posting. */
  readonly originalKind?: EntryKind;
  /** Where the entry came from: 'BILL', 'PAYMENT', 'DEPOSIT', 'WRITE_OFF', 'CARD_FEE', … */
  readonly source?: string;
  /** PAYMENT (and its reversals): how the money came in; selects the cash GL account. */
  readonly method?: PaymentMethod;
}
