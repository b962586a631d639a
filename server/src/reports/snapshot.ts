import type pg from 'pg';

/**
 * Runs a report in one REPEATABLE READ, READ ONLY transaction: a report read in chunks (aging over
 * 100,000 accounts) sees one consistent ledger even while payments post.
 */
export async function withSnapshot<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
