import { auditWithClient } from '../audit/audit.service.js';
import type { AppServices } from '../context.js';
import { applyCredits } from '../ledger/core/index.js';
import { entriesOf, groupByAccount, type StoredEntry } from '../ledger/ledger-read.js';
import { postEntries, type EntryToPost } from '../ledger/ledger-posting.js';
import { chunks, rows, type Db } from '../ledger/sql.js';
import { loadBillingPolicy } from '../policies/billing-policy.service.js';
import { isCalendarDate } from '../shared/dates/index.js';
import { withTransaction } from '../shared/db/transaction.js';
import { BadUserInput } from '../shared/graphql/errors.js';
import { dec, moneyText, ZERO } from '../shared/money/index.js';
import { lateFee, unpaidOf } from './core/index.js';

interface Candidate { billId: string; accountId: string; dueOn: string; exempt: boolean }

/**
 * Posted bills that may owe a late fee on `asOf`: their run is POSTED or EXPORTED, not cancelled,
 * past due + grace days, not yet penalized. Exempt accounts are kept (the core decides and says why).
 */
const CANDIDATES = `select b.id::text as "billId", b.account_id::text as "accountId", b.due_date as "dueOn", a.penalty_exempt as exempt
  from bill b join bill_run r on r.id = b.run_id join account a on a.id = b.account_id
  where r.status in ('POSTED', 'EXPORTED') and b.cancelled_at is null and b.due_date + $2::int < $1::date
    and not exists (select 1 from ledger_entry p where p.source = 'LATE_FEE' and p.source_id = b.id)
  order by b.account_id, b.due_date`;

/** The late-fee entries of some accounts' candidate bills (collections/core lateFee over unpaid current charges). */
function feesOf(entries: readonly StoredEntry[], bills: readonly Candidate[], asOf: string, policy: Awaited<ReturnType<typeof loadBillingPolicy>>): EntryToPost[] {
  const byAccount = groupByAccount(entries);
  const fees: EntryToPost[] = [];
  for (const bill of bills) {
    const own = byAccount.get(bill.accountId) ?? [];
    const charges = own.filter(e => e.kind === 'CHARGE' && e.source === 'BILL' && e.sourceId === bill.billId).map(e => e.id);
    const unpaid = unpaidOf(applyCredits(own, asOf), charges);
    const decision = lateFee({ billId: bill.billId, accountId: bill.accountId, dueOn: bill.dueOn, unpaidCurrentCharges: unpaid, alreadyPenalized: false, accountExempt: bill.exempt, onArrangement: false }, policy, { asOf, entryId: 'fee' });
    if (decision.charge) fees.push({ ...decision.entry, sourceId: bill.billId, description: `Late fee on bill ${bill.billId} due ${bill.dueOn}` });
  }
  return fees;
}

/**
 * runLateFees (billing-rules.md "Late fees and delinquency"): a PENALTY once per bill, skipping
 * exempt accounts (no payment arrangements exist yet). Accounts are read 2,000 at a time; fees are
 * written set-based. The unique index on (source_id) of LATE_FEE entries makes a second run, or two
 * runs at once, add nothing.
 */
export async function runLateFees(app: Pick<AppServices, 'pool' | 'clock'>, asOf: string, userId: string | null): Promise<{ billsCharged: number; total: string }> {
  if (!isCalendarDate(asOf)) throw BadUserInput.field('asOf', 'is not a date');
  // A fee for a day that has not come would charge bills the customer may still pay on time.
  if (asOf > app.clock.today()) throw BadUserInput.field('asOf', `is after today (${app.clock.today()})`);
  return withTransaction(app.pool, async client => {
    const policy = await loadBillingPolicy(client);
    const candidates = await rows<Candidate>(client, CANDIDATES, [asOf, policy.lateFeeGraceDays]);
    const accounts = [...new Set(candidates.map(c => c.accountId))];
    let billsCharged = 0;
    let total = ZERO;
    for (const slice of chunks(accounts, 2000)) {
      const inSlice = new Set(slice);
      const fees = feesOf(await entriesOf(client, slice, asOf), candidates.filter(c => inSlice.has(c.accountId)), asOf, policy);
      const ids = await postEntries(client as Db, fees.map(f => ({ ...f, createdBy: userId })), { onConflictDoNothing: true });
      fees.forEach((f, i) => {
        if (ids[i] === null) return;
        billsCharged++;
        total = total.plus(dec(f.amount));
      });
    }
    await auditWithClient(client, { entity: 'late_fee_run', entityId: asOf, action: 'RUN', after: { asOf, billsCharged, total: moneyText(total) } });
    return { billsCharged, total: moneyText(total) };
  });
}
