import type pg from 'pg';
import type { DatedNoRead } from './parse-file.js';

/** A NO_READ alert for each known meter a file lists without a reading (a handheld skip, a BEACON gap), once per meter and day. */
const INSERT_NO_READ_ALERTS = `
  with x as (select * from unnest($2::text[], $3::text[], $4::date[]) x(endpoint, serial, read_on)),
  a as (
    insert into ami_alert (meter_id, premise_id, account_id, flag, read_on, read_import_id)
    select distinct on (m.id, x.read_on) m.id, i.premise_id, ac.id, 'NO_READ', x.read_on, $1
    from x
    join meter m on m.id = coalesce((select e.id from meter e where e.ami_endpoint_id = x.endpoint), (select s.id from meter s where s.serial_number = x.serial))
    left join meter_installation i on i.meter_id = m.id and i.installed_on <= x.read_on and (i.removed_on is null or i.removed_on >= x.read_on)
    left join lateral (
      select a.id from account a where a.premise_id = i.premise_id and a.start_date <= x.read_on and (a.stop_date is null or a.stop_date >= x.read_on)
      order by a.start_date desc, a.id desc limit 1) ac on true
    -- another file (or the same one sent again with other bytes) already raised it
    where not exists (select 1 from ami_alert q where q.meter_id = m.id and q.flag = 'NO_READ' and q.read_on = x.read_on)
    order by m.id, x.read_on, i.installed_on desc
    returning 1)
  select count(*)::int n from a`;

export async function insertNoReadAlerts(writer: pg.ClientBase, importId: string, noReads: readonly DatedNoRead[]): Promise<number> {
  if (!noReads.length) return 0;
  const params = [importId, noReads.map(x => x.endpointId), noReads.map(x => x.meterSerial), noReads.map(x => x.readOn)];
  return (await writer.query(INSERT_NO_READ_ALERTS, params)).rows[0].n;
}
