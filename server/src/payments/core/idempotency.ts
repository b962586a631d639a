import { createHash } from 'node:crypto';
import { type Dec, dec, moneyText } from '../../shared/money/index.js';
import type { PaymentMethod } from '../../ledger/core/types.js';

/** The content of a postPayment request, as received (the idempotency key itself is not part of it). */
export interface PaymentRequest {
  readonly accountId: string;
  readonly amount: Dec | string;
  readonly method: PaymentMethod;
  readonly receivedOn: string;
  readonly reference?: string | null;
  readonly batchId?: string | null;
  readonly note?: string | null;
}

/** The canonical form: every field present, in a fixed (alphabetical) order, normalized. */
export type CanonicalPaymentRequest = Readonly<Record<(typeof FIELDS)[number], string | null>>;

const FIELDS = ['accountId', 'amount', 'batchId', 'method', 'note', 'receivedOn', 'reference'] as const;

/**
 * The canonical content of a payment request, stored with its idempotency key
 * (reliability-and-ecosystem.md §A.1.2: "compares incoming parameters to those of the original").
 * Normalization: amount as money text with exactly 2 decimals ("52.7" = "52.70"; more than 2
 * significant decimals is refused, not rounded); text fields trimmed; empty text, undefined and
 * null are all null; keys in alphabetical order.
 */
export function canonicalPaymentRequest(
  request: PaymentRequest | CanonicalPaymentRequest,
): CanonicalPaymentRequest {
  if (request.amount === null) throw new RangeError('a payment request needs an amount');
  const amount = dec(request.amount);
  if (amount.decimalPlaces() > 2) {
    throw new RangeError(`amount has more than 2 decimals: ${amount.toString()}`);
  }
  const text = (value: string | null | undefined) =>
    value == null || value.trim() === '' ? null : value.trim();
  return {
    accountId: text(request.accountId),
    amount: moneyText(amount),
    batchId: text(request.batchId),
    method: text(request.method),
    note: text(request.note),
    receivedOn: text(request.receivedOn),
    reference: text(request.reference),
  };
}

/** SHA-256 (hex) of the canonical request as JSON: what an idempotency row stores as request_hash. */
export function paymentRequestHash(request: PaymentRequest): string {
  const canonical = canonicalPaymentRequest(request);
  const json = JSON.stringify(FIELDS.map(f => [f, canonical[f]]));
  return createHash('sha256').update(json).digest('hex');
}

export type PaymentRequestComparison =
  { readonly result: 'SAME' } | { readonly result: 'DIFFERENT'; readonly fields: readonly string[] };

/**
 * A reused idempotency key (billing-rules.md: "posting the same key twice returns the first payment
 * and changes nothing"): SAME content → return the first payment; DIFFERENT → a CONFLICT
 * (IDEMPOTENCY_KEY_MISMATCH) naming the fields that differ. `stored` is the canonical form kept
 * with the key (or a request); canonicalizing is idempotent.
 */
export function comparePaymentRequest(
  stored: CanonicalPaymentRequest | PaymentRequest,
  incoming: PaymentRequest,
): PaymentRequestComparison {
  const a = canonicalPaymentRequest(stored);
  const b = canonicalPaymentRequest(incoming);
  const fields = FIELDS.filter(f => a[f] !== b[f]);
  return fields.length === 0 ? { result: 'SAME' } : { result: 'DIFFERENT', fields };
}
