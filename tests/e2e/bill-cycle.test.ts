import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../server/src/auth/auth.service.js';
import { Role } from '../../server/src/auth/roles.js';
import { unique } from '../integration/fixtures.js';
import {
  makeBillingSetup,
  makeServedAccount,
  monthlyReads,
  type ServiceAccount,
} from '../integration/billing/cycle-fixture.js';
import { startTestServer, type TestServer } from '../integration/setup/harness.js';
import { launchChromium, requireAdminBuild, screenshot, watchRequests } from './support/chromium.js';

requireAdminBuild();

const PASSWORD = 'cycle-clerk-password-1';
const shot = (page: Page, name: string) => screenshot(page, `bill-cycle-${name}`);

async function signIn(page: Page, base: string, email: string): Promise<void> {
  await page.goto(`${base}/admin/`);
  await page.getByRole('textbox', { name: /^Email/ }).fill(email);
  await page.getByLabel(/^Password/).fill(PASSWORD);
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Counter' }).waitFor();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Profile' }).click();
  await page.getByRole('menuitem', { name: 'Logout' }).click();
  await page.getByRole('textbox', { name: /^Email/ }).waitFor();
}

/** The edit-list row under the keyboard cursor. */
const currentRow = (page: Page) => page.locator('tr[aria-selected="true"]');

/** Moves the cursor with j (down) until it is on an exception of `code`. */
async function cursorTo(page: Page, code: string, rows: number): Promise<void> {
  for (let i = 0; i < rows * 2; i++) {
    if ((await currentRow(page).getAttribute('data-code')) === code) return;
    await page.keyboard.press(i < rows ? 'j' : 'k');
  }
  throw new Error(`no ${code} row under the cursor`);
}

describe('a clerk works a billing cycle in the browser, a supervisor approves it', () => {
  let t: TestServer;
  let base: string;
  let browser: Browser;
  let page: Page;
  let requests: ReturnType<typeof watchRequests>;
  let setup: Awaited<ReturnType<typeof makeBillingSetup>>;
  const clerk = `${unique('cycle-clerk').toLowerCase()}@utility.example`;
  const supervisor = `${unique('cycle-super').toLowerCase()}@utility.example`;
  const A: Record<string, ServiceAccount & { serial: string }> = {};
  let runId = '';

  beforeAll(async () => {
    t = await startTestServer();
    base = await t.listen();
    const em = t.running.services.orm.em.fork();
    await createUser(em, { email: clerk, name: 'Cycle Clerk', password: PASSWORD, roles: [Role.CLERK] });
    await createUser(em, {
      email: supervisor,
      name: 'Billing Supervisor',
      password: PASSWORD,
      roles: [Role.SUPERVISOR],
    });
    setup = await makeBillingSetup(t);
    const route = unique('RT');
    const names = ['n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'high', 'noRead', 'low', 'alert'];
    for (const [i, name] of names.entries()) {
      const account = await makeServedAccount(t, setup, {
        reads: monthlyReads(5000, 5),
        routeCode: route,
        sequence: (i + 1) * 10,
      });
      const [meter] = await t.sql(`select serial_number from meter where id = $1`, [account.meterId]);
      A[name] = { ...account, serial: meter.serial_number };
    }
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1500, height: 1000 }, acceptDownloads: true });
    page.setDefaultTimeout(15_000);
    requests = watchRequests(page, base);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('should import the July AMI file from the bill runs screen', async () => {
    const july: Record<string, [string, string]> = {
      high: ['55000', ''],
      low: ['26000', ''],
      alert: ['30500', 'LEAK'],
    };
    const rows = Object.entries(A)
      .filter(([name]) => name !== 'noRead')
      .map(
        ([name, a]) =>
          `,${a.serial},2026-07-01T06:00:00,${july[name]?.[0] ?? '31000'},GALLON,${july[name]?.[1] ?? ''}`,
      );
    const csv = ['endpoint_id,meter_serial,read_time,reading,unit,flags', ...rows].join('\n') + '\n';

    await signIn(page, base, clerk);
    await page.getByRole('menuitem', { name: 'Bill runs' }).first().click(); // the office's, above the generated resource
    await page.waitForURL(/#\/bill-runs$/);
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'july-ami.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'july-ami.csv' }).waitFor();
    await page.getByRole('button', { name: 'Import reads' }).click();
    await page.getByText('july-ami.csv: 9 reads: 9 recorded').waitFor();
    await shot(page, '01-reads-imported');
    const [{ n }] = await t.sql(
      `select count(*)::int n from meter_read where read_on = '2026-07-01' and meter_id = any($1::bigint[])`,
      [Object.values(A).map(a => a.meterId)],
    );
    expect(n).toBe(9);
  });

  it('should create the bill run from the form and open its console', async () => {
    const form = page.getByRole('form', { name: 'New bill run' });
    await form.getByRole('combobox', { name: /^Cycle/ }).click();
    await page.getByRole('option', { name: new RegExp(setup.cycle.code) }).click();
    await form.getByLabel(/^Read window from/).fill('2026-06-25');
    await form.getByLabel(/^Read window to/).fill('2026-07-05');
    await form.getByLabel(/^Bill date/).fill('2026-07-06');
    await form.getByRole('button', { name: 'Create run' }).click();
    await page.waitForURL(/#\/bill-runs\/\d+$/);
    runId = /#\/bill-runs\/(\d+)$/.exec(page.url())![1]!;
    await page.getByTestId('run-status').getByText('Edits').waitFor();
    await shot(page, '02-run-created');
    const [run] = await t.sql(`select status, total_accounts from bill_run where id = $1`, [runId]);
    expect(run).toEqual({ status: 'EDITS', total_accounts: 10 });
  });

  it('should clear the edit list with the keyboard: accept the HIGH, estimate the NO_READ, bulk-accept the warnings', async () => {
    const [{ number }] = await t.sql(`select number from bill_run where id = $1`, [runId]);
    await page.getByRole('menuitem', { name: 'Edit list' }).click();
    await page.getByRole('row', { name: new RegExp(`^${number} `) }).click();
    await page.waitForURL(/#\/edit-list\/\d+$/);
    const rows = page.locator('tbody tr[data-code]');
    await expect.poll(() => rows.count()).toBe(4);
    const codes = await Promise.all(
      Array.from({ length: 4 }, (_, n) => rows.nth(n).getAttribute('data-code')),
    );
    expect(codes.sort()).toEqual(['AMI_ALERT', 'HIGH', 'LOW', 'NO_READ']);
    await currentRow(page).waitFor();
    await cursorTo(page, 'HIGH', 4);
    await page.getByRole('img', { name: /Usage, last 13 months/ }).waitFor();
    await page.getByText('Average per day').waitFor();
    await shot(page, '03-edit-list-high');

    await page.keyboard.press('a');
    const high = page.locator('tr[data-code="HIGH"]');
    await high.and(page.locator('[data-status="RESOLVED"]')).waitFor();
    await high.getByText(/Accept · Cycle Clerk \(you\) · /).waitFor();

    await cursorTo(page, 'NO_READ', 4);
    await page.keyboard.press('e');
    const noRead = page.locator('tr[data-code="NO_READ"]');
    await noRead.and(page.locator('[data-status="RESOLVED"]')).waitFor();
    await noRead.getByText(/Estimate · Cycle Clerk \(you\)/).waitFor();
    await shot(page, '04-edit-list-worked');

    await page.getByRole('combobox', { name: /^Severity/ }).click();
    await page.getByRole('option', { name: 'Warnings', exact: true }).click();
    await page.getByRole('combobox', { name: /^Status/ }).click();
    await page.getByRole('option', { name: 'Open or re-check' }).click();
    await expect.poll(() => rows.count()).toBe(2);
    await page.keyboard.press('Shift+X');
    await page.getByText('2 selected').waitFor();
    await shot(page, '05-warnings-selected');
    await page.keyboard.press('Shift+A');
    await page.getByText('Accepted 2 exceptions').waitFor();
    await page.getByText('No exceptions under these filters.').waitFor();
    await shot(page, '06-edit-list-clear');

    const left = await t.sql(
      `select code, status::text from bill_run_exception where run_id = $1 and status <> 'RESOLVED'`,
      [runId],
    );
    expect(left).toEqual([]);
    const actions = await t.sql(
      `select kind, code, by_email from bill_run_action where run_id = $1 order by id`,
      [runId],
    );
    const worked = actions.map((a: any) => `${a.kind} ${a.code}`);
    expect(worked.slice(0, 2)).toEqual(['ACCEPT HIGH', 'ESTIMATE NO_READ']);
    expect(worked.slice(2).sort()).toEqual(['ACCEPT AMI_ALERT', 'ACCEPT LOW']);
    for (const a of actions) expect(a.by_email).toBe(clerk);
  });

  it('should calculate with a progress bar that reaches done, and keep approval for a supervisor', async () => {
    await page.getByRole('link', { name: 'Bill run console' }).click();
    await page.waitForURL(/#\/bill-runs\/\d+$/);
    await page.getByRole('button', { name: 'Calculate' }).click();
    const bar = page.getByRole('progressbar', { name: 'Calculation progress' });
    await bar.and(page.locator('[aria-valuenow="100"]')).waitFor({ timeout: 30_000 });
    await page.getByTestId('run-status').getByText('Calculated').waitFor();
    await page
      .getByTestId('calc-progress')
      .getByText(/100% · 10 of 10 accounts/)
      .waitFor();
    await page
      .getByTestId('register-total')
      .getByText(/^10 bills/)
      .waitFor();
    const approve = page.getByRole('button', { name: 'Approve' });
    expect(await approve.isDisabled()).toBe(true);
    expect(await approve.getAttribute('aria-describedby')).toBe('reason-approve');
    await shot(page, '07-calculated-clerk-cannot-approve');
    const [run] = await t.sql(`select status, bill_count from bill_run where id = $1`, [runId]);
    expect(run).toEqual({ status: 'CALCULATED', bill_count: 10 });
  });

  it('should be approved and posted by a supervisor', async () => {
    await signOut(page);
    await signIn(page, base, supervisor);
    await page.goto(`${base}/admin/#/bill-runs/${runId}`);
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByTestId('run-status').getByText('Approved').waitFor();
    await page.getByRole('button', { name: 'Post' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await page.getByTestId('run-status').getByText('Posted').waitFor();
    await page
      .getByText(/^Billing Supervisor \(you\) · /)
      .first()
      .waitFor();
    await shot(page, '08-posted');
    const [run] = await t.sql(`select status, approved_by is not null approved from bill_run where id = $1`, [
      runId,
    ]);
    expect(run).toEqual({ status: 'POSTED', approved: true });
  });

  it('should download the print file with one record per bill, and open the sample bills PDF', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Print file (CSV)' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const records = csv
      .trimEnd()
      .split('\r\n')
      .map(line => line.split(','));
    const { billRun } = await t.ok<any>(
      `query($id: ID!) { billRun(id: $id) { number bills(first: 50) { nodes { number } } } }`,
      { id: runId },
    );
    const bills = billRun.bills.nodes.map((b: { number: string }) => b.number).sort();
    expect(bills).toHaveLength(10);
    expect(records[0]!.slice(0, 5)).toEqual([
      'record_type',
      'layout',
      'run_number',
      'sequence',
      'bill_number',
    ]);
    const body = records.slice(1, -1);
    expect(body.map(r => r[0])).toEqual(Array(10).fill('B'));
    expect(body.map(r => r[4])).toEqual(bills);
    expect(body.map(r => r[2])).toEqual(Array(10).fill(billRun.number));
    expect(records.at(-1)!.slice(0, 4)).toEqual(['T', 'BP1', billRun.number, '10']);

    const sample = page.getByRole('link', { name: /Sample bills/ });
    const href = (await sample.getAttribute('href'))!;
    expect(href).toBe(`${base}/bill-runs/${runId}/bills.pdf?sample=10`);
    const pdf = await page.context().request.get(href);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const [popup] = await Promise.all([page.waitForEvent('popup'), sample.click()]);
    expect(popup.url()).toBe(href);
    await popup.close();
    await shot(page, '09-print-files');
  });

  it('should have sent no request outside the server and thrown no page error', () => {
    expect(requests.outside).toEqual([]);
    expect(requests.errors).toEqual([]);
  });
});
