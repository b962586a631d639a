import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `npm start` as a new user would run it: no DATABASE_URL, so the embedded PostgreSQL under DATA_DIR.
const dirs: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const freePort = () => new Promise<number>(resolve => {
  const s = net.createServer().listen(0, () => {
    const { port } = s.address() as net.AddressInfo;
    s.close(() => resolve(port));
  });
});

function start(dataDir: string, port: number, user?: { uid: number; gid: number }): ChildProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, BOOTSTRAP_ADMIN_EMAIL: 'first.admin@utility.example', BOOTSTRAP_ADMIN_PASSWORD: 'first-admin-password', LOG_LEVEL: 'warn', HOME: dataDir };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], { env, stdio: ['ignore', 'ignore', 'pipe'], ...(user ?? {}) });
  children.push(child);
  return child;
}

async function ready(port: number, timeoutMs = 60_000): Promise<number> {
  const started = Date.now();
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).status === 200) return Date.now() - started;
    } catch {
      /* not listening yet */
    }
    if (Date.now() - started > timeoutMs) throw new Error('the server did not become ready');
    await new Promise(r => setTimeout(r, 100));
  }
}

async function gql(port: number, query: string, token?: string) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query }),
  });
  return (await res.json()) as any;
}

describe('npm start on the embedded PostgreSQL', () => {
  it('should serve /healthz, /graphql, GraphiQL and /admin, survive a SIGKILL (stale postmaster) and keep its data', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cis-start-'));
    chmodSync(dataDir, 0o755);
    dirs.push(dataDir);
    const port = await freePort();
    const first = start(dataDir, port);
    const coldMs = await ready(port);
    console.log(`ready in ${coldMs} ms from a new data folder (initdb, migrations)`);
    const login = await gql(port, `mutation { login(email: "first.admin@utility.example", password: "first-admin-password") { token } }`);
    const token = login.data.login.token as string;
    const created = await gql(port, `mutation { createCustomer(input: { name: "Survives Restarts", customerClass: RESIDENTIAL }) { id } }`, token);
    expect(created.data.createCustomer.id).toBeTruthy();
    const graphiql = await fetch(`http://127.0.0.1:${port}/graphql`, { headers: { accept: 'text/html' } });
    expect(graphiql.status).toBe(200);
    expect(await graphiql.text()).toMatch(/graphiql/i);
    const admin = await fetch(`http://127.0.0.1:${port}/admin/`);
    expect(admin.status).toBe(200);

    first.kill('SIGKILL'); // leaves the embedded postmaster orphaned, holding the data folder
    await new Promise(r => first.once('exit', r));
    const second = start(dataDir, port);
    const warmMs = await ready(port);
    console.log(`ready again in ${warmMs} ms after a SIGKILL`);
    const again = await gql(port, `{ customers(filter: { name: { eq: "Survives Restarts" } }) { totalCount } }`, token);
    expect(again.data.customers.totalCount).toBe(1); // and the session survived too
    second.kill('SIGTERM');
    expect(await new Promise(r => second.once('exit', code => r(code)))).toBe(0);
  });

  it('should run as a normal user too', async () => {
    if (process.getuid?.() !== 0) return; // already a normal user: the first test covered it
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cis-start-user-'));
    chmodSync(dataDir, 0o777);
    dirs.push(dataDir);
    const port = await freePort();
    const child = start(dataDir, port, { uid: 65534, gid: 65534 });
    await ready(port);
    const login = await gql(port, `mutation { login(email: "first.admin@utility.example", password: "first-admin-password") { user { roles } } }`);
    expect(login.data.login.user.roles).toEqual(['ADMIN']);
    expect((await gql(port, '{ me { id } }')).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    child.kill('SIGTERM');
    await new Promise(r => child.once('exit', r));
  });
});
