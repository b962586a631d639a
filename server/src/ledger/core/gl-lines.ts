import { type Dec, ZERO } from '../../shared/money/index.js';
import type { CalendarDate } from '../../shared/dates/index.js';
import { type GlAccountMap, glPairFor } from './gl-account-map.js';
import type { LedgerEntry } from './types.js';

/** One side of one entry's GL posting: exactly one of debit / credit is non-zero. */
export interface GlLine {
  readonly entryId: string;
  readonly accountId: string;
  readonly postedOn: CalendarDate;
  readonly glAccount: string;
  readonly debit: Dec;
  readonly credit: Dec;
}

/**
 * The GL lines of ledger entries (billing-rules.md: "Each entry kind maps to debit and credit GL
 * accounts"): per entry, one debit line and one credit line of |amount| on the pair that
 * `glPairFor` selects; an entry against its kind's normal direction (e.g. a negative charge, a
 * debit adjustment) swaps the sides. Zero entries post nothing. Amounts are exact (already 2
 * decimals). A REVERSAL without `originalKind` takes it from the reversed entry when that is in
 * the set. Invariant: total debits = total credits, for any entries and any map.
 */
export function glLines(entries: readonly LedgerEntry[], map: GlAccountMap): GlLine[] {
  const byId = new Map(entries.map(e => [e.id, e]));
  const lines: GlLine[] = [];
  for (const entry of entries) {
    if (entry.amount.isZero()) continue;
    const { pair, normalSign } = glPairFor(withOriginalKind(entry, byId), map);
    const sign = entry.amount.isNegative() ? -1 : 1;
    const [debitAccount, creditAccount] =
      sign === normalSign ? [pair.debit, pair.credit] : [pair.credit, pair.debit];
    const amount = entry.amount.abs();
    const common = { entryId: entry.id, accountId: entry.accountId, postedOn: entry.postedOn };
    lines.push({ ...common, glAccount: debitAccount, debit: amount, credit: ZERO });
    lines.push({ ...common, glAccount: creditAccount, debit: ZERO, credit: amount });
  }
  return lines;
}

/** A REVERSAL with its original kind filled in from the chain of reversed entries, when known. */
function withOriginalKind(entry: LedgerEntry, byId: ReadonlyMap<string, LedgerEntry>): LedgerEntry {
  if (entry.kind !== 'REVERSAL' || entry.originalKind) return entry;
  let target = entry.reversesId === null ? undefined : byId.get(entry.reversesId);
  for (let hops = 0; target?.kind === 'REVERSAL' && !target.originalKind && hops < byId.size; hops++) {
    target = target.reversesId === null ? undefined : byId.get(target.reversesId);
  }
  const originalKind = target?.kind === 'REVERSAL' ? target.originalKind : target?.kind;
  return originalKind ? { ...entry, originalKind } : entry;
}
