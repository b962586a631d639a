import { addMonths } from '../shared/dates/index.js';
import { rows, type Db } from '../ledger/sql.js';
import { shouldRemoveFromDraft } from './core/index.js';

/**
 * After a return (billing-rules.md: "Two returns in 12 months remove the account from bank draft"):
 * counts the account's returns (reversals with a return code) and removes it from draft when there
 * are two in the 12 months to `returnedOn`, or when the return code alone says so (R02 closed…).
 * Corrections (reversals without a return code) do not count.
 */
export async function recordReturn(db: Db, accountId: string, returnedOn: string, stopAutopay: boolean, description: string): Promise<boolean> {
  const returns = await rows<{ reversed_on: string }>(db, `select reversed_on from payment where account_id = $1 and status = 'REVERSED' and return_code is not null`, [accountId]);
  const dates = returns.map(r => r.reversed_on);
  const remove = stopAutopay || shouldRemoveFromDraft(dates, returnedOn);
  const windowStart = addMonths(returnedOn, -12);
  const inWindow = dates.filter(d => d > windowStart && d <= returnedOn).length;
  const reason = remove ? (stopAutopay ? `${description}: stop bank draft` : `${inWindow} returned payments in 12 months`) : null;
  await rows(db, `insert into account_draft_status (account_id, draft_allowed, reason, returns_in_window, changed_on) values ($1, $2, $3, $4, $5)
    on conflict (account_id) do update set returns_in_window = excluded.returns_in_window,
      draft_allowed = account_draft_status.draft_allowed and excluded.draft_allowed,
      reason = coalesce(excluded.reason, account_draft_status.reason),
      changed_on = case when excluded.draft_allowed then account_draft_status.changed_on else excluded.changed_on end`,
    [accountId, !remove, reason, inWindow, returnedOn]);
  return remove;
}
