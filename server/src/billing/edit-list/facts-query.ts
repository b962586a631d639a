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
  /** The kind of the bill a rebill replaces (a final bill's rebill is prorated as the final was). */
  readonly rebillOfKind?: string | null;
}

/** How far back reads are read: 13 monthly periods of history and some slack (or 6 bi-monthly). */
export const LOOKBACK_DAYS = 430;

const int = (v: string | null) => (v === null ? 'null' : String(BigInt(v)));
const date = (v: string) => `'${/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : 'invalid'}'::date`;

export function runAccounts(scope: RunScope, onlyAccountId: string | null): string {
  const accounts = scope.accountId !== null
    ? `a.id = ${int(scope.accountId)} and a.status in ('ACTIVE', 'FINAL')`
    : `a.cycle_id = ${int(scope.cycleId)} and a.status = 'ACTIVE'`;
  const only = onlyAccountId === null ? '' : `and a.id = ${int(onlyAccountId)}`;
  return `
  select a.id, a.premise_id, a.start_date, row_number() over (order by r.code nulls last, p.sequence nulls last, a.number) as seq,
         mi.meter_id
  from account a join premise p on p.id = a.premise_id left join route r on r.id = p.route_id
  left join meter_installation mi on mi.premise_id = a.premise_id and mi.installed_on <= ${date(scope.windowEnd)}
    and (mi.removed_on is null or mi.removed_on > ${date(scope.windowEnd)})
  where ${accounts} and a.start_date <= ${date(scope.windowEnd)} ${only}`;
}

/**
 * The accounts of a run, one row each, in the order of their current meter (to merge with the
 * reads stream): place in the run (route, read sequence, account), the meter at the end of the
 * window, the read the last posted bill ended on (for a rebill: the last before the rebilled bill),
 * and a meter removed at the premise within the lookback (a change-out).
 */
export function accountsQuery(scope: RunScope, onlyAccountId: string | null): string {
  const we = date(scope.windowEnd);
  return `
with ra as (${runAccounts(scope, onlyAccountId)})
select ra.seq, ra.id, ra.start_date,
       m.id, m.serial_number, m.dials, m.multiplier, m.register_unit, m.size,
       lr.id, lr.meter_id, lr.value, lr.read_on, extract(epoch from lr.read_at)::bigint, lr.purpose, lr.estimated,
       om.id, om.serial_number, om.dials, om.multiplier, om.register_unit
from ra
left join meter m on m.id = ra.meter_id
left join lateral (
  select b.end_read_id from bill b join bill_run br on br.id = b.run_id
  where b.account_id = ra.id and b.cancelled_at is null and br.status in ('POSTED', 'EXPORTED') and b.id is distinct from ${int(scope.rebillOfId)}
    and (${int(scope.rebillOfId)}::bigint is null or b.period_end < (select period_start from bill where id = ${int(scope.rebillOfId)}))
  order by b.period_end desc, b.id desc limit 1) lb on true
left join meter_read lr on lr.id = lb.end_read_id
left join lateral (
  select i.meter_id from meter_installation i where i.premise_id = ra.premise_id and i.removed_on between ${we} - ${LOOKBACK_DAYS} and ${we}
    and i.meter_id is distinct from ra.meter_id order by i.removed_on desc limit 1) old on true
left join meter om on om.id = old.meter_id
order by ra.meter_id nulls last, ra.id`;
}

export const A = {
  seq: 0, accountId: 1, startDate: 2,
  meterId: 3, serial: 4, dials: 5, multiplier: 6, registerUnit: 7, meterSize: 8,
  lastReadId: 9, lastReadMeter: 10, lastReadValue: 11, lastReadOn: 12, lastReadAt: 13, lastReadPurpose: 14, lastReadEstimated: 15,
  oldMeterId: 16, oldSerial: 17, oldDials: 18, oldMultiplier: 19, oldRegisterUnit: 20,
} as const;

const READ_COLUMNS = `r.meter_id, r.id, r.value, r.read_on, extract(epoch from r.read_at)::bigint, r.purpose, r.estimated, array_to_string(r.flags, ',')`;

/** Valid reads of the run's current meters in the lookback, in meter then time order (the index's order). */
export function readsQuery(scope: RunScope, onlyAccountId: string | null): string {
  const we = date(scope.windowEnd);
  return `
select ${READ_COLUMNS}
from (select distinct meter_id from (${runAccounts(scope, onlyAccountId)}) ra where meter_id is not null) m
join meter_read r on r.meter_id = m.meter_id and r.status = 'VALID' and r.read_on between ${we} - ${LOOKBACK_DAYS} and ${we}
order by r.meter_id, r.read_at`;
}

/** Valid reads of given (removed) meters in the lookback, in meter then time order. */
export function meterReadsQuery(meterIds: readonly string[], windowEnd: string): string {
  const we = date(windowEnd);
  return `
select ${READ_COLUMNS} from meter_read r
where r.meter_id = any('{${meterIds.map(int).join(',')}}'::bigint[]) and r.status = 'VALID' and r.read_on between ${we} - ${LOOKBACK_DAYS} and ${we}
order by r.meter_id, r.read_at`;
}

export const R = { meterId: 0, id: 1, value: 2, readOn: 3, readAt: 4, purpose: 5, estimated: 6, flags: 7 } as const;

/** Meters removed at the run's premises within the lookback (change-outs): few, read up front. */
export function removedMetersQuery(scope: RunScope, onlyAccountId: string | null): string {
  const we = date(scope.windowEnd);
  return `
select distinct i.meter_id from (${runAccounts(scope, onlyAccountId)}) ra join meter_installation i on i.premise_id = ra.premise_id
where i.removed_on between ${we} - ${LOOKBACK_DAYS} and ${we} and i.meter_id is distinct from ra.meter_id`;
}
