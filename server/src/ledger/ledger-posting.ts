import type pg from 'pg';
import { copyInto } from '../shared/db/copy.js';
import type { Dec } from '../shared/money/index.js';
import { dec } from '../shared/money/index.js';
import type { LedgerEntry as CoreEntry } from './core/types.js';
import { NotFound } from '../shared/graphql/errors.js';
import { allocateIds, chunks, rows, type Db } from './sql.js';

/** A ledger entry to write: a core entry (its `id`, if any, is ignored) plus what the table records. */
export type EntryToPost = Omit<CoreEntry, 'id' | 'amount'> & {
  readonly id?: string;
  readonly amount: Dec | string;
  readonly description: string;
  readonly sourceId?: string | null;
  readonly createdBy?: string | null;
};

const INSERT = `insert into ledger_entry (id, account_id, kind, amount, posted_on, due_on, service, method, description, source, source_id, reverses_id, original_kind, created_by)
  select * from unnest($1::bigint[], $2::bigint[], $3::entry_kind[], $4::numeric[], $5::date[], $6::date[], $7::service_type[], $8::text[], $9::text[], $10::text[], $11::bigint[], $12::bigint[], $13::entry_kind[], $14::bigint[])`;

const CHUNK = 20_000;
/** From this many entries a pg client writes with COPY (several times faster than unnest on 100,000 rows). */
const COPY_FROM = 1_000;
const COLUMNS = ['id', 'account_id', 'kind', 'amount', 'posted_on', 'due_on', 'service', 'method', 'description', 'source', 'source_id', 'reverses_id', 'original_kind', 'created_by'] as const;

function rowOf(e: EntryToPost, id: string): unknown[] {
  const amount = dec(e.amount);
  if (amount.decimalPlaces() > 2) throw new RangeError(`ledger amount with more than 2 decimals: ${amount.toString()}`);
  const originalKind = e.kind === 'REVERSAL' ? (e.originalKind ?? null) : null;
  return [id, e.accountId, e.kind, amount.toFixed(2), e.postedOn, e.dueOn, e.service, e.method ?? null, e.description, e.source ?? e.kind, e.sourceId ?? null, e.reversesId, originalKind, e.createdBy ?? null];
}

function columns(entries: readonly EntryToPost[], ids: readonly string[]): unknown[][] {
  const cols: unknown[][] = COLUMNS.map(() => []);
  entries.forEach((e, i) => rowOf(e, ids[i]!).forEach((v, c) => cols[c]!.push(v)));
  return cols;
}

/**
 * Every entry's account must exist: ledger_entry carries no foreign key (its per-row check locked the
 * account row of each of a bill run's entries), so the writers check, once per distinct account.
 */
async function requireAccounts(db: Db, accountIds: readonly string[]): Promise<void> {
  const wanted = [...new Set(accountIds)];
  if (!wanted.length) return;
  const bad = wanted.find(id => !/^\d{1,18}$/.test(id));
  if (bad !== undefined) throw new NotFound('Account', bad, 'accountId');
  const missing = await rows<{ id: string }>(db, `select w.id::text from unnest($1::bigint[]) w(id) where not exists (select 1 from account a where a.id = w.id) limit 1`, [wanted]);
  if (missing[0]) throw new NotFound('Account', missing[0].id, 'accountId');
}

/**
 * Writes ledger entries set-based (COPY from 1,000 entries on a pg client, else unnest, 20,000 rows
 * a statement) inside the caller's transaction and returns their ids in input order. Used by
 * imports, reversals, adjustments, deposits, late fees and bill posting (postPayment writes its one
 * entry in the statement that writes the payment: its latency path). Entries are append-only. With
 * `onConflictDoNothing` an entry refused by a unique index (one late fee per bill) is skipped and
 * its id is null: a second run adds nothing.
 */
export async function postEntries(db: Db, entries: readonly EntryToPost[], options: { onConflictDoNothing?: boolean } = {}): Promise<(string | null)[]> {
  await requireAccounts(db, entries.map(e => e.accountId));
  const ids = await allocateIds(db, 'ledger_entry_id_seq', entries.length);
  if (entries.length >= COPY_FROM && !options.onConflictDoNothing && !('getConnection' in db)) {
    await copyInto(db as pg.ClientBase, 'ledger_entry', COLUMNS, entries.map((e, i) => rowOf(e, ids[i]!)));
    return ids;
  }
  const written = new Set<string>();
  for (const [start, slice] of chunks(entries, CHUNK).map((s, i) => [i * CHUNK, s] as const)) {
    const sql = INSERT + (options.onConflictDoNothing ? ' on conflict do nothing returning id::text' : ' returning id::text');
    const got = await rows<{ id: string }>(db, sql, columns(slice, ids.slice(start, start + slice.length)));
    for (const r of got) written.add(r.id);
  }
  return ids.map(id => (written.has(id) ? id : null));
}
