import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../server/src/auth/auth.service.js';
import { Role, startTestServer, type TestServer } from '../setup/harness.js';
import { makeCustomer } from '../fixtures.js';

let t: TestServer;
let base: string;
beforeAll(async () => {
  t = await startTestServer();
  base = await t.listen();
  await createUser(t.running.services.orm.em.fork(), { email: 'Clerk.Login@Test.Example', name: 'Pat Clerk', password: 'a-long-enough-secret', roles: [Role.CLERK] });
  await createUser(t.running.services.orm.em.fork(), { email: 'guessed@test.example', name: 'Guessed Clerk', password: 'the-right-secret-1', roles: [Role.CLERK] });
});
afterAll(() => t.close());

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }) as Promise<
    Omit<Response, 'json'> & { json(): Promise<any> }
  >;

describe('login and sessions', () => {
  it('should return a token and set an httpOnly SameSite cookie when the password is right', async () => {
    const res = await post({ query: `mutation { login(email: "clerk.login@test.example", password: "a-long-enough-secret") { token user { id email roles } } }` });
    const body = await res.json();
    expect(body.data.login.user).toMatchObject({ email: 'clerk.login@test.example', roles: ['CLERK'] });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/cis_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const token = body.data.login.token as string;
    const viaBearer = await (await post({ query: '{ me { email } }' }, { authorization: `Bearer ${token}` })).json();
    expect(viaBearer.data.me.email).toBe('clerk.login@test.example');
    const viaCookie = await (await post({ query: '{ me { email } }' }, { cookie: cookie.split(';')[0]! })).json();
    expect(viaCookie.data.me.email).toBe('clerk.login@test.example');
  });

  it('should answer UNAUTHENTICATED with the same message for a wrong password and an unknown email', async () => {
    const wrong = await (await post({ query: `mutation { login(email: "clerk.login@test.example", password: "nope-nope-nope") { token } }` })).json();
    const unknown = await (await post({ query: `mutation { login(email: "nobody@test.example", password: "nope-nope-nope") { token } }` })).json();
    expect(wrong.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors[0].message).toBe(wrong.errors[0].message);
  });

  it('should refuse sign-in for a while after 10 wrong passwords for one email, even with the right one', async () => {
    const attempt = (password: string) => `login(email: "guessed@test.example", password: "${password}") { token }`;
    for (let i = 0; i < 10; i++) await post({ query: `mutation { ${attempt(`wrong-${i}-xxxxxxxx`)} }` });
    const right = await (await post({ query: `mutation { ${attempt('the-right-secret-1')} }` })).json();
    expect(right.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOO_MANY_ATTEMPTS' });
    expect(right.data?.login ?? null).toBeNull();
    const other = await (await post({ query: `mutation { login(email: "clerk.login@test.example", password: "a-long-enough-secret") { token } }` })).json();
    expect(other.data.login.token).toBeTruthy();
  });

  it('should refuse every operation but login without a session', async () => {
    const response = await post({ query: '{ customers { totalCount } }' });
    expect(response.status).toBe(401);
    const res = await response.json();
    expect(res.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(res.data ?? null).toBeNull();
    const bad = await (await post({ query: '{ me { email } }' }, { authorization: 'Bearer not-a-token' })).json();
    expect(bad.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('should end the session on logout', async () => {
    const login = await (await post({ query: `mutation { login(email: "clerk.login@test.example", password: "a-long-enough-secret") { token } }` })).json();
    const auth = { authorization: `Bearer ${login.data.login.token}` };
    expect((await (await post({ query: 'mutation { logout }' }, auth)).json()).data.logout).toBe(true);
    const after = await (await post({ query: '{ me { email } }' }, auth)).json();
    expect(after.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('should block a GET query without a preflight header (CSRF prevention) and serve /healthz', async () => {
    const res = await fetch(`${base}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(res.status).toBe(400);
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
  });
});

describe('roles', () => {
  it('should answer FORBIDDEN when a clerk creates a billing cycle (an ADMIN task)', async () => {
    const res = await t.gql(`mutation { createBillingCycle(input: { code: "X1", name: "x", standardDays: 30 }) { id } }`, {}, Role.CLERK);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await t.sql(`select 1 from billing_cycle where code = 'X1'`)).toHaveLength(0);
  });

  it('should let REPORTING read with personal data masked, and refuse its mutations', async () => {
    const customer = await makeCustomer(t, { name: 'Maria Gonzalez', phone: '409-555-0101' });
    const res = await t.ok<any>(`query($id: ID!) { customer(id: $id) { name phone number } }`, { id: customer.id }, Role.REPORTING);
    expect(res.customer).toMatchObject({ name: 'M**** G*******', phone: '***-***-0101', number: customer.number });
    const write = await t.gql(`mutation { createCustomer(input: { name: "X", customerClass: RESIDENTIAL }) { id } }`, {}, Role.REPORTING);
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("should show a CUSTOMER only its own customer record", async () => {
    const mine = await makeCustomer(t, { name: 'Own Customer' });
    const other = await makeCustomer(t, { name: 'Other Customer' });
    const token = await t.tokenFor(Role.CUSTOMER, mine.id);
    const ask = async (id: string) => {
      const contextValue = await t.running.app.contextFor(token);
      const res = await t.running.app.apollo.executeOperation({ query: `query($id: ID!) { customer(id: $id) { id name } }`, variables: { id } }, { contextValue });
      return (res.body as any).singleResult;
    };
    expect((await ask(mine.id)).data.customer.name).toBe('Own Customer');
    expect((await ask(other.id)).data.customer).toBeNull();
  });
});
