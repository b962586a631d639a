import type pg from 'pg';
import { auditWithClient } from '../../audit/audit.service.js';

/**
 * Cancel-and-rebill (billing-rules.md "Bill runs": a posted bill is never edited): when the rebill
 * run posts, every ledger entry of the old bill is reversed by a REVERSAL entry and the old bill is
 * marked cancelled, in the same transaction as the new bill's charges.
 */
export async function reverseRebilledBill(client: pg.ClientBase, billId: string, rebillRunId: string, userId: string | null): Promise<number> {
  const bill = (await client.query(`update bill set cancelled_at = now(), cancelled_by = $2, cancel_reason = coalesce(cancel_reason, 'Rebilled')
    where id = $1 and cancelled_at is null returning id`, [billId, userId])).rows[0];
  if (!bill) throw new Error(`bill ${billId} is already cancelled`);
  const reversed = await client.query(`
    insert into ledger_entry (account_id, kind, amount, posted_on, due_on, service, description, source, source_id, reverses_id, created_by)
    select e.account_id, 'REVERSAL', -e.amount, br.bill_date, e.due_on, e.service, 'Reversal: ' || e.description, 'REBILL', $2, e.id, $3
    from ledger_entry e, bill_run br where br.id = $2 and e.source = 'BILL' and e.source_id = $1
      and not exists (select 1 from ledger_entry r where r.reverses_id = e.id)`, [billId, rebillRunId, userId]);
  await client.query(`update bill set rebill_of_id = $1 where run_id = $2`, [billId, rebillRunId]);
  await auditWithClient(client, { entity: 'bill', entityId: billId, action: 'CANCELLED_AND_REBILLED', after: { rebillRunId, reversedEntries: reversed.rowCount } });
  return reversed.rowCount ?? 0;
}
