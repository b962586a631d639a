import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../server/src/shared/clock.js';
import { startTestServer, type TestServer } from '../setup/harness.js';
import { lockboxCsv, lockboxFixed } from './files.js';
import { balanceOf, makeAccount, moneyCounts, Role, unique, type TestAccount } from './fixtures.js';

let t: TestServer;
let accounts: TestAccount[];
beforeAll(async () => {
  t = await startTestServer({ clock: fixedClock('2026-04-10T16:00:00Z') });
  accounts = [];
  for (let i = 0; i < 3; i++) accounts.push(await makeAccount(t));
});
afterAll(() => t.close());

const IMPORT = `mutation($i: FileImportInput!) { importPayments(input: $i) { fileId batchId imported duplicates reversed suspense total warnings { line message } } }`;
const importFile = (format: string, fileName: string, content: string, role = Role.CLERK) => t.gql<any>(IMPORT, { i: { format, fileName, content } }, role);

describe('importPayments: lockbox files', () => {
  it('should post matched payments, put unmatched ones in suspense, and import the same file only once', async () => {
    const [a, b] = accounts;
    const fileName = `${unique('lbx')}.csv`;
    const content = lockboxCsv([
      { account: `${a!.number}`, amount: '84.12', check: '1042' },
      { account: `0000${b!.number}`, amount: '61.50', check: '3318' },
      { account: 'ZZ-NOBODY', amount: '20.00', check: '77' },
      { account: null, amount: '100.00', check: '881' },
    ], { date: '2026-04-02', lockbox: unique('LBX-') });
    const first = await importFile('LOCKBOX_CSV', fileName, content);
    expect(first.errors).toBeUndefined();
    expect(first.data.importPayments).toMatchObject({ imported: 4, duplicates: 0, reversed: 0, suspense: 2, total: '265.62' });
    expect([await balanceOf(t, a!.id), await balanceOf(t, b!.id)]).toEqual(['-84.12', '-61.50']);
    const batch = await t.ok<any>(`query($id: ID!) { paymentBatch(id: $id) { kind status controlCount controlTotal depositTotal balance { balanced } } }`, { id: first.data.importPayments.batchId });
    expect(batch.paymentBatch).toEqual({ kind: 'LOCKBOX', status: 'POSTED', controlCount: 4, controlTotal: '265.62', depositTotal: '265.62', balance: { balanced: true } });

    const before = await moneyCounts(t, [a!.id, b!.id], [fileName]);
    const again = await importFile('LOCKBOX_CSV', fileName, content);
    expect(again.data.importPayments).toMatchObject({ fileId: null, imported: 0, duplicates: 4, suspense: 0, total: '0.00' });
    expect(await moneyCounts(t, [a!.id, b!.id], [fileName])).toEqual(before);

    const queue = await t.ok<any>(`query($f: ID!) { payments(filter: { status: { eq: SUSPENSE }, importFileId: { eq: $f } }) { totalCount nodes { id amount accountReference accountId } } }`, { f: first.data.importPayments.fileId });
    expect(queue.payments.totalCount).toBe(2);
    const stray = queue.payments.nodes.find((p: any) => p.accountReference === 'ZZ-NOBODY');
    const applied = await t.ok<any>(`mutation($p: ID!, $a: ID!) { applySuspensePayment(paymentId: $p, accountId: $a) { status accountId } }`, { p: stray.id, a: accounts[2]!.id });
    expect(applied.applySuspensePayment).toEqual({ status: 'POSTED', accountId: accounts[2]!.id });
    expect(await balanceOf(t, accounts[2]!.id)).toBe('-20.00');
    const twice = await t.gql(`mutation($p: ID!, $a: ID!) { applySuspensePayment(paymentId: $p, accountId: $a) { status } }`, { p: stray.id, a: a!.id });
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('should skip lines already imported by an earlier file (per-line natural key)', async () => {
    const [a] = accounts;
    const lines = [{ account: a!.number, amount: '10.00', check: '501' }, { account: a!.number, amount: '11.00', check: '502' }];
    const first = await importFile('LOCKBOX_FIXED', `${unique('fulton')}.txt`, lockboxFixed(lines, { date: '2026-04-03' }));
    expect(first.data.importPayments).toMatchObject({ imported: 2, duplicates: 0 });
    const longer = await importFile('LOCKBOX_FIXED', `${unique('fulton')}.txt`, lockboxFixed([...lines, { account: a!.number, amount: '12.00', check: '503' }], { date: '2026-04-03' }));
    expect(longer.data.importPayments).toMatchObject({ imported: 1, duplicates: 2, total: '12.00' });
    // The second file's batch holds the one new payment: its controls are that payment, and it balances.
    const batch = await t.ok<any>(`query($id: ID!) { paymentBatch(id: $id) { controlCount controlTotal balance { balanced } } }`, { id: longer.data.importPayments.batchId });
    expect(batch.paymentBatch).toEqual({ controlCount: 1, controlTotal: '12.00', balance: { balanced: true } });
  });

  const good = () => lockboxFixed([{ account: accounts[0]!.number, amount: '45.00', check: '9001' }, { account: accounts[1]!.number, amount: '55.00', check: '9002' }], { date: '2026-04-04', lockboxId: '99990001' });
  const csvGood = () => lockboxCsv([{ account: accounts[0]!.number, amount: '45.00', check: '9001' }, { account: accounts[1]!.number, amount: '55.00', check: '9002' }], { date: '2026-04-04', lockbox: 'LBX-BAD' });
  it.each([
    ['LOCKBOX_FIXED', 'a truncated file (a cut detail record)', () => good().split('\n').map((l, i) => (i === 2 ? l.slice(0, 40) : l)).join('\n'), 3],
    ['LOCKBOX_FIXED', 'a trailer whose total is wrong', () => good().replace(/^9(\d{6})\d{12}/m, (_m, n) => `9${n}${'000000099999'}`), 4],
    ['LOCKBOX_FIXED', 'a bad character', () => good().replace('WEST COUNTY', 'WEST CÖUNTY'), 1],
    ['LOCKBOX_FIXED', 'a record longer than 80 characters', () => good().split('\n').map((l, i) => (i === 1 ? `${l}XXXX` : l)).join('\n'), 2],
    ['LOCKBOX_CSV', 'a file total that the lines do not add up to', () => csvGood().replace('"100.00"', '"101.00"'), 1],
    ['LOCKBOX_CSV', 'an amount that is not money', () => csvGood().replace(',45.00,', ',45.0O,'), 3],
    ['LOCKBOX_CSV', 'a zero payment', () => csvGood().replace(',45.00,', ',0.00,').replace('"100.00"', '"55.00"'), 3],
  ])('should refuse %s %s with its line numbers and write nothing', async (format, _what, make, line) => {
    const fileName = `${unique('bad')}.txt`;
    const before = await moneyCounts(t, accounts.map(a => a.id), [fileName]);
    const result = await importFile(format, fileName, make());
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.lines).toEqual(expect.arrayContaining([expect.objectContaining({ line })]));
    expect(await moneyCounts(t, accounts.map(a => a.id), [fileName])).toEqual(before);
  });

  it('should refuse meter-read formats, and reporting tools', async () => {
    const wrong = await importFile('AMI_CSV', 'reads.csv', 'endpoint_id\n');
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'format' });
    expect((await importFile('LOCKBOX_CSV', 'x.csv', csvGood(), Role.REPORTING)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await importFile('LOCKBOX_CSV', 'x.csv', csvGood(), Role.FIELD)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
