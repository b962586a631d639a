import type pg from 'pg';

/** One premise of a route with its meter on the read date, account, customer and last reads. */
export interface RouteFileRow {
  premise_id: string;
  address: string;
  city: string;
  state: string;
  zip: string;
  sequence: number | null;
  latitude: string | null;
  longitude: string | null;
  account_number: string | null;
  account_status: string | null;
  customer_name: string | null;
  meter_id: string;
  serial_number: string;
  size: string;
  multiplier: string;
  dials: number;
  register_unit: 'GALLON' | 'CUBIC_FOOT';
  ami_endpoint_id: string | null;
  reads: [string, string][];
}

/**
 * The premises of a route that have a meter installed on the read date, in read order, with the
 * account served that day (the latest one started) and the meter's last 13 valid reads before it,
 * one a day (the day's last: an AMI meter read hourly still gives 13 days).
 * One statement for the whole route.
 */
const ROUTE_FILE = `
  select p.id::text premise_id, p.address, p.city, p.state, p.zip, p.sequence, p.latitude::text, p.longitude::text,
    ac.number account_number, ac.status::text account_status, cu.name customer_name,
    m.id::text meter_id, m.serial_number, m.size, m.multiplier::text, m.dials, m.register_unit::text, m.ami_endpoint_id,
    coalesce(h.reads, '[]') reads
  from premise p
  join meter_installation i on i.premise_id = p.id and i.installed_on <= $2 and (i.removed_on is null or i.removed_on > $2)
  join meter m on m.id = i.meter_id
  left join lateral (
    select a.number, a.status, a.customer_id from account a
    where a.premise_id = p.id and a.start_date <= $2 and (a.stop_date is null or a.stop_date >= $2) and a.status <> 'CLOSED'
    order by a.start_date desc, a.id desc limit 1) ac on true
  left join customer cu on cu.id = ac.customer_id
  left join lateral (
    select json_agg(json_build_array(x.value::text, x.read_on::text) order by x.read_at) reads from (
      select distinct on (r.read_on) r.value, r.read_on, r.read_at from meter_read r
      where r.meter_id = m.id and r.status = 'VALID' and r.read_on < $2
      order by r.read_on desc, r.read_at desc limit 13) x) h on true
  where p.route_id = $1
  order by p.sequence nulls last, p.id`;

export async function loadRouteFile(db: pg.Pool, routeId: string, readDate: string): Promise<RouteFileRow[]> {
  return (await db.query<RouteFileRow>(ROUTE_FILE, [routeId, readDate])).rows;
}

export async function loadRoute(db: pg.Pool, code: string) {
  const rows = (await db.query<{ id: string; code: string; name: string; cycle_id: string | null; cycle_code: string | null; standard_days: number | null }>(
    `select r.id::text, r.code, r.name, r.cycle_id::text, c.code cycle_code, c.standard_days
     from route r left join billing_cycle c on c.id = r.cycle_id where r.code = $1`, [code.trim().toUpperCase()])).rows;
  return rows[0] ?? null;
}
