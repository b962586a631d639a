import type { EntityManager } from '@mikro-orm/postgresql';
import type pg from 'pg';

/** Where money SQL runs: a pg client or pool, or MikroORM's EntityManager (inside its transaction if any). */
export type Db = pg.ClientBase | pg.Pool | EntityManager;

/** A PostgreSQL array literal: knex (the EntityManager path) would expand a JS array into a list. */
function arrayLiteral(values: readonly unknown[]): string {
  const items = values.map(v => (v === null || v === undefined ? 'NULL' : `"${String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`));
  return `{${items.join(',')}}`;
}

/**
 * Rows of a `$n`-parameterized statement on any Db, so that helpers such as loadBillingPolicy or
 * postEntries serve both the pg-based money services and ORM-based callers in their transaction.
 */
export async function rows<T = Record<string, any>>(db: Db, text: string, params: readonly unknown[] = []): Promise<T[]> {
  if (!('getConnection' in db)) return (await (db as pg.ClientBase).query(text, params as unknown[])).rows as T[];
  const ordered: unknown[] = [];
  const sql = text.replace(/\$(\d+)/g, (_m, n: string) => {
    const value = params[Number(n) - 1];
    ordered.push(Array.isArray(value) ? arrayLiteral(value) : value);
    return '?';
  });
  return db.getConnection().execute<T[]>(sql, ordered, 'all', db.getTransactionContext());
}

export async function one<T = Record<string, any>>(db: Db, text: string, params: readonly unknown[] = []): Promise<T | undefined> {
  return (await rows<T>(db, text, params))[0];
}

/**
 * Serializes work on some keys until the transaction ends (pg_advisory_xact_lock), in a fixed
 * order so that two transactions locking the same keys cannot deadlock.
 */
export async function lockKeys(db: Db, keys: readonly string[]): Promise<void> {
  for (const key of [...new Set(keys)].sort()) await rows(db, 'select pg_advisory_xact_lock(hashtext($1))', [key]);
}

/** `n` fresh ids of a bigserial column, ascending, so rows can reference each other before insert. */
export async function allocateIds(db: Db, sequence: string, n: number): Promise<string[]> {
  if (n <= 0) return [];
  const got = await rows<{ id: string }>(db, 'select nextval($1::regclass)::text as id from generate_series(1, $2::int)', [sequence, n]);
  return got.map(r => r.id).sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0));
}

/** Splits a list into slices of at most `size` (bulk statements stay under parameter and memory limits). */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
