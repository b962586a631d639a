import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../server/src/shared/clock.js';
import { startTestServer, type TestServer } from '../setup/harness.js';
import { cardSettlement, lockboxCsv } from './files.js';
import { makeAccount, Role, unique } from './fixtures.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ clock: fixedClock('2027-01-20T16:00:00Z') });
});
afterAll(() => t.close());

const RECONCILE = `mutation($i: BankReportInput!) { reconcileBankReport(input: $i) { fileName senderId creationDate balanced unknownTypeCodes
  lines { date category bankAmount bankItems bookAmount difference matched } } }`;
const sample = (name: string) => readFileSync(`../shared/samples/bai2/${name}`, 'utf8');

/** A BAI2 report of one day's deposits (the fixture's layout, our amounts), control totals computed. */
function bai2(date: string, credits: { code: string; cents: number; text: string }[]): string {
  const d = date.slice(2).replace(/-/g, '');
  const total = credits.reduce((s, c) => s + c.cents, 0);
  const details = credits.map((c, i) => `16,${c.code},${c.cents},0,REF${i},,${c.text}/`);
  return [`01,121042882,WCWD0001,${d},0615,1,80,10,2/`, `02,WCWD0001,121042882,1,${d},2400,USD,2/`, '03,000111122222,USD,010,+2541077,,/',
    ...details, `49,${2541077 + total},${details.length + 2}/`, `98,${2541077 + total},1,${details.length + 4}/`, `99,${2541077 + total},1,${details.length + 6}/`].join('\n') + '\n';
}

describe('reconcileBankReport (BAI2)', () => {
  it('should read the shared samples and list their lockbox credits against the books', async () => {
    for (const name of ['sample1.txt', 'sample2.txt', 'sample3.txt']) {
      const result = await t.ok<any>(RECONCILE, { i: { fileName: name, content: sample(name) } });
      expect(result.reconcileBankReport.fileName).toBe(name);
      expect(result.reconcileBankReport.lines.length).toBeGreaterThan(0);
    }
    const two = (await t.ok<any>(RECONCILE, { i: { fileName: 'sample2.txt', content: sample('sample2.txt') } })).reconcileBankReport;
    expect(two.lines).toEqual(expect.arrayContaining([{ date: '2004-06-20', category: 'LOCKBOX', bankAmount: '9500.00', bankItems: 2, bookAmount: '0.00', difference: '9500.00', matched: false }]));
    const one = (await t.ok<any>(RECONCILE, { i: { fileName: 'sample1.txt', content: sample('sample1.txt') } })).reconcileBankReport;
    expect(one.creationDate).toBe('2006-03-21');
    expect(one.lines.every((l: any) => l.category === 'OTHER' && l.bookAmount === null)).toBe(true);
  });

  it("should match a day's lockbox file and card settlement to the bank's 115 and 166 credits", async () => {
    const account = await makeAccount(t);
    const date = '2027-01-15';
    await t.ok(`mutation($i: FileImportInput!) { importPayments(input: $i) { imported } }`, { i: { format: 'LOCKBOX_CSV', fileName: `${unique('lbx')}.csv`,
      content: lockboxCsv([{ account: account.number, amount: '84.12', check: '1' }, { account: null, amount: '15.00', check: '2' }], { date, lockbox: unique('LBX-') }) } });
    await t.ok(`mutation($i: FileImportInput!) { importPayments(input: $i) { imported } }`, { i: { format: 'CARD_SETTLEMENT_CSV', fileName: `${unique('card')}.csv`,
      content: cardSettlement([{ txn: unique('ch_'), account: account.number, gross: '61.50', fee: '1.43' }], { date }) } });
    const report = bai2(date, [
      { code: '115', cents: 9912, text: 'LOCKBOX DEPOSIT' },
      { code: '166', cents: 6007, text: 'MERCHANT SETTLEMENT' },
      { code: '165', cents: 1000, text: 'AUTOPAY PPD' },
    ]);
    const result = (await t.ok<any>(RECONCILE, { i: { fileName: 'day.bai', content: report } })).reconcileBankReport;
    expect(result.lines).toEqual([
      { date, category: 'ACH', bankAmount: '10.00', bankItems: 1, bookAmount: '0.00', difference: '10.00', matched: false },
      { date, category: 'CARD', bankAmount: '60.07', bankItems: 1, bookAmount: '60.07', difference: '0.00', matched: true },
      { date, category: 'LOCKBOX', bankAmount: '99.12', bankItems: 1, bookAmount: '99.12', difference: '0.00', matched: true },
    ]);
    expect(result.balanced).toBe(false);
  });

  it('should refuse a report whose control totals are wrong, with the line', async () => {
    const broken = sample('sample2.txt').replace('49,9150000,4/', '49,9150001,4/');
    const result = await t.gql(RECONCILE, { i: { fileName: 'broken.bai', content: broken } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', lines: expect.arrayContaining([expect.objectContaining({ line: 6 })]) });
    expect((await t.gql(RECONCILE, { i: { fileName: 'x', content: sample('sample2.txt') } }, Role.REPORTING)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
