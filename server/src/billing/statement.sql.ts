/**
 * The statement figures of a bill `b` as of its bill date, as SQL over the ledger (the API's
 * billStatements and the print file both read them from here, so the two never disagree).
 */
const POSTED = `('POSTED','EXPORTED')`;

/** The balance before the bill: entries posted before its bill date, other than its own charges. */
export const STATEMENT_PREVIOUS_SQL = `coalesce((select sum(e.amount) from ledger_entry e where e.account_id = b.account_id and e.posted_on < b.bill_date
  and not (e.source = 'BILL' and e.source_id = b.id)), 0)`;

/** Payments and credits since the account's previous posted bill, up to this bill's date. */
export const STATEMENT_CREDITS_SQL = `coalesce((select sum(e.amount) from ledger_entry e where e.account_id = b.account_id and e.amount < 0 and e.posted_on <= b.bill_date
  and e.posted_on > coalesce((select max(p.bill_date) from bill p join bill_run pr on pr.id = p.run_id
    where p.account_id = b.account_id and p.bill_date < b.bill_date and pr.status in ${POSTED}), '-infinity'::date)), 0)`;
