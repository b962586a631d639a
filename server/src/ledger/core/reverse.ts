import type { CalendarDate } from '../../shared/dates/index.js';
import type { LedgerEntry } from './types.js';

export interface ReverseParams {
  readonly id: string;
  readonly postedOn: CalendarDate;
  /** Overrides the copied source, e.g. 'RETURNED_PAYMENT' or 'REBILL'. */
  readonly source?: string;
}

/**
 * The REVERSAL entry that undoes `entry` (billing-rules.md: "Entries are never updated or
 * deleted; a mistake is reversed by a new entry"). Amount is negated exactly (no rounding), so
 * entry + reversal sum to zero; `reversesId` points at the entry. Due date, service and method are
 * copied so aging, credit application and GL revenue by service treat the pair symmetrically;
 * `originalKind` keeps the first reversed kind, so the GL posting of a reversal mirrors it.
 * Reversing a reversal restores the original amount.
 */
export function reverse(entry: LedgerEntry, params: ReverseParams): LedgerEntry {
  if (params.postedOn < entry.postedOn) {
    throw new RangeError(
      `reversal ${params.id} dated ${params.postedOn} before entry ${entry.id} (${entry.postedOn})`,
    );
  }
  const reversal: LedgerEntry = {
    id: params.id,
    accountId: entry.accountId,
    kind: 'REVERSAL',
    amount: entry.amount.negated(),
    postedOn: params.postedOn,
    dueOn: entry.dueOn,
    service: entry.service,
    reversesId: entry.id,
    originalKind: entry.kind === 'REVERSAL' ? entry.originalKind : entry.kind,
  };
  const source = params.source ?? entry.source;
  const withSource = source === undefined ? reversal : { ...reversal, source };
  return entry.method === undefined ? withSource : { ...withSource, method: entry.method };
}
