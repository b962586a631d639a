import { dec, type Dec, ZERO } from '../shared/money/index.js';
import type { CalendarDate } from '../shared/dates/index.js';
import type { EntryKind, LedgerEntry as CoreEntry, PaymentMethod, ServiceType } from './core/types.js';
import { one, rows, type Db } from './sql.js';

/** A stored entry as the pure core reads it, plus its source id (the bill, payment… it belongs to). */
export interface StoredEntry extends CoreEntry {
  readonly sourceId: string | null;
}

interface EntryRow {
  id: string;
  account_id: string;
  kind: EntryKind;
  amount: string;
  posted_on: string;
  due_on: string | null;
  service: ServiceType | null;
  method: string | null;
  source: string;
  source_id: string | null;
  reverses_id: string | null;
  original_kind: EntryKind | null;
}

// bigint and numeric come back from node-postgres as text already: no casts needed.
export const ENTRY_SELECT = `select e.id, e.account_id, e.kind, e.amount, e.posted_on, e.due_on, e.service, e.method, e.source, e.source_id, e.reverses_id, e.original_kind from ledger_entry e`;

export function toCoreEntry(r: EntryRow): StoredEntry {
  return {
    id: r.id,
    accountId: r.account_id,
    kind: r.kind,
    amount: dec(r.amount),
    postedOn: r.posted_on,
    dueOn: r.due_on,
    service: r.service,
    reversesId: r.reverses_id,
    source: r.source,
    sourceId: r.source_id,
    ...(r.original_kind ? { originalKind: r.original_kind } : {}),
    ...(r.method ? { method: r.method as PaymentMethod } : {}),
  };
}

/** The entries of some accounts posted on or before `asOf` (all of them without it), oldest first. */
export async function entriesOf(db: Db, accountIds: readonly string[], asOf?: CalendarDate): Promise<StoredEntry[]> {
  if (accountIds.length === 0) return [];
  const got = await rows<EntryRow>(
    db,
    `${ENTRY_SELECT} where e.account_id = any($1::bigint[]) and ($2::date is null or e.posted_on <= $2::date) order by e.account_id, e.posted_on, e.id`,
    [accountIds, asOf ?? null],
  );
  return got.map(toCoreEntry);
}

/**
 * What aging needs of the entries of some accounts as of a date (no GL or source columns): the
 * lean read of reports over every account, where decoding rows is most of the cost.
 */
export async function agingEntriesOf(db: Db, accountIds: readonly string[], asOf: CalendarDate): Promise<CoreEntry[]> {
  if (accountIds.length === 0) return [];
  const got = await rows<Pick<EntryRow, 'id' | 'account_id' | 'kind' | 'amount' | 'posted_on' | 'due_on' | 'reverses_id'>>(db,
    `select id, account_id, kind, amount, posted_on, due_on, reverses_id from ledger_entry where account_id = any($1::bigint[]) and posted_on <= $2::date`, [accountIds, asOf]);
  return got.map(r => ({ id: r.id, accountId: r.account_id, kind: r.kind, amount: dec(r.amount), postedOn: r.posted_on, dueOn: r.due_on, service: null, reversesId: r.reverses_id }));
}

/** An account's balance now: the sum of its entries. */
export async function balanceOf(db: Db, accountId: string): Promise<Dec> {
  const row = await one<{ balance: string | null }>(db, 'select sum(amount)::text as balance from ledger_entry where account_id = $1', [accountId]);
  return row?.balance ? dec(row.balance) : ZERO;
}

/** Entries grouped by account, in their order. */
export function groupByAccount<E extends { accountId: string }>(entries: readonly E[]): Map<string, E[]> {
  const groups = new Map<string, E[]>();
  for (const e of entries) {
    const list = groups.get(e.accountId);
    if (list) list.push(e);
    else groups.set(e.accountId, [e]);
  }
  return groups;
}
