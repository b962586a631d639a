import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../server/src/shared/clock.js';
import { startTestServer, type TestServer } from '../setup/harness.js';
import { cardSettlement, nachaReturns, nextTrace } from './files.js';
import { balanceOf, makeAccount, moneyCounts, postCharge, postPayment, unique } from './fixtures.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ clock: fixedClock('2026-04-10T16:00:00Z') });
});
afterAll(() => t.close());

const IMPORT = `mutation($i: FileImportInput!) { importPayments(input: $i) { fileId batchId imported duplicates reversed suspense notices unmatched skipped total } }`;
const importFile = (format: string, fileName: string, content: string) => t.gql<any>(IMPORT, { i: { format, fileName, content } });

describe('importPayments: card settlements', () => {
  it('should credit customers the gross, keep fees out of AR, and deposit the net', async () => {
    const [a, b] = [await makeAccount(t), await makeAccount(t)];
    await postPayment(t, { accountId: b.id, amount: '200.00', receivedOn: '2026-04-01' });
    const content = cardSettlement([
      { txn: unique('ch_'), account: a.number, gross: '84.12', fee: '1.96' },
      { txn: unique('ch_'), account: 'NOT-OURS', gross: '61.50', fee: '1.43' },
      { txn: unique('re_'), account: b.number, gross: '25.00', fee: '0.00', type: 'REFUND' },
      { txn: unique('dp_'), account: b.number, gross: '150.00', fee: '15.00', type: 'CHARGEBACK' },
    ], { date: '2026-04-02' });
    const result = await importFile('CARD_SETTLEMENT_CSV', `${unique('settle')}.csv`, content);
    expect(result.errors).toBeUndefined();
    expect(result.data.importPayments).toMatchObject({ imported: 4, suspense: 1, total: '145.62' });
    expect(await balanceOf(t, a.id)).toBe('-84.12');
    expect(await balanceOf(t, b.id)).toBe('-25.00'); // -200 + 25 refunded + 150 charged back
    const batch = await t.ok<any>(`query($id: ID!) { paymentBatch(id: $id) { kind depositTotal } }`, { id: result.data.importPayments.batchId });
    expect(batch.paymentBatch).toEqual({ kind: 'CARD_SETTLEMENT', depositTotal: '-47.77' }); // 82.16 + 60.07 − 25.00 − (150.00 + 15.00)
    const fees = await t.sql(`select coalesce(sum(fee), 0)::text as fees from payment where batch_id = $1`, [result.data.importPayments.batchId]);
    expect(fees[0].fees).toBe('3.39');
  });

  it('should refuse a refund for an unknown account, and a line whose net is not gross − fee, writing nothing', async () => {
    const a = await makeAccount(t);
    for (const content of [
      cardSettlement([{ txn: unique('ch_'), account: a.number, gross: '10.00', fee: '0.30' }, { txn: unique('re_'), account: 'NOBODY', gross: '5.00', fee: '0.00', type: 'REFUND' }], { date: '2026-04-02' }),
      cardSettlement([{ txn: unique('ch_'), account: a.number, gross: '10.00', fee: '0.30' }], { date: '2026-04-02' }).replace(',9.70,', ',9.71,'),
    ]) {
      const fileName = `${unique('settle')}.csv`;
      const before = await moneyCounts(t, [a.id], [fileName]);
      const result = await importFile('CARD_SETTLEMENT_CSV', fileName, content);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', lines: [expect.objectContaining({ line: expect.any(Number) })] });
      expect(await moneyCounts(t, [a.id], [fileName])).toEqual(before);
    }
  });
});

describe('importPayments: NACHA returns', () => {
  it('should reverse the returned ACH payments, charge the fee, record the NOC, and add nothing the second time', async () => {
    const [a, b] = [await makeAccount(t), await makeAccount(t)];
    await postCharge(t, a.id, '43.54', '2026-03-01', '2026-03-20');
    const [t1, t2, t3] = [nextTrace(), nextTrace(), nextTrace()];
    const p1 = (await postPayment(t, { accountId: a.id, amount: '43.54', method: 'ACH', receivedOn: '2026-04-01', reference: t1 })).data!.postPayment;
    const p2 = (await postPayment(t, { accountId: b.id, amount: '85.40', method: 'ACH', receivedOn: '2026-04-01', reference: t2 })).data!.postPayment;
    const content = nachaReturns([
      { originalTrace: t1, amount: '43.54', individualId: a.number, code: 'R01', trace: nextTrace() },
      { originalTrace: t2, amount: '85.40', individualId: b.number, code: 'R02', trace: nextTrace() },
      { originalTrace: nextTrace(), amount: '12.00', individualId: 'UNKNOWN', code: 'R03', trace: nextTrace() },
      { originalTrace: t3, amount: '0.00', individualId: b.number, code: 'C01', trace: nextTrace() },
    ]);
    const fileName = `${unique('returns')}.ach`;
    const result = await importFile('NACHA_RETURN', fileName, content);
    expect(result.errors).toBeUndefined();
    expect(result.data.importPayments).toMatchObject({ imported: 0, reversed: 2, unmatched: 1, notices: 1, duplicates: 0, total: '128.94' });
    expect(await balanceOf(t, a.id)).toBe('73.54'); // the charge is open again, plus the $30 fee
    expect(await balanceOf(t, b.id)).toBe('30.00');
    const [r1, r2] = await t.sql(`select status, return_code from payment where id = any($1::bigint[]) order by id`, [[p1.id, p2.id]]);
    expect([r1, r2]).toEqual([{ status: 'REVERSED', return_code: 'R01' }, { status: 'REVERSED', return_code: 'R02' }]);
    const draft = await t.sql('select draft_allowed from account_draft_status where account_id = $1', [b.id]);
    expect(draft).toEqual([{ draft_allowed: false }]);
    const noc = await t.sql(`select kind, code, corrected_data, status from ach_notice where original_trace = $1`, [t3]);
    expect(noc).toEqual([{ kind: 'NOC', code: 'C01', corrected_data: '1110000255501234999', status: 'RECORDED' }]);

    const before = await moneyCounts(t, [a.id, b.id], [fileName, `copy-${fileName}`]);
    const again = await importFile('NACHA_RETURN', fileName, content);
    expect(again.data.importPayments).toMatchObject({ reversed: 0, duplicates: 4 });
    const copy = await importFile('NACHA_RETURN', `copy-${fileName}`, content.replace('\n', '\r\n'));
    expect(copy.data.importPayments).toMatchObject({ reversed: 0, duplicates: 4, fileId: null });
    expect(await moneyCounts(t, [a.id, b.id], [fileName, `copy-${fileName}`])).toEqual(before);
  });

  it('should reverse the payment of the account the return names when the bank reused its trace number', async () => {
    const [a, b] = [await makeAccount(t), await makeAccount(t)];
    const trace = nextTrace();
    const march = (await postPayment(t, { accountId: a.id, amount: '45.00', method: 'ACH', receivedOn: '2026-03-02', reference: trace })).data!.postPayment;
    const april = (await postPayment(t, { accountId: b.id, amount: '45.00', method: 'ACH', receivedOn: '2026-04-01', reference: trace })).data!.postPayment;
    const content = nachaReturns([{ originalTrace: trace, amount: '45.00', individualId: a.number, code: 'R01', trace: nextTrace() }]);
    const result = await importFile('NACHA_RETURN', `${unique('reused-trace')}.ach`, content);
    expect(result.data.importPayments).toMatchObject({ reversed: 1, unmatched: 0 });
    const statuses = await t.sql(`select id::text, status from payment where id = any($1::bigint[]) order by id`, [[march.id, april.id]]);
    expect(statuses).toEqual([{ id: march.id, status: 'REVERSED' }, { id: april.id, status: 'POSTED' }]);
  });

  it('should refuse a return file whose batch control does not add up, writing nothing', async () => {
    const a = await makeAccount(t);
    const trace = nextTrace();
    await postPayment(t, { accountId: a.id, amount: '20.00', method: 'ACH', receivedOn: '2026-04-01', reference: trace });
    const content = nachaReturns([{ originalTrace: trace, amount: '20.00', individualId: a.number, code: 'R01', trace: nextTrace() }]);
    const broken = content.replace(/^8225(\d{6})(\d{10})(\d{12})/m, (_m, n, h) => `8225${n}${h}${'000000002100'}`);
    const before = await moneyCounts(t, [a.id], ['broken.ach']);
    const result = await importFile('NACHA_RETURN', 'broken.ach', broken);
    expect(result.errors?.[0]?.extensions?.lines).toEqual(expect.arrayContaining([expect.objectContaining({ line: 5 })]));
    expect(await moneyCounts(t, [a.id], ['broken.ach'])).toEqual(before);
    expect(await balanceOf(t, a.id)).toBe('-20.00');
  });
});
