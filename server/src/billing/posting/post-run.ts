import type pg from 'pg';
import { auditWithClient } from '../../audit/audit.service.js';
import { Conflict } from '../../shared/graphql/errors.js';
import { BILL_NUMBER_SQL, reserveBillNumbers } from './bill-numbers.js';

const SERVICE_WORDS = `case t.key when 'WATER' then 'Water' when 'SEWER' then 'Sewer' when 'IRRIGATION' then 'Irrigation'
  when 'SOLID_WASTE' then 'Solid waste' when 'STORMWATER' then 'Stormwater' else 'Other' end`;

/**
 * Posts an approved run inside the caller's transaction (billing-rules.md "Bill runs": POSTED = charges written
 * to the ledger, bill numbers assigned): one CHARGE entry per bill and service (revenue by service
 * for the GL), due on the bill's due date, and a block of bill numbers in bill order. Killed halfway,
 * nothing is posted and the run stays APPROVED/POSTING, so posting again posts each bill once.
 */
export async function postRun(client: pg.ClientBase, runId: string, userId: string | null): Promise<{ bills: number; entries: number }> {
  {
    const run = (await client.query(`select status, bill_count from bill_run where id = $1 for update`, [runId])).rows[0];
    if (!run || !['APPROVED', 'POSTING'].includes(run.status)) throw new Error(`run ${runId} cannot be posted from ${run?.status}`);
    await refuseOverlaps(client, runId);
    const first = await reserveBillNumbers(client, run.bill_count);
    await client.query(`update bill_run set first_bill_number = $2 where id = $1`, [runId, first?.toString() ?? null]);
    const inserted = await client.query(`
      insert into ledger_entry (account_id, kind, amount, posted_on, due_on, service, description, source, source_id, created_by)
      select b.account_id, 'CHARGE', t.value::numeric, b.bill_date, b.due_date, t.key::service_type,
             ${SERVICE_WORDS} || ' charges, bill ' || ${BILL_NUMBER_SQL}, 'BILL', b.id, $2
      from bill b join bill_run br on br.id = b.run_id cross join lateral jsonb_each_text(b.service_totals) t
      where b.run_id = $1 and t.value::numeric <> 0`, [runId, userId]);
    await client.query(`update bill_run set status = 'POSTED', posted_at = now(), posted_by = $2 where id = $1`, [runId, userId]);
    await auditWithClient(client, { entity: 'bill_run', entityId: runId, action: 'POSTED', after: { bills: run.bill_count, entries: inserted.rowCount, firstBillNumber: first?.toString() } });
    return { bills: run.bill_count, entries: inserted.rowCount ?? 0 };
  }
}

/**
 * A period is billed once: no bill of the run may start on or before the end of a bill of its
 * account posted since the run was created (a final or off-cycle bill posted while this run was
 * open; what was posted before it, its edit list started after). The bill a rebill replaces is left
 * out. Such accounts are held out and the run recalculated before it can post. Few bills are posted
 * while a run is open, so this probes the run's bills by those few accounts, not the other way.
 */
async function refuseOverlaps(client: pg.ClientBase, runId: string): Promise<void> {
  const { rows } = await client.query<{ account: string; bill_end: string }>(`
    select a.number account, max(p.period_end)::text bill_end
    from bill_run br
    join bill_run pr on pr.status in ('POSTED', 'EXPORTED') and pr.posted_at >= br.created_at and pr.id <> br.id
    join bill p on p.run_id = pr.id and p.cancelled_at is null and p.id is distinct from br.rebill_of_id
    join bill b on b.run_id = br.id and b.account_id = p.account_id and p.period_end >= b.period_start
    join account a on a.id = b.account_id
    where br.id = $1 group by a.number order by a.number limit 20`, [runId]);
  if (!rows.length) return;
  const list = rows.map(r => `${r.account} (billed through ${r.bill_end})`).join(', ');
  throw new Conflict(`these accounts already have a posted bill for part of this run's period: ${list}; hold them in this run and recalculate`, {
    reason: 'PERIOD_ALREADY_BILLED', accounts: rows.map(r => r.account),
  });
}
