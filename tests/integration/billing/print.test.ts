import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, startTestServer, type TestServer } from '../setup/harness.js';
import { approveAndPost, download, printScenario, RUN_BILLS, type PrintScenario } from './print-fixture.js';
import { csvObjects, parseCsv, pdfPageCount, pdfText } from './print-files.js';

let t: TestServer;
let base: string;
let s: PrintScenario;
let bills: any[];
const get = (path: string, as: Role | null = Role.CLERK, customerId?: string) => download(t, base, path, as, customerId);
/** A GraphQL request over HTTP as a portal customer. */
const asCustomer = async (customerId: string, query: string, variables: Record<string, unknown> = {}) => {
  const token = await t.tokenFor(Role.CUSTOMER, customerId);
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
};
const dollars = (money: string) => `$${money.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;

beforeAll(async () => {
  t = await startTestServer({ ownDatabase: true });
  base = await t.listen();
  s = await printScenario(t);
});
afterAll(() => t.close());

describe('sample bills before approval', () => {
  it('should refuse the vendor files of a run that is not posted, with CONFLICT', async () => {
    for (const file of ['print.csv', 'manifest.json', 'ebills.csv']) {
      const r = await get(`/bill-runs/${s.julyRunId}/${file}`);
      expect(r.status).toBe(409);
      expect(JSON.parse(r.body.toString()).error).toBe('CONFLICT');
    }
  });

  it('should show the first N bills of a calculated run as a PDF marked DRAFT', async () => {
    const r = await get(`/bill-runs/${s.julyRunId}/bills.pdf?sample=2`);
    expect(r.status).toBe(200);
    expect(r.type).toBe('application/pdf');
    expect(r.disposition).toMatch(/^inline/);
    expect(pdfPageCount(r.body)).toBe(2);
    const text = pdfText(r.body);
    expect(text).toContain('DRAFT');
    expect(text).toContain(s.accounts.paper.number);
    expect(text).not.toContain(s.accounts.serviceOnly.number);
    expect((await get(`/bill-runs/${s.julyRunId}/bills.pdf?sample=0`)).status).toBe(400);
    expect((await get(`/bill-runs/${s.julyRunId}/bills.pdf?sample=x`)).status).toBe(400);
  });

  it('should not show a portal customer a bill that is not posted', async () => {
    const [draft] = await t.sql(`select id::text from bill where run_id = $1 and account_id = $2`, [s.julyRunId, s.accounts.paper.accountId]);
    expect((await get(`/bills/${draft.id}/bill.pdf`, Role.CUSTOMER, s.accounts.paper.customerId)).status).toBe(404);
    expect((await get(`/bills/${draft.id}/bill.pdf`, Role.CLERK)).status).toBe(200);
  });

  it("should not list a draft bill to its customer, nor lead a customer to other customers' records", async () => {
    const customer = s.accounts.paper.customerId;
    const [draft] = await t.sql(`select id::text from bill where run_id = $1 and account_id = $2`, [s.julyRunId, s.accounts.paper.accountId]);
    const own = await asCustomer(customer, `query($id: ID!) { bill(id: $id) { id } bills { nodes { id } } account(id: "${s.accounts.paper.accountId}") { bills { nodes { id } } } }`, { id: draft.id });
    expect(own.errors).toBeUndefined();
    expect(own.data.bill).toBeNull();
    expect(own.data.bills.nodes.map((b: any) => b.id)).not.toContain(draft.id);
    expect(own.data.account.bills.nodes.map((b: any) => b.id)).not.toContain(draft.id);
    for (const path of [
      `account(id: "${s.accounts.paper.accountId}") { premise { accounts { nodes { id } } } }`,
      `account(id: "${s.accounts.paper.accountId}") { premise { meter { reads { nodes { id } } } } }`,
      `account(id: "${s.accounts.paper.accountId}") { payments { nodes { batch { payments { nodes { id } } } } } }`,
      `account(id: "${s.accounts.paper.accountId}") { premise { route { premises { nodes { id } } } } }`,
    ]) {
      const res = await asCustomer(customer, `{ ${path} }`);
      expect(res.errors?.[0]?.extensions?.code, path).toBe('FORBIDDEN');
    }
  });

  it('should post the run', async () => {
    await approveAndPost(t, s.julyRunId);
    bills = (await t.ok<any>(RUN_BILLS, { id: s.julyRunId })).billRun.bills.nodes;
    expect(bills).toHaveLength(4);
  });
});

describe('the print file of a posted run', () => {
  let csv: Buffer;
  let rows: Record<string, string>[];
  const rowOf = (account: { number: string }) => rows.find(r => r.account_number === account.number)!;

  beforeAll(async () => {
    const r = await get(`/bill-runs/${s.julyRunId}/print.csv`);
    expect(r.status).toBe(200);
    expect(r.type).toMatch(/^text\/csv/);
    csv = r.body;
    rows = csvObjects(csv.toString('utf8'));
  });

  it('should be RFC 4180: CRLF records of equal width, a quoted name with doubled quotes', () => {
    const text = csv.toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    const records = parseCsv(text);
    expect(new Set(records.map(r => r.length))).toEqual(new Set([101])); // docs/bill-print-file.md, columns 1–101
    expect(text).toContain(`"O'Brien, ""Pat"""`);
    expect(rowOf(s.accounts.paper).customer_name).toBe(`O'Brien, "Pat"`);
  });

  it('should hold one bill record per bill in bill order, then a trailer with the count and totals', async () => {
    const billRows = rows.filter(r => r.record_type === 'B');
    expect(billRows.map(r => r.bill_number)).toEqual(bills.map(b => b.number).sort());
    expect(billRows.map(r => r.sequence)).toEqual(['1', '2', '3', '4']);
    expect(billRows.every(r => r.layout === 'BP1')).toBe(true);
    const trailer = rows.at(-1)!;
    expect(trailer).toMatchObject({ record_type: 'T', layout: 'BP1', sequence: '4' });
    const ledger = await t.sql(`select sum(e.amount)::text s from ledger_entry e join bill b on b.id = e.source_id and e.source = 'BILL' where b.run_id = $1`, [s.julyRunId]);
    expect(trailer.current_charges).toBe(ledger[0].s);
    const balances = await t.sql(`select sum(e.amount)::text s from ledger_entry e where e.account_id = any($1::bigint[]) and e.posted_on <= '2026-07-06'`,
      [Object.values(s.accounts).map(a => a.accountId)]);
    expect(trailer.amount_due).toBe(balances[0].s);
  });

  it('should carry the numbers of each bill as the API shows them', () => {
    for (const bill of bills) {
      const row = rows.find(r => r.bill_number === bill.number)!;
      expect(row).toMatchObject({
        account_number: bill.account.number, bill_date: '2026-07-06', due_date: bill.dueDate, period_start: '2026-06-02', period_end: '2026-07-01', days: '30',
        usage_gallons: '5000', estimated: 'N', meter_count: '1', meter_1_serial: bill.reads[0].serialNumber, meter_1_previous_read: '25000', meter_1_current_read: '30000',
        meter_1_previous_date: '2026-06-01', meter_1_current_date: '2026-07-01', meter_1_usage_gallons: '5000',
        previous_balance: bill.statement.previousBalance, payments_and_credits: bill.statement.paymentsAndCredits,
        current_charges: bill.total, amount_due: bill.statement.amountDue, line_count: String(bill.lines.length),
      });
      bill.lines.forEach((l: any, i: number) => {
        expect(row[`line_0${i + 1}_description`]).toBe(l.description);
        expect(row[`line_0${i + 1}_amount`]).toBe(l.amount);
      });
      expect(row[`line_0${bill.lines.length + 1}_description`]).toBe('');
      expect(row.amount_due).toBe(bill.account.balance);
    }
  });

  it('should show the payment against the previous bill, and the June and July usage in the 13-month history', () => {
    const paper = rowOf(s.accounts.paper);
    expect(paper.previous_balance).toBe('0.00');
    expect(paper.payments_and_credits).toMatch(/^-\d+\.\d\d$/);
    expect(paper.amount_due).toBe(paper.current_charges);
    expect(paper.history_first_month).toBe('2025-07');
    expect(paper.usage_m12).toBe('5000');
    expect(paper.usage_m13).toBe('5000');
    expect(Array.from({ length: 11 }, (_, i) => paper[`usage_m${String(i + 1).padStart(2, '0')}`])).toEqual(Array(11).fill(''));
  });

  it('should address bills to the mailing address, else to the service address, and flag paperless', () => {
    const paper = rowOf(s.accounts.paper);
    expect([paper.mail_line_1, paper.mail_line_2, paper.mail_line_3]).toEqual(['PO Box 12', 'Port Arthur TX 77641', '']);
    const serviceOnly = rowOf(s.accounts.serviceOnly);
    expect(serviceOnly.mail_line_1).toBe(serviceOnly.service_address);
    expect(serviceOnly.mail_line_2).toBe(`${serviceOnly.service_city}, ${serviceOnly.service_state} ${serviceOnly.service_zip}`);
    expect(rows.filter(r => r.paperless === 'Y').map(r => r.account_number).sort()).toEqual([s.accounts.ebill.number, s.accounts.ebillNoEmail.number].sort());
  });

  it('should reconcile with the manifest: counts, totals and the SHA-256 of the same bytes', async () => {
    const r = await get(`/bill-runs/${s.julyRunId}/manifest.json`);
    expect(r.status).toBe(200);
    const m = JSON.parse(r.body.toString());
    const trailer = rows.at(-1)!;
    expect(m).toMatchObject({
      layoutVersion: 'BP1', billCount: 4, paperCount: 2, paperlessCount: 2, totalCurrentCharges: trailer.current_charges, totalAmountDue: trailer.amount_due,
      csv: { sha256: createHash('sha256').update(csv).digest('hex'), bytes: csv.length, records: 6 },
    });
    expect(m.batchNumber).toBe(m.run.number);
    expect(m.files.csv).toMatch(/\.csv$/);
    expect(Date.parse(m.generatedAt)).not.toBeNaN();
  });
});

describe('the PDF of all the bills', () => {
  it('should be one page per bill, with account, bill number, amount due and due date on each', async () => {
    const r = await get(`/bill-runs/${s.julyRunId}/bills.pdf`);
    expect(r.status).toBe(200);
    expect(r.disposition).toMatch(/^attachment/);
    expect(r.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(r.body.subarray(-6).toString()).toMatch(/%%EOF/);
    expect(pdfPageCount(r.body)).toBe(4);
    const text = pdfText(r.body);
    expect(text).not.toContain('DRAFT');
    for (const bill of bills) {
      expect(text).toContain(bill.account.number);
      expect(text).toContain(bill.number);
      expect(text).toContain(dollars(bill.statement.amountDue));
      expect(text).toContain(`${bill.dueDate.slice(5, 7)}/${bill.dueDate.slice(8)}/${bill.dueDate.slice(0, 4)}`);
    }
    expect(text).toContain('AMOUNT DUE');
    expect(text).toContain('LAST 13 MONTHS');
    expect(text).toContain('Please detach and return');
    expect(text).toContain('PO Box 12');
  });

  it('should print one bill for the office, for readers with the name masked, and for the customer who owns it', async () => {
    const bill = bills.find(b => b.account.id === s.accounts.paper.accountId);
    const clerk = await get(`/bills/${bill.id}/bill.pdf`, Role.CLERK);
    expect(clerk.status).toBe(200);
    expect(pdfPageCount(clerk.body)).toBe(1);
    expect(pdfText(clerk.body)).toContain(`O'Brien, "Pat"`);
    const reporting = await get(`/bills/${bill.id}/bill.pdf`, Role.REPORTING);
    expect(reporting.status).toBe(200);
    expect(pdfText(reporting.body)).not.toContain('Brien');
    expect((await get(`/bills/${bill.id}/bill.pdf`, Role.CUSTOMER, s.accounts.paper.customerId)).status).toBe(200);
    const other = await get(`/bills/${bill.id}/bill.pdf`, Role.CUSTOMER, s.accounts.ebill.customerId);
    expect(other.status).toBe(404);
    expect(JSON.parse(other.body.toString()).error).toBe('NOT_FOUND');
    expect((await get(`/bills/999999999/bill.pdf`, Role.CLERK)).status).toBe(404);
  });
});

describe('the letterhead', () => {
  it("should print the utility's name, remit-to address and phone from the billing policy", async () => {
    const bill = bills.find(b => b.account.id === s.accounts.paper.accountId);
    await t.ok(`mutation { updateBillingPolicy(input: { utilityName: "Harlan County Water District", remitTo: ["Harlan Water Billing", "PO Box 4471", "Harlan, KY 40831"], utilityPhone: "(606) 555-0142" }) { utilityName remitTo } }`, {}, Role.ADMIN);
    const text = pdfText((await get(`/bills/${bill.id}/bill.pdf`, Role.CLERK)).body);
    for (const expected of ['Harlan County Water District', 'Harlan Water Billing', 'PO Box 4471', '(606) 555-0142']) expect(text).toContain(expected);
    const refused = await t.gql(`mutation { updateBillingPolicy(input: { utilityName: " ", remitTo: [] }) { id } }`, {}, Role.ADMIN);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(refused.errors?.[0]?.extensions)).toContain('remitTo');
    expect((await t.ok<any>(`{ billingPolicy { utilityName } }`)).billingPolicy.utilityName).toBe('Harlan County Water District');
  });
});

describe('e-bills and access', () => {
  it('should list exactly the paperless accounts of the run with email, bill number, amount and due date', async () => {
    const r = await get(`/bill-runs/${s.julyRunId}/ebills.csv`);
    expect(r.status).toBe(200);
    const rows = csvObjects(r.body.toString());
    expect(rows.map(x => x.account_number).sort()).toEqual([s.accounts.ebill.number, s.accounts.ebillNoEmail.number].sort());
    const ana = rows.find(x => x.account_number === s.accounts.ebill.number)!;
    const bill = bills.find(b => b.account.id === s.accounts.ebill.accountId);
    expect(ana).toEqual({ account_number: s.accounts.ebill.number, customer_name: 'Ana Ruiz', email: 'ana@example.com', bill_number: bill.number, amount_due: bill.statement.amountDue, due_date: bill.dueDate });
    expect(rows.find(x => x.account_number === s.accounts.ebillNoEmail.number)!.email).toBe('');
  });

  it('should keep run files to the office roles and answer 401, 403, 404 and 409 as JSON', async () => {
    const path = `/bill-runs/${s.julyRunId}/print.csv`;
    for (const role of [Role.ADMIN, Role.SUPERVISOR]) expect((await get(path, role)).status).toBe(200);
    for (const role of [Role.FIELD, Role.REPORTING]) expect((await get(path, role)).status).toBe(403);
    expect((await get(path, Role.CUSTOMER, s.accounts.paper.customerId)).status).toBe(403);
    expect((await get(path, null)).status).toBe(401);
    expect((await get(`/bill-runs/${s.julyRunId}/bills.pdf?sample=1`, Role.FIELD)).status).toBe(403);
    for (const id of ['999999999', 'abc']) {
      const missing = await get(`/bill-runs/${id}/manifest.json`);
      expect(missing.status).toBe(404);
      expect(JSON.parse(missing.body.toString())).toMatchObject({ error: 'NOT_FOUND' });
    }
    const [draft] = await t.sql(`insert into bill_run (number, kind, status, read_window_start, read_window_end, bill_date, due_date)
      values ($1, 'CYCLE', 'EDITS', '2026-07-01', '2026-07-01', '2026-07-02', '2026-07-22') returning id::text`, [`PRINT-EDITS-${Date.now()}`]);
    const early = await get(`/bill-runs/${draft.id}/bills.pdf?sample=1`);
    expect(early.status).toBe(409);
    expect(JSON.parse(early.body.toString())).toMatchObject({ error: 'CONFLICT' });
  });

  it('should still give the files once the run is EXPORTED, the same bytes as before', async () => {
    const before = await get(`/bill-runs/${s.julyRunId}/print.csv`);
    await t.ok(`mutation($id: ID!) { exportBillRun(id: $id) { status } }`, { id: s.julyRunId });
    const after = await get(`/bill-runs/${s.julyRunId}/print.csv`);
    expect(after.status).toBe(200);
    expect(after.body.equals(before.body)).toBe(true);
  });
});
