import type pg from 'pg';
import { actorSetting } from '../../audit/audit-context.js';

/**
 * Runs set-based work in one transaction on a pooled connection: all or nothing, with the acting
 * user recorded for the audit triggers. Serialization failures and deadlocks are retried.
 */
export async function withTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query(`select set_config('cis.actor', $1, true)`, [actorSetting()]);
      const result = await work(client);
      await client.query('commit');
      return result;
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      const code = (error as { code?: string }).code;
      if (attempt < attempts && (code === '40001' || code === '40P01')) continue;
      throw error;
    } finally {
      client.release();
    }
  }
}
