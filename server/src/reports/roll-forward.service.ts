import { rollForward, type LedgerEntry, type RollForward } from '../ledger/core/index.js';
import type { EntryKind } from '../ledger/core/types.js';
import { one, rows, type Db } from '../ledger/sql.js';
import { addDays } from '../shared/dates/index.js';
import { dec } from '../shared/money/index.js';

const pseudo = (accountId: string, kind: EntryKind, amount: string, postedOn: string, i: number): LedgerEntry => ({
  id: `rf-${i}`, accountId, kind, amount: dec(amount), postedOn, dueOn: null, service: null, reversesId: null,
});

/**
 * The month-end roll-forward (billing-rules.md: "opening AR + charges − payments ± adjustments +
 * penalties = closing AR, and it ties to the sum of balances"): per-account opening balances and
 * per-account, per-kind movements summed in SQL, then ledger/core rollForward (which throws if it
 * does not tie). `sumOfBalances` is counted separately in SQL, account by account, as the check.
 */
export async function rollForwardFor(db: Db, from: string, to: string): Promise<RollForward & { sumOfBalances: string }> {
  const opening = await rows<{ a: string; amount: string }>(db, 'select account_id::text as a, sum(amount)::text as amount from ledger_entry where posted_on < $1 group by account_id', [from]);
  const period = await rows<{ a: string; kind: EntryKind; amount: string }>(db,
    'select account_id::text as a, kind::text, sum(amount)::text as amount from ledger_entry where posted_on between $1 and $2 group by account_id, kind', [from, to]);
  const result = rollForward({
    openingEntries: opening.map((r, i) => pseudo(r.a, 'CHARGE', r.amount, addDays(from, -1), i)),
    periodEntries: period.map((r, i) => pseudo(r.a, r.kind, r.amount, from, opening.length + i)),
  }, from, to);
  const check = await one<{ total: string }>(db, 'select coalesce(sum(balance), 0)::text as total from (select sum(amount) as balance from ledger_entry where posted_on <= $1 group by account_id) b', [to]);
  return { ...result, sumOfBalances: check!.total };
}
