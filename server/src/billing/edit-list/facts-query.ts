/** Which accounts a run covers, and its read window. */
export interface RunScope {
  readonly windowStart: string;
  readonly windowEnd: string;
  /** A cycle run: the cycle's active accounts. */
  readonly cycleId: string | null;
  /** A single-account run (off-cycle, final, rebill). */
  readonly accountId: string | null;
  /** A rebill replaces this bill: the period starts where the bill before it ended. */
  readonly rebillOfId: string | null;
  readonly kind: 'CYCLE' | 'OFF_CYCLE' | 'FINAL' | 'REBILL';
}

const int = (v: string | null) => (v === null ? 'null' : String(BigInt(v)));
const date = (v: string) => `'${/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : 'invalid'}'::date`;

/**
 * The edit list's facts for the accounts of a run, one row per account, streamed out with COPY:
 * the meter at the premise at the end of the read window, the read the period starts from (the end
 * read of the last posted bill; without one, the latest cycle or check read before the window on any
 * meter of the premise — an installation or removal read only on the start date, so a turn-on
 * read counts and a change-out before the window does not hide the period's first meter), the latest read in the window after it, a change-out
 * in between, up to 13 reads of history, and the AMI flags raised in the period.
 * `onlyAccountId` narrows a run to one account (a re-check after an action).
 */
export function factsQuery(scope: RunScope, onlyAccountId: string | null): string {
  const accounts = scope.accountId !== null
    ? `a.id = ${int(scope.accountId)} and a.status in ('ACTIVE', 'FINAL')`
    : `a.cycle_id = ${int(scope.cycleId)} and a.status = 'ACTIVE'`;
  const only = onlyAccountId === null ? '' : `and a.id = ${int(onlyAccountId)}`;
  return `
with run as (select ${date(scope.windowStart)} ws, ${date(scope.windowEnd)} we),
accounts as (
  select a.id, a.premise_id, a.start_date,
         row_number() over (order by r.code nulls last, p.sequence nulls last, a.number) as seq
  from account a cross join run
  join premise p on p.id = a.premise_id
  left join route r on r.id = p.route_id
  where ${accounts} and a.start_date <= run.we ${only}
)
select ac.seq, ac.id, ac.start_date,
       m.id, m.serial_number, m.dials, m.multiplier, m.register_unit,
       (lb.end_read_id is not null),
       pr.id, pr.value, pr.read_on, pm.id, pm.serial_number, pm.dials, pm.multiplier, pm.register_unit,
       cur.id, cur.value, cur.read_on, cur.estimated,
       co.removal_id, co.removal_value, co.removed_on, co.install_id, co.install_value, co.installed_on,
       hist.reads, fl.flags, m.size
from accounts ac cross join run
left join meter_installation mi on mi.premise_id = ac.premise_id and mi.installed_on <= run.we and (mi.removed_on is null or mi.removed_on > run.we)
left join meter m on m.id = mi.meter_id
left join lateral (
  select b.end_read_id from bill b join bill_run br on br.id = b.run_id
  where b.account_id = ac.id and b.cancelled_at is null and br.status in ('POSTED', 'EXPORTED') and b.id is distinct from ${int(scope.rebillOfId)}
  order by b.period_end desc, b.id desc limit 1) lb on true
left join lateral (
  select r.id, r.value, r.read_on, r.read_at, r.meter_id from meter_read r
  where lb.end_read_id is null and r.status = 'VALID' and r.read_on <= greatest(run.ws - 1, ac.start_date)
    and r.meter_id in (select i.meter_id from meter_installation i where i.premise_id = ac.premise_id)
    and (r.purpose in ('CYCLE', 'CHECK') or r.read_on = ac.start_date)
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
  history: 27, flags: 28, meterSize: 29,
} as const;
