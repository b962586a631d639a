import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../server/src/auth/auth.service.js';
import { Role } from '../../server/src/auth/roles.js';
import {
  makeCustomer,
  makeCycle,
  makeRateSchedule,
  makeServicePoint,
  RESIDENTIAL_WATER,
  unique,
} from '../integration/fixtures.js';
import { lockboxCsv } from '../integration/payments/files.js';
import { makePostedBill } from '../integration/payments/fixtures.js';
import { startTestServer, type TestServer } from '../integration/setup/harness.js';
import { launchChromium, requireAdminBuild, screenshot, watchRequests } from './support/chromium.js';

requireAdminBuild();

const PASSWORD = 'counter-clerk-password-2';
const shot = (page: Page, name: string) => screenshot(page, `counter-${name}`);

describe('a clerk takes a cash payment at the counter and balances the drawer', () => {
  let t: TestServer;
  let base: string;
  let browser: Browser;
  let page: Page;
  let requests: ReturnType<typeof watchRequests>;
  const email = `${unique('counter').toLowerCase()}@utility.example`;
  const surname = `Thibodeaux${unique('')}`;
  let account: { id: string; number: string };
  let batchId = '';

  beforeAll(async () => {
    t = await startTestServer();
    base = await t.listen();
    await createUser(t.running.services.orm.em.fork(), {
      email,
      name: 'Window Clerk',
      password: PASSWORD,
      roles: [Role.CLERK],
    });
    const cycle = await makeCycle(t);
    const code = await makeRateSchedule(t, { ...RESIDENTIAL_WATER, effectiveFrom: '2010-01-01' });
    const customer = await makeCustomer(t, { name: `Rosalind ${surname}` });
    const { premise } = await makeServicePoint(t, '2025-01-02');
    const { startService } = await t.ok<any>(
      `mutation($i: StartServiceInput!) { startService(input: $i) { id number } }`,
      {
        i: {
          customerId: customer.id,
          premiseId: premise.id,
          startDate: '2025-01-02',
          cycleId: cycle.id,
          rateScheduleCodes: [code],
        },
      },
    );
    account = startService;
    await makePostedBill(t, account.id, {
      billDate: '2026-10-06',
      dueDate: '2026-10-26',
      services: { WATER: '52.75', SEWER: '31.40' },
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 950 } });
    page.setDefaultTimeout(15_000);
    requests = watchRequests(page, base);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('should find the account by part of the customer name and show what is due', async () => {
    await page.goto(`${base}/admin/`);
    await page.getByRole('textbox', { name: /^Email/ }).fill(email);
    await page.getByLabel(/^Password/).fill(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Counter' }).click();
    await page.getByRole('textbox', { name: 'Find an account' }).fill(surname.slice(0, 14).toLowerCase());
    await page.getByRole('button', { name: new RegExp(`Rosalind ${surname} · ${account.number}`) }).waitFor();
    await shot(page, '01-search');
    await page.getByRole('textbox', { name: 'Find an account' }).press('Enter');
    await page.waitForURL(new RegExp(`#/counter/${account.id}$`));
    await page.getByTestId('amount-due').getByText('Amount due $84.15').waitFor();
    await page.getByRole('table', { name: 'Aging' }).waitFor();
    await shot(page, '02-amount-due');
  });

  it('should take a cash payment into a new drawer and print a receipt with the new balance', async () => {
    await page.getByRole('textbox', { name: /^Amount/ }).fill('50.00');
    await page.getByRole('textbox', { name: /^Drawer to open/ }).fill('Window 2');
    const sent = page.waitForRequest(
      r => r.method() === 'POST' && String(r.postData()).includes('CounterPostPayment'),
    );
    await page.getByRole('button', { name: 'Post payment' }).click();
    const { variables } = JSON.parse((await sent).postData()!);
    expect(variables.input).toMatchObject({ accountId: account.id, amount: '50.00', method: 'CASH' });
    expect(variables.input.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    await page.waitForURL(/#\/counter\/receipt\/\d+$/);
    const receipt = page.locator('.receipt');
    await receipt.getByText('$50.00').waitFor();
    await page.getByTestId('new-balance').getByText('$34.15').waitFor();
    await shot(page, '03-receipt');
    const [payment] = await t.sql(
      `select p.amount::text, p.method::text, p.idempotency_key, b.id::text batch, b.drawer, b.status::text
      from payment p join payment_batch b on b.id = p.batch_id where p.account_id = $1`,
      [account.id],
    );
    expect(payment).toMatchObject({
      amount: '50.00',
      method: 'CASH',
      idempotency_key: variables.input.idempotencyKey,
      drawer: 'Window 2',
      status: 'OPEN',
    });
    batchId = payment.batch;
  });

  it('should refuse to post the drawer while the count is off, showing the difference, then post it', async () => {
    await page.getByRole('link', { name: 'Open the drawer' }).click();
    await page.waitForURL(new RegExp(`#/drawers/${batchId}$`));
    await page.getByTestId('drawer-total').getByText('$50.00').waitFor();
    await page.getByRole('textbox', { name: 'Counted payments' }).fill('1');
    await page.getByRole('textbox', { name: 'Counted total' }).fill('40.00');
    await page.getByRole('button', { name: 'Balance' }).click();
    const difference = page.getByTestId('drawer-difference');
    await difference.getByText('Counted $10.00 less than the payments recorded').waitFor();
    await page.getByRole('button', { name: 'Post drawer' }).click();
    await page
      .getByText(new RegExp(`batch ${batchId} does not balance: 0 payment\\(s\\) and 10.00 off its control`))
      .waitFor();
    await shot(page, '04-drawer-does-not-balance');
    expect((await t.sql(`select status::text from payment_batch where id = $1`, [batchId]))[0].status).toBe(
      'OPEN',
    );

    await page.getByRole('textbox', { name: 'Counted total' }).fill('50.00');
    await page.getByRole('button', { name: 'Balance' }).click();
    await difference.getByText(/^Balanced/).waitFor();
    await page.getByRole('button', { name: 'Post drawer' }).click();
    await page.getByTestId('drawer-status').getByText('Posted').waitFor();
    await shot(page, '05-drawer-posted');
    const [batch] = await t.sql(
      `select status::text, control_count, control_total::text, deposit_total::text from payment_batch where id = $1`,
      [batchId],
    );
    expect(batch).toEqual({
      status: 'POSTED',
      control_count: 1,
      control_total: '50.00',
      deposit_total: '50.00',
    });
  });

  it('should list the posted drawer among the cash drawers', async () => {
    await page.getByRole('menuitem', { name: 'Cash drawers' }).click();
    await page.getByRole('combobox', { name: /^Status/ }).click();
    await page.getByRole('option', { name: 'Posted' }).click();
    const row = page.getByRole('row', { name: /Window 2/ });
    await row.getByText('Posted').waitFor();
    await row.getByText('$50.00').waitFor();
  });

  it('should apply a lockbox payment from the suspense queue to the account found by name, in one action', async () => {
    const content = lockboxCsv([{ account: '99999999', amount: '25.00', check: '4417' }], {
      date: '2026-11-20',
      lockbox: 'LB-7',
    });
    const fileName = `${unique('lockbox-')}.csv`;
    const imported = await t.ok<any>(
      `mutation($i: FileImportInput!) { importPayments(input: $i) { suspense } }`,
      {
        i: { format: 'LOCKBOX_CSV', fileName, content },
      },
    );
    expect(imported.importPayments.suspense).toBe(1);
    await page.getByRole('menuitem', { name: 'Suspense' }).click();
    const row = page.getByRole('row', { name: /99999999/ });
    await row.getByText('$25.00').waitFor();
    await shot(page, '06-suspense');
    await row.getByRole('button', { name: 'Apply…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Find an account' }).fill(surname);
    await dialog.getByRole('button', { name: new RegExp(`Rosalind ${surname}`) }).click();
    await page.getByText(`Applied to account ${account.number}`).waitFor();
    await row.waitFor({ state: 'detached' });
    const [payment] = await t.sql(
      `select p.status::text, p.account_id::text from payment p join payment_import_file f on f.id = p.import_file_id where f.file_name = $1`,
      [fileName],
    );
    expect(payment).toEqual({ status: 'POSTED', account_id: account.id });
  });

  it("should show both payments on the account's 360: balance, aging and ledger", async () => {
    await page.goto(`${base}/admin/#/accounts/${account.id}/show`);
    await page.getByTestId('account-balance').getByText('Balance $9.15').waitFor();
    await shot(page, '07-account-360');
    await page.getByRole('tab', { name: 'Ledger' }).click();
    const ledger = page.getByRole('table', { name: 'Ledger' });
    await ledger.getByText('-$50.00').waitFor();
    await ledger.getByText('-$25.00').waitFor();
    await ledger.getByText('$52.75').waitFor();
    await shot(page, '08-account-ledger');
  });

  it('should have sent no request outside the server and thrown no page error', () => {
    expect(requests.outside).toEqual([]);
    expect(requests.errors).toEqual([]);
  });
});
