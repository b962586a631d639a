import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import pino from 'pino';
import { ormConfig } from '../../../server/src/mikro-orm.config.js';
import { startEmbeddedPostgres } from '../../../server/src/shared/db/embedded-postgres.js';

export interface BenchDatabase {
  readonly url: string;
  /** The server's URL (another database on it), for psql baselines. */
  readonly serverUrl: string;
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database for a benchmark: on DATABASE_URL's server when set, else on the
 * embedded PostgreSQL that `npm start` runs (the product's own settings), in a temporary folder.
 */
export async function freshDatabase(prefix: string): Promise<BenchDatabase> {
  let server = process.env.DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  let dir: string | undefined;
  if (!server) {
    dir = mkdtempSync(path.join(os.tmpdir(), 'cis-bench-pg-'));
    chmodSync(dir, 0o755);
    const embedded = await startEmbeddedPostgres(dir, pino({ level: 'warn' }), 'postgres');
    [server, stop] = [embedded.url, embedded.stop];
  }
  const name = `${prefix}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  const orm = await MikroORM.init(ormConfig(url.toString()));
  await orm.getMigrator().up();
  await orm.close();
  return {
    url: url.toString(),
    serverUrl: server,
    drop: async () => {
      if (stop) {
        await stop();
        rmSync(dir!, { recursive: true, force: true });
        return;
      }
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** Peak resident memory of this process while `work` runs, sampled every 50 ms. */
export async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; peakRssMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peakRssMb: Math.round(peak / 1_048_576) };
  } finally {
    clearInterval(timer);
  }
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
