import type { Dec } from '../../shared/money/index.js';
import type { CalendarDate } from '../../shared/dates/index.js';
import type { LedgerEntry } from './types.js';

export interface TransferParams {
  readonly fromAccountId: string;
  readonly toAccountId: string;
  /** Money moved (2 decimals, > 0): what `from` owed now owed by `to` (or a credit when negative). */
  readonly amount: Dec;
  readonly postedOn: CalendarDate;
  readonly ids: { readonly out: string; readonly in: string };
  readonly source?: string;
}

/**
 * The two TRANSFER entries that move a balance between accounts (billing-rules.md: "Transfer ...
 * with the balance moved by a TRANSFER entry"; misapplied payments are repaired the same way):
 * −amount on `from`, +amount on `to`. Invariant: they sum to zero, so total receivable is unchanged.
 * A negative amount moves a credit balance.
 */
export function transferEntries(params: TransferParams): [LedgerEntry, LedgerEntry] {
  if (params.fromAccountId === params.toAccountId) throw new RangeError('a transfer needs two accounts');
  if (params.amount.isZero() || params.amount.decimalPlaces() > 2) {
    throw new RangeError(`not a transferable amount: ${params.amount.toString()}`);
  }
  const common = {
    kind: 'TRANSFER' as const,
    postedOn: params.postedOn,
    dueOn: null,
    service: null,
    reversesId: null,
    ...(params.source === undefined ? {} : { source: params.source }),
  };
  return [
    { ...common, id: params.ids.out, accountId: params.fromAccountId, amount: params.amount.negated() },
    { ...common, id: params.ids.in, accountId: params.toAccountId, amount: params.amount },
  ];
}
