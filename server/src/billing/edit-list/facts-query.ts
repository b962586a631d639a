/**
 * The edit list's facts for the accounts of a run, one row per account, streamed out with COPY:
 * the meter at the premise at the end of the read window, the read the period starts from (the end
 * read of the last posted bill, else the latest read before the window — or the read on the start
 * date of an account that starts inside it), the latest read in the window after it, a change-out
 * in between, up to 13 reads of history, and the AMI flags raised in the period.
 * `$ACCOUNT` narrows it to one account (a re-check after an action).
 */
export function factsQuery(runId: string, accountId: string | null): string {
  const run = Number(runId);
  const only = accountId === null ? '' : `and a.id = ${Number(accountId)}`;
  return `
with run as (select id, cycle_id, read_window_start ws, read_window_end we from bill_run where id = ${run}),
accounts as (
  select a.id, a.premise_id, a.start_date,
         row_number() over (order by r.code nulls last, p.sequence nulls last, a.number) as seq
  from account a cross join run
  join premise p on p.id = a.premise_id
  left join route r on r.id = p.route_id
  where a.cycle_id = run.cycle_id and a.status = 'ACTIVE' and a.start_date <= run.we ${only}
)
select ac.seq, ac.id, ac.start_date,
       m.id, m.serial_number, m.dials, m.multiplier, m.register_unit,
       (lb.end_read_id is not null),
       pr.id, pr.value, pr.read_on, pm.id, pm.serial_number, pm.dials, pm.multiplier, pm.register_unit,
       cur.id, cur.value, cur.read_on, cur.estimated,
       co.removal_id, co.removal_value, co.removed_on, co.install_id, co.install_value, co.installed_on,
       hist.reads, fl.flags
from accounts ac cross join run
left join meter_installation mi on mi.premise_id = ac.premise_id and mi.installed_on <= run.we and (mi.removed_on is null or mi.removed_on > run.we)
left join meter m on m.id = mi.meter_id
left join lateral (
  select b.end_read_id from bill b join bill_run br on br.id = b.run_id
  where b.account_id = ac.id and b.cancelled_at is null and br.status in ('POSTED', 'EXPORTED')
  order by b.period_end desc, b.id desc limit 1) lb on true
left join lateral (
  select r.id, r.value, r.read_on, r.read_at, r.meter_id from meter_read r
  where lb.end_read_id is null and r.meter_id = mi.meter_id and r.status = 'VALID' and r.read_on <= greatest(run.ws - 1, ac.start_date)
  order by r.read_at desc limit 1) before_window on true
left join meter_read pr on pr.id = coalesce(lb.end_read_id, before_window.id)
left join meter pm on pm.id = pr.meter_id
left join lateral (
  select r.id, r.value, r.read_on, r.estimated from meter_read r
  where r.meter_id = mi.meter_id and r.status = 'VALID' and r.read_on between run.ws and run.we
    and (pr.read_at is null or r.read_at > pr.read_at) and r.purpose <> 'INSTALL'
  order by r.read_at desc limit 1) cur on true
left join lateral (
  select old.id removal_id, old.value removal_value, old.read_on removed_on, new.id install_id, new.value install_value, new.read_on installed_on
  from meter_read old, meter_read new
  where pr.meter_id <> mi.meter_id
    and old.meter_id = pr.meter_id and old.purpose = 'REMOVAL' and old.status = 'VALID' and old.read_at >= pr.read_at
    and new.meter_id = mi.meter_id and new.purpose = 'INSTALL' and new.status = 'VALID'
  order by old.read_at, new.read_at desc limit 1) co on true
left join lateral (
  select json_agg(json_build_array(h.value, h.read_on) order by h.read_at) as reads from (
    select r.value, r.read_on, r.read_at from meter_read r
    where r.meter_id = pr.meter_id and r.status = 'VALID' and r.read_at <= pr.read_at
    order by r.read_at desc limit 13) h) hist on true
left join lateral (
  select string_agg(distinct f, ',') as flags from meter_read r, unnest(r.flags) f
  where r.meter_id = mi.meter_id and r.status = 'VALID' and r.read_on <= run.we and (pr.read_at is null or r.read_at > pr.read_at)) fl on true
order by ac.seq`;
}

/** Column positions of factsQuery's rows. */
export const F = {
  seq: 0, accountId: 1, startDate: 2,
  meterId: 3, serial: 4, dials: 5, multiplier: 6, registerUnit: 7,
  hasPreviousBill: 8,
  prevId: 9, prevValue: 10, prevOn: 11, prevMeterId: 12, prevSerial: 13, prevDials: 14, prevMultiplier: 15, prevUnit: 16,
  curId: 17, curValue: 18, curOn: 19, curEstimated: 20,
  removalId: 21, removalValue: 22, removedOn: 23, installId: 24, installValue: 25, installedOn: 26,
  history: 27, flags: 28,
} as const;
