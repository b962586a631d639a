import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../server/src/shared/clock.js';
import { startTestServer, type TestServer } from '../setup/harness.js';
import { makeAccount, makePostedBill, postCharge, postPayment, Role, type TestAccount } from '../payments/fixtures.js';

// Dates in 2019: no other test file has bills due then (the run charges every posted bill in the database).
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ clock: fixedClock('2019-06-30T16:00:00Z') });
});
afterAll(() => t.close());

const RUN = `mutation($d: Date!) { runLateFees(asOf: $d) { asOf billsCharged total } }`;
const feesOf = (accountId: string) => t.sql(`select amount::text, posted_on, due_on, source_id::text as bill from ledger_entry where account_id = $1 and source = 'LATE_FEE' order by id`, [accountId]);

describe('runLateFees', () => {
  it('should charge each past-due bill once: max(flat, percent × unpaid current charges), skipping paid, exempt, unposted and not yet due', async () => {
    const bill = { billDate: '2019-05-20', dueDate: '2019-06-10', services: { WATER: '40.00', SEWER: '30.00' } };
    const made: TestAccount[] = [];
    for (const options of [{}, {}, { penaltyExempt: true }, {}, {}, {}, {}, {}]) made.push(await makeAccount(t, options));
    const [percent, flat, exempt, paid, partial, notDue, unposted, older] = made as [TestAccount, TestAccount, TestAccount, TestAccount, TestAccount, TestAccount, TestAccount, TestAccount];
    const percentBill = await makePostedBill(t, percent.id, bill);
    const flatBill = await makePostedBill(t, flat.id, { ...bill, services: { WATER: '20.00' } });
    await makePostedBill(t, exempt.id, bill);
    await makePostedBill(t, paid.id, bill);
    await postPayment(t, { accountId: paid.id, amount: '70.00', receivedOn: '2019-06-05' });
    const partialBill = await makePostedBill(t, partial.id, bill);
    await postPayment(t, { accountId: partial.id, amount: '50.00', receivedOn: '2019-06-05' });
    await makePostedBill(t, notDue.id, { ...bill, dueDate: '2019-06-17' });
    await makePostedBill(t, unposted.id, { ...bill, runStatus: 'CALCULATED' });
    await postCharge(t, older.id, '100.00', '2019-03-20', '2019-04-10');
    const olderBill = await makePostedBill(t, older.id, { ...bill, services: { WATER: '50.00' } });
    await postPayment(t, { accountId: older.id, amount: '100.00', receivedOn: '2019-06-01' }); // pays the older charge first

    const first = await t.ok<any>(RUN, { d: '2019-06-20' }, Role.SUPERVISOR);
    expect(first.runLateFees.billsCharged).toBeGreaterThanOrEqual(4);
    expect(await feesOf(percent.id)).toEqual([{ amount: '7.00', posted_on: '2019-06-20', due_on: '2019-06-10', bill: percentBill }]);
    expect(await feesOf(flat.id)).toEqual([expect.objectContaining({ amount: '5.00', bill: flatBill })]);
    expect(await feesOf(partial.id)).toEqual([expect.objectContaining({ amount: '5.00', bill: partialBill })]);
    expect(await feesOf(older.id)).toEqual([expect.objectContaining({ amount: '5.00', bill: olderBill })]);
    for (const account of [exempt, paid, notDue, unposted]) expect(await feesOf(account.id)).toEqual([]);

    await t.ok(RUN, { d: '2019-06-20' }, Role.SUPERVISOR);
    await t.ok(RUN, { d: '2019-06-25' }, Role.SUPERVISOR);
    expect(await feesOf(percent.id)).toHaveLength(1);
    expect(await feesOf(notDue.id)).toEqual([expect.objectContaining({ amount: '7.00', posted_on: '2019-06-25' })]);
  });

  it('should refuse a second late fee for a bill in the database itself', async () => {
    const account = await makeAccount(t);
    const billId = await makePostedBill(t, account.id, { billDate: '2019-05-20', dueDate: '2019-06-10', services: { WATER: '10.00' } });
    const insert = `insert into ledger_entry (account_id, kind, amount, posted_on, description, source, source_id) values ($1, 'PENALTY', 5, '2019-06-20', 'fee', 'LATE_FEE', $2)`;
    await t.sql(insert, [account.id, billId]);
    await expect(t.sql(insert, [account.id, billId])).rejects.toThrow(/ledger_entry_late_fee_key/);
  });

  it('should leave the run to supervisors', async () => {
    for (const role of [Role.CLERK, Role.REPORTING, Role.FIELD]) expect((await t.gql(RUN, { d: '2019-06-20' }, role)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const future = await t.gql(RUN, { d: '2099-01-01' }, Role.SUPERVISOR);
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
  });
});
