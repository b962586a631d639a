import type pg from 'pg';
import type { AppServices, SessionUser } from '../context.js';
import { applyDepositOnFinalBill } from '../deposits/deposit.service.js';
import { isCalendarDate } from '../shared/dates/index.js';
import { withTransaction } from '../shared/db/transaction.js';
import { BadUserInput, Conflict, NotFound } from '../shared/graphql/errors.js';
import { dec } from '../shared/money/index.js';
import { calculateWithin } from './calculation/calculate-run.js';
import { postRun } from './posting/post-run.js';
import { createSingleAccountRun, nextPeriodStart } from './single-account.service.js';

export interface StopServiceInput {
  accountId: string;
  stopDate: string;
  finalRead: string;
}

/**
 * Stops service (billing-rules.md "Service lifecycle": final read → final bill, prorated → deposit
 * applied → refund or balance due → CLOSED when the balance is zero) in one transaction: the final
 * read is recorded, a FINAL run bills the account from the end of its last bill to the stop date,
 * and posts. A HIGH final read is accepted (the clerk entered it); a read below the previous one is
 * refused. Returns the final bill's id.
 */
export async function stopService(app: AppServices, input: StopServiceInput, actor: SessionUser): Promise<string> {
  if (!isCalendarDate(input.stopDate)) throw BadUserInput.field('stopDate', 'is not a date');
  return withTransaction(app.pool, async client => {
    const account = (await client.query(`select a.id::text, a.status, a.start_date::text, mi.meter_id::text, m.dials from account a
      left join meter_installation mi on mi.premise_id = a.premise_id and mi.removed_on is null left join meter m on m.id = mi.meter_id
      where a.id = $1 for update of a`, [/^\d+$/.test(input.accountId) ? input.accountId : '0'])).rows[0];
    if (!account) throw new NotFound('Account', input.accountId, 'accountId');
    if (account.status !== 'ACTIVE') throw new Conflict(`account is ${account.status}; only an active account can be stopped`, { field: 'accountId' });
    if (!account.meter_id) throw new Conflict('no meter is installed at the premise', { field: 'accountId' });
    const from = await nextPeriodStart(client, account.id);
    if (input.stopDate < from) throw BadUserInput.field('stopDate', `is before the start of the unbilled period (${from})`);
    const value = dec(input.finalRead);
    if (value.isNegative() || value.gte(dec(10).pow(account.dials))) throw BadUserInput.field('finalRead', `does not fit on a ${account.dials}-dial register`);
    await recordFinalRead(client, account.meter_id, input, actor.id);
    await client.query(`update account set stop_date = $2 where id = $1`, [account.id, input.stopDate]);
    const runId = await createSingleAccountRun(app, client, { kind: 'FINAL', accountId: account.id, windowStart: from, windowEnd: input.stopDate, billDate: app.clock.today() }, actor);
    await acceptOrRefuse(client, runId, actor);
    await client.query(`update bill_run set status = 'CALCULATING', calc_started_at = now() where id = $1`, [runId]);
    await calculateWithin(client, app.orm.em, runId);
    await client.query(`update bill_run set status = 'APPROVED', approved_at = now(), approved_by = $2 where id = $1`, [runId, actor.id]);
    await postRun(client, runId, actor.id);
    await applyDepositOnFinalBill(client, { accountId: account.id, postedOn: app.clock.today(), createdBy: actor.id });
    const balance = (await client.query(`select coalesce(sum(amount), 0)::text b from ledger_entry where account_id = $1`, [account.id])).rows[0].b;
    await client.query(`update account set status = $2 where id = $1`, [account.id, dec(balance).isZero() ? 'CLOSED' : 'FINAL']);
    const bill = (await client.query(`select id::text from bill where run_id = $1`, [runId])).rows[0];
    if (!bill) throw new Conflict('the final bill could not be produced (no rate in effect?)');
    return bill.id;
  });
}

async function recordFinalRead(client: pg.ClientBase, meterId: string, input: StopServiceInput, userId: string): Promise<void> {
  const existing = (await client.query(`select value from meter_read where meter_id = $1 and read_on = $2 and status = 'VALID' and purpose = 'CYCLE'
    order by read_at desc limit 1`, [meterId, input.stopDate])).rows[0];
  if (existing && dec(existing.value).eq(dec(input.finalRead))) return;
  await client.query(`insert into meter_read (meter_id, read_on, read_at, value, source, purpose, note, created_by)
    values ($1, $2, ($2::date + time '23:00') at time zone 'UTC', $3, 'FIELD', 'CYCLE', 'Final read (stop service)', $4)`,
    [meterId, input.stopDate, input.finalRead, userId]);
}

/** The final read's exceptions: warnings and HIGH are accepted by the clerk who entered it; anything else blocks. */
async function acceptOrRefuse(client: pg.ClientBase, runId: string, actor: SessionUser): Promise<void> {
  const blocking = (await client.query(`select code, message from bill_run_exception where run_id = $1 and blocking and code <> 'HIGH'`, [runId])).rows;
  if (blocking.length) throw BadUserInput.field('finalRead', blocking.map(b => b.message).join('; '));
  await client.query(`update bill_run_exception set status = 'RESOLVED', resolution = 'ACCEPT', resolved_by = $2, resolved_at = now(), note = 'Final read entered at stop of service'
    where run_id = $1 and status <> 'RESOLVED'`, [runId, actor.id]);
  await client.query(`update bill_run_account set disposition = 'BILLABLE', hold_reason = null where run_id = $1`, [runId]);
}
