/** The billable accounts of a run between two places (seq), with what rating needs. */
export function calculationQuery(runId: string, fromSeq: number, toSeq: number): string {
  return `
select bra.account_id, bra.seq, bra.period_start, bra.period_end, bra.days, bra.usage, bra.partial, bra.estimated,
       bra.facts -> 'meters', array_to_string(a.rate_schedule_codes, ','), a.dwelling_units, bra.facts ->> 'meterSize', bra.facts ->> 'endReadId'
from bill_run_account bra join account a on a.id = bra.account_id
where bra.run_id = ${Number(runId)} and bra.seq > ${fromSeq} and bra.seq <= ${toSeq} and bra.disposition = 'BILLABLE'
order by bra.seq`;
}

export const C = { accountId: 0, seq: 1, periodStart: 2, periodEnd: 3, days: 4, usage: 5, partial: 6, estimated: 7, meters: 8, codes: 9, dwellingUnits: 10, meterSize: 11, endReadId: 12 } as const;

/** Billed periods of the accounts of a run since a date (the winter-average history), one row per bill. */
export function winterHistoryQuery(runId: string, fromSeq: number, toSeq: number, since: string): string {
  return `
select b.account_id, b.period_end, b.days, b.usage
from bill b join bill_run br on br.id = b.run_id
where b.account_id in (select account_id from bill_run_account where run_id = ${Number(runId)} and seq > ${fromSeq} and seq <= ${toSeq})
  and b.period_end >= '${since}'::date and b.cancelled_at is null and br.status in ('POSTED', 'EXPORTED')`;
}
