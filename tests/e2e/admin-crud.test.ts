import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../server/src/auth/auth.service.js';
import { Role } from '../../server/src/auth/roles.js';
import { makeCustomer, unique } from '../integration/fixtures.js';
import { startTestServer, type TestServer } from '../integration/setup/harness.js';
import { launchChromium, requireAdminBuild, screenshot, watchRequests } from './support/chromium.js';

requireAdminBuild();

const PASSWORD = 'counter-clerk-password-1';
const field = (page: Page, label: RegExp) => page.getByRole('textbox', { name: label });
/** Keyboard use: the form's first field has the cursor without a click. */
const hasFocus = (page: Page, name: string) =>
  page.waitForFunction(
    `document.activeElement?.getAttribute('name') === ${JSON.stringify(name)}`,
    undefined,
    { timeout: 5_000 },
  );

describe('admin workspace: a clerk works customers and premises in Chromium', () => {
  let t: TestServer;
  let base: string;
  let browser: Browser;
  let page: Page;
  let requests: ReturnType<typeof watchRequests>;
  const email = `${unique('clerk').toLowerCase()}@utility.example`;
  const customerName = `Dolores ${unique('Ortiz')}`;
  let customerId = '';

  beforeAll(async () => {
    t = await startTestServer();
    base = await t.listen();
    await createUser(t.running.services.orm.em.fork(), {
      email,
      name: 'Counter Clerk',
      password: PASSWORD,
      roles: [Role.CLERK],
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    requests = watchRequests(page, base);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('should sign a clerk in with email and password, using the keyboard', async () => {
    await page.goto(`${base}/admin/`);
    await field(page, /^Email/).waitFor();
    await hasFocus(page, 'email');
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Customers' }).waitFor();
    const cookies = await page.context().cookies();
    expect(cookies.find(c => c.name === 'cis_session')?.httpOnly).toBe(true);
    expect(await page.evaluate('JSON.stringify({ ...localStorage, ...sessionStorage })')).not.toContain(
      cookies.find(c => c.name === 'cis_session')!.value,
    );
  });

  it('should list and search customers', async () => {
    const existing = await makeCustomer(t, { name: `Maria ${unique('Gonzalez')}` });
    const other = await makeCustomer(t, {
      name: `Walter ${unique('Boudreaux')}`,
      email: 'walter@example.com',
    });
    await page.goto(`${base}/admin/#/customers`);
    await page.reload(); // the list seen right after sign-in was empty and is cached
    await page.getByRole('cell', { name: other.name }).waitFor();
    await page.locator('input[name="q"]').fill(existing.number);
    await page.getByRole('cell', { name: other.name }).waitFor({ state: 'detached' });
    await page.getByRole('cell', { name: existing.name }).waitFor();
    await screenshot(page, '01-customers-list');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.RaList-actions').getByRole('button', { name: 'Export' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\n')[0]).toContain('customerClass');
    expect(csv).toContain(existing.number);
    expect(csv).not.toContain(other.number);
  });

  it('should create a customer from the generated form', async () => {
    await page.goto(`${base}/admin/#/customers/create`);
    await field(page, /^Name/).waitFor();
    await hasFocus(page, 'name');
    await page.keyboard.type(customerName);
    await page.getByRole('combobox', { name: /^Customer class/ }).click();
    await page.getByRole('option', { name: 'Residential' }).click();
    await field(page, /^Email/).fill('dolores@example.com');
    await field(page, /^Phone/).fill('409-555-0142');
    await field(page, /^Phone/).press('Enter');
    await page.waitForURL(/#\/customers\/[^/]+\/show$/);
    await page.getByText(`Customer ${customerName}`).first().waitFor();
    customerId = decodeURIComponent(/#\/customers\/([^/]+)\/show/.exec(page.url())![1]!);
    await page.getByText('No accounts yet').waitFor();
    await screenshot(page, '02-customer-created');
    const rows = await t.sql('select name, customer_class, phone from customer where id = $1', [customerId]);
    expect(rows[0]).toMatchObject({
      name: customerName,
      customer_class: 'RESIDENTIAL',
      phone: '409-555-0142',
    });
  });

  it('should edit the customer and send only the changed field', async () => {
    await page.goto(`${base}/admin/#/customers/${customerId}`);
    await field(page, /^Phone/).fill('409-555-0199');
    const sent = page.waitForRequest(
      r => r.method() === 'POST' && String(r.postData()).includes('updateCustomer'),
    );
    await page.getByRole('button', { name: 'Save' }).click();
    expect(JSON.parse((await sent).postData()!).variables).toEqual({
      id: customerId,
      input: { phone: '409-555-0199' },
    });
    await page.waitForURL(/#\/customers\/[^/]+\/show$/);
    await page.getByText('409-555-0199').waitFor();
    const rows = await t.sql('select name, phone, email from customer where id = $1', [customerId]);
    expect(rows[0]).toMatchObject({
      name: customerName,
      phone: '409-555-0199',
      email: 'dolores@example.com',
    });
  });

  let premiseId = '';
  const routeCode = unique('RT');
  it('should create a premise on a reading route', async () => {
    await page.goto(`${base}/admin/#/premises/create`);
    await field(page, /^Address/).waitFor();
    await hasFocus(page, 'address');
    await page.keyboard.type('1840 Procter St');
    await field(page, /^City/).fill('Port Arthur');
    await field(page, /^State/).fill('TX');
    await field(page, /^ZIP/).fill('77640');
    await field(page, /^Route code/).fill(routeCode);
    await page.getByRole('spinbutton', { name: /^Sequence/ }).fill('120');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/premises\/[^/]+\/show$/);
    premiseId = decodeURIComponent(/#\/premises\/([^/]+)\/show/.exec(page.url())![1]!);
    await page.getByText(routeCode).first().waitFor();
    await screenshot(page, '03-premise-created');
    const rows = await t.sql(
      'select p.sequence, r.code from premise p join route r on r.id = p.route_id where p.id = $1',
      [premiseId],
    );
    expect(rows[0]).toMatchObject({ sequence: 120, code: routeCode });
  });

  it("should show the server's validation error next to the ZIP field, then save the fix", async () => {
    await page.goto(`${base}/admin/#/premises/${premiseId}`);
    await field(page, /^ZIP/).fill('7764');
    await page.getByRole('button', { name: 'Save' }).click();
    const zipControl = page.locator('.MuiFormControl-root', {
      has: page.getByRole('textbox', { name: /^ZIP/ }),
    });
    await zipControl.getByText('must be a 5-digit or ZIP+4 code').waitFor();
    await screenshot(page, '04-premise-zip-error');
    await field(page, /^ZIP/).fill('77642');
    await page.getByRole('spinbutton', { name: /^Sequence/ }).fill('130');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/premises\/[^/]+\/show$/);
    const rows = await t.sql('select zip, sequence from premise where id = $1', [premiseId]);
    expect(rows[0]).toMatchObject({ zip: '77642', sequence: 130 });
  });

  it('should have sent no request outside the server', () => {
    expect(requests.outside).toEqual([]);
    expect(requests.errors).toEqual([]);
  });

  it('should serve GraphiQL to browsers on GET /graphql and render it offline', async () => {
    const response = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('GraphiQL');

    const graphiql = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await graphiql.context().addCookies(await page.context().cookies());
    const seen = watchRequests(graphiql, base);
    await graphiql.goto(`${base}/graphql`);
    expect(await graphiql.title()).toContain('GraphiQL');
    await graphiql.locator('.graphiql-container').waitFor();
    await graphiql.locator('.graphiql-query-editor .monaco-editor').first().waitFor();
    await graphiql.getByRole('button', { name: /Execute query/i }).click();
    await graphiql.locator('.graphiql-response').getByText(email).waitFor();
    await graphiql.getByRole('button', { name: /Show Documentation Explorer/i }).click();
    await graphiql.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();
    await screenshot(graphiql, '05-graphiql');
    expect(seen.outside).toEqual([]);
    await graphiql.close();
  });
});
