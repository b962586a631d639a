// A bill-run calculation worker in its own process, for the kill-and-resume test: it announces each
// commit and pauses just before it, so the test can SIGKILL it inside a chunk's open transaction.
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { calculateRun } from '../../../server/src/billing/calculation/calculate-run.js';
import { ormConfig } from '../../../server/src/mikro-orm.config.js';

const [dbUrl, runId, chunk] = process.argv.slice(2) as [string, string, string];
const pool = new pg.Pool({ connectionString: dbUrl, max: 3 });
const connect = pool.connect.bind(pool) as (callback?: unknown) => Promise<pg.PoolClient>;
// pool.query() calls connect with a callback: leave that path alone; patch the clients of transactions.
(pool as unknown as { connect: (callback?: unknown) => unknown }).connect = (callback?: unknown) => (callback ? connect(callback) : patched());
const seen = new WeakSet<object>();
const patched = async () => {
  const client = await connect();
  if (seen.has(client)) return client; // pooled clients come back: patch each once
  seen.add(client);
  const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
  // COPY streams come back from query() synchronously: only the commit is delayed.
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    if (args[0] !== 'commit') return query(...args);
    process.stdout.write('COMMITTING\n');
    return new Promise(resolve => setTimeout(resolve, 400)).then(() => query(...args));
  };
  return client;
};
const orm = await MikroORM.init(ormConfig(dbUrl));
await calculateRun(pool, orm.em, runId, done => process.stdout.write(`CHUNK ${done}\n`), Number(chunk));
process.stdout.write('DONE\n');
await orm.close();
await pool.end();
