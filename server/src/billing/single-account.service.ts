import type pg from 'pg';
import type { AppServices, SessionUser } from '../context.js';
import { addDays, isCalendarDate } from '../shared/dates/index.js';
import { withTransaction } from '../shared/db/transaction.js';
import { BadUserInput, Conflict, NotFound } from '../shared/graphql/errors.js';
import { dueDate } from './core/due-date.js';
import { buildEditList } from './edit-list/build-edit-list.js';
import type { OffCycleBillInput, RebillInput } from './bill-run.inputs.js';

export interface SingleAccountRun {
  kind: 'OFF_CYCLE' | 'FINAL' | 'REBILL';
  accountId: string;
  windowStart: string;
  windowEnd: string;
  billDate: string;
  dueDate?: string | null;
  rebillOfId?: string | null;
}

/** Creates a one-account run (off-cycle, final, rebill) and builds its edit list, in the caller's transaction. */
export async function createSingleAccountRun(app: AppServices, client: pg.ClientBase, input: SingleAccountRun, actor: SessionUser): Promise<string> {
  const account = (await client.query(`select a.id, a.status, c.due_days from account a join billing_cycle c on c.id = a.cycle_id where a.id = $1`,
    [/^\d+$/.test(input.accountId) ? input.accountId : '0'])).rows[0];
  if (!account) throw new NotFound('Account', input.accountId, 'accountId');
  if (!['ACTIVE', 'FINAL'].includes(account.status)) throw new Conflict(`account ${input.accountId} is ${account.status}`, { field: 'accountId' });
  const due = input.dueDate ?? dueDate(input.billDate, { daysAfterBill: account.due_days });
  const { id } = (await client.query(`insert into bill_run (number, kind, account_id, rebill_of_id, status, read_window_start, read_window_end, bill_date, due_date, created_by)
    values ('R' || nextval('bill_run_number_seq'), $1, $2, $3, 'EDITS', $4, $5, $6, $7, $8) returning id::text`,
    [input.kind, account.id, input.rebillOfId ?? null, input.windowStart, input.windowEnd, input.billDate, due, actor.id])).rows[0];
  await buildEditList(app.pool, client, id);
  return id;
}

/** An off-cycle bill (billing-rules.md: prorated on its days), worked through the normal lifecycle. */
export async function createOffCycleBill(app: AppServices, input: OffCycleBillInput, actor: SessionUser): Promise<string> {
  for (const field of ['readWindowStart', 'readWindowEnd', 'billDate'] as const) if (!isCalendarDate(input[field])) throw BadUserInput.field(field, 'is not a date');
  if (input.readWindowEnd < input.readWindowStart) throw BadUserInput.field('readWindowEnd', 'is before readWindowStart');
  return withTransaction(app.pool, client => createSingleAccountRun(app, client, {
    kind: 'OFF_CYCLE', accountId: input.accountId, windowStart: input.readWindowStart, windowEnd: input.readWindowEnd, billDate: input.billDate, dueDate: input.dueDate,
  }, actor));
}

/**
 * Cancel-and-rebill (billing-rules.md "Bill runs"): a REBILL run over the posted bill's period; when it
 * posts, the old bill's charges are reversed and the bill is marked cancelled (posting/rebill.ts).
 */
export async function rebillBill(app: AppServices, input: RebillInput, actor: SessionUser): Promise<string> {
  if (!input.reason.trim()) throw BadUserInput.field('reason', 'say why the bill is rebilled');
  return withTransaction(app.pool, async client => {
    const bill = (await client.query(`select b.id, b.account_id::text, b.period_start::text, b.period_end::text, b.cancelled_at, r.status
      from bill b join bill_run r on r.id = b.run_id where b.id = $1 for update of b`, [/^\d+$/.test(input.billId) ? input.billId : '0'])).rows[0];
    if (!bill) throw new NotFound('Bill', input.billId, 'billId');
    if (bill.cancelled_at || !['POSTED', 'EXPORTED'].includes(bill.status)) throw new Conflict('only a posted bill that is not cancelled can be rebilled', { field: 'billId' });
    const open = await client.query(`select number from bill_run where rebill_of_id = $1 and status not in ('POSTED', 'EXPORTED', 'CANCELLED')`, [bill.id]);
    if (open.rowCount) throw new Conflict(`rebill run ${open.rows[0].number} is already open for this bill`, { field: 'billId' });
    await client.query(`update bill set cancel_reason = $2 where id = $1`, [bill.id, input.reason.trim()]);
    return createSingleAccountRun(app, client, {
      kind: 'REBILL', accountId: bill.account_id, windowStart: bill.period_start, windowEnd: bill.period_end,
      billDate: app.clock.today(), rebillOfId: bill.id,
    }, actor);
  });
}

/** The day after the end of an account's last posted bill, else its start date: where a final bill begins. */
export async function nextPeriodStart(client: pg.ClientBase, accountId: string): Promise<string> {
  const row = (await client.query(`select a.start_date::text start, (select max(b.period_end)::text from bill b join bill_run r on r.id = b.run_id
    where b.account_id = a.id and b.cancelled_at is null and r.status in ('POSTED', 'EXPORTED')) last from account a where a.id = $1`, [accountId])).rows[0];
  return row.last ? addDays(row.last, 1) : row.start;
}
