import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import pino from 'pino';
import type { TestProject } from 'vitest/node';
import { ormConfig } from '../../../server/src/mikro-orm.config.js';
import { startEmbeddedPostgres } from '../../../server/src/shared/db/embedded-postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dbUrl: string;
    /** A migrated database nobody connects to: the template of a test file's own database. */
    templateDbUrl: string;
  }
}

/**
 * One fresh database per test run, migrated once from the committed migrations (Keystone's pattern):
 * on the server of DATABASE_URL when set (CI), else on an embedded PostgreSQL in a temporary folder.
 */
export default async function setup(project: TestProject) {
  const logger = pino({ level: 'warn' });
  let serverUrl = process.env.DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | undefined;
  let tempDir: string | undefined;
  if (!serverUrl) {
    tempDir = mkdtempSync(path.join(os.tmpdir(), 'cis-test-pg-'));
    chmodSync(tempDir, 0o755); // as root, PostgreSQL runs as the postgres user and must reach its data folder
    const embedded = await startEmbeddedPostgres(tempDir, logger, 'postgres');
    serverUrl = embedded.url;
    stopEmbedded = embedded.stop;
  }
  const name = `cis_test_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dbUrl = url.toString();
  const orm = await MikroORM.init(ormConfig(dbUrl));
  await orm.getMigrator().up();
  await orm.close();
  const template = `${name}_template`;
  const copier = new pg.Client({ connectionString: serverUrl });
  await copier.connect();
  await copier.query(`create database ${template} template ${name}`);
  await copier.end();
  url.pathname = `/${template}`;
  project.provide('dbUrl', dbUrl);
  project.provide('templateDbUrl', url.toString());

  return async () => {
    if (stopEmbedded) {
      await stopEmbedded();
      if (tempDir) rmSync(tempDir, { recursive: true, force: true });
      return;
    }
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`drop database if exists ${template} with (force)`);
    await client.end();
  };
}
