import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pg from 'pg';
import pino from 'pino';
import { inject } from 'vitest';
import { createUser, issue } from '../../../server/src/auth/auth.service.js';
import { Role } from '../../../server/src/auth/roles.js';
import { User } from '../../../server/src/auth/user.entity.js';
import { readConfig } from '../../../server/src/config.js';
import { startServices, type Running } from '../../../server/src/server.js';
import { runWithActor } from '../../../server/src/audit/audit-context.js';
import type { Clock } from '../../../server/src/shared/clock.js';

export interface GqlResult<T = any> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

export interface TestServer {
  readonly running: Running;
  readonly dbUrl: string;
  /** A session token for a user with exactly these roles (created once per test file). */
  tokenFor(role: Role | Role[], customerId?: string): Promise<string>;
  /** Runs an operation as a role (default CLERK) through Apollo, with the same context as HTTP. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, as?: Role | Role[] | null): Promise<GqlResult<T>>;
  /** Like gql, but fails with the query and errors when there are errors. */
  ok<T = any>(query: string, variables?: Record<string, unknown>, as?: Role | Role[]): Promise<T>;
  /** Listens on a free port; returns the base URL. */
  listen(): Promise<string>;
  sql<T = any>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

const PASSWORD = 'test-password-123';

/**
 * A database of the test file's own, cloned from the migrated template: for files that change what
 * is one row for the whole utility (the billing policy), which other files running at the same time
 * rely on. Dropped by `close`.
 */
async function ownDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const template = new URL(inject('templateDbUrl'));
  const name = `${template.pathname.slice(1).replace(/_template$/, '')}_own_${randomUUID().slice(0, 8)}`;
  const server = new URL(template);
  server.pathname = '/postgres';
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: server.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name} template ${template.pathname.slice(1)}`);
  const url = new URL(template);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

export async function startTestServer(options: { clock?: Clock; ownDatabase?: boolean } = {}): Promise<TestServer> {
  const own = options.ownDatabase ? await ownDatabase() : null;
  const dbUrl = own?.url ?? inject('dbUrl');
  const config = { ...readConfig({ NODE_ENV: 'test', LOG_LEVEL: 'warn' }), databaseUrl: dbUrl, runJobs: false };
  const running = await startServices(config, dbUrl, pino({ level: 'warn' }), { clock: options.clock, inlineJobs: true });
  const tokens = new Map<string, Promise<string>>();
  const fileTag = randomUUID().slice(0, 8);
  let server: Server | undefined;

  // One user and session per role set, created once even when tests ask concurrently.
  const tokenFor = (role: Role | Role[], customerId?: string): Promise<string> => {
    const roles = Array.isArray(role) ? role : [role];
    const key = `${roles.join('+')}:${customerId ?? ''}`;
    let token = tokens.get(key);
    if (!token) {
      token = (async () => {
        const em = running.services.orm.em.fork();
        const email = `${roles.join('-').toLowerCase()}-${customerId ?? 'x'}-${fileTag}@test.example`;
        const user = (await em.findOne(User, { email })) ?? (await createUser(em, { email, name: `Test ${roles.join(' ')}`, password: PASSWORD, roles, customerId }));
        return (await issue(em, user, 'SESSION', null, null)).token;
      })();
      tokens.set(key, token);
    }
    return token;
  };

  const gql = async <T,>(query: string, variables?: Record<string, unknown>, as: Role | Role[] | null = Role.CLERK): Promise<GqlResult<T>> => {
    const token = as === null ? null : await tokenFor(as);
    return runWithActor({ userId: null, email: null, operation: null, requestId: randomUUID() }, async () => {
      const contextValue = await running.app.contextFor(token);
      const response = await running.app.apollo.executeOperation<T>({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      return response.body.singleResult as GqlResult<T>;
    });
  };

  return {
    running,
    dbUrl,
    tokenFor,
    gql,
    async ok<T>(query: string, variables?: Record<string, unknown>, as?: Role | Role[]) {
      const result = await gql<T>(query, variables, as ?? Role.CLERK);
      if (result.errors?.length) {
        throw new Error(`GraphQL errors:\n${JSON.stringify(result.errors, null, 2)}\nfor:\n${query}\nwith ${JSON.stringify(variables)}`);
      }
      return result.data as T;
    },
    async listen() {
      server ??= running.app.http.listen(0);
      await new Promise<void>(resolve => (server!.listening ? resolve() : server!.once('listening', () => resolve())));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    async sql(text, params) {
      return (await running.services.pool.query(text, params)).rows;
    },
    async close() {
      if (server) await new Promise(resolve => server!.close(resolve));
      await running.close();
      await own?.drop();
    },
  };
}

export { Role, PASSWORD };
