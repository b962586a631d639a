import type pg from 'pg';

const FIRST = ['Maria', 'James', 'Linda', 'Robert', 'Patricia', 'Michael', 'Jennifer', 'David', 'Elizabeth', 'Carlos', 'Rosa', 'Thanh', 'Minh', 'Aisha', 'Darnell', 'Kim', 'Jose', 'Ana', 'Wei', 'Sarah'];
const LAST = ['Garcia', 'Johnson', 'Nguyen', 'Williams', 'Brown', 'Jones', 'Martinez', 'Davis', 'Hernandez', 'Tran', 'Lopez', 'Wilson', 'Thomas', 'Moore', 'Jackson', 'Le', 'Robinson', 'Clark', 'Lewis', 'Walker'];
const STREETS = ['Procter St', 'Gulfway Dr', 'Lakeshore Dr', 'Stilwell Blvd', 'Savannah Ave', 'Twin City Hwy', 'Memorial Blvd', 'Thomas Blvd', '9th Ave', 'Jimmy Johnson Blvd',
  'Dequeen Blvd', 'Lombardy Dr', 'Woodworth Blvd', 'Pleasure Island Blvd', '39th St', 'Gates Blvd', 'Jade Ave', 'Ferndale Dr', 'Bluebonnet Ave', 'Magnolia Ave'];
const sqlArray = (xs: readonly string[]) => `array[${xs.map(x => `'${x.replace(/'/g, "''")}'`).join(',')}]`;

/**
 * Customers, premises on 20 routes (5 per cycle, read in sequence), meters (mostly 5/8", some 4-dial
 * registers that roll over, some reading cubic feet), installed a year and a half ago, and active
 * accounts with their schedules. Set-based; the audit triggers record it all as the seed.
 */
export async function createDemoRecords(client: pg.ClientBase, accounts: number, cycleIds: string[], installedOn: string): Promise<void> {
  const routes = cycleIds.flatMap((cycle, c) => Array.from({ length: 5 }, (_, r) => ({ code: `${c + 1}${String.fromCharCode(65 + r)}`, cycle })));
  for (const r of routes) await client.query(`insert into route (code, name, cycle_id) values ($1, $2, $3)`, [r.code, `Route ${r.code}`, r.cycle]);
  await client.query(`insert into customer (number, name, email, phone, mailing_address, customer_class)
    select 'C' || (100000 + g), case when g % 12 = 0 then (${sqlArray(LAST)})[1 + g % 20] || ' ' || (array['Grocery','Auto Repair','Dental','Laundromat','Cafe','Church'])[1 + g % 6]
                                    else (${sqlArray(FIRST)})[1 + (g * 7) % 20] || ' ' || (${sqlArray(LAST)})[1 + (g * 13) % 20] end,
      case when g % 3 = 0 then null else lower((${sqlArray(FIRST)})[1 + (g * 7) % 20]) || '.' || g || '@example.net' end,
      '409-555-' || lpad((g % 10000)::text, 4, '0'), null,
      (case when g % 12 = 0 then 'COMMERCIAL' when g % 97 = 0 then 'MUNICIPAL' else 'RESIDENTIAL' end)::customer_class
    from generate_series(1, $1::int) g`, [accounts]);
  await client.query(`insert into premise (address, city, state, zip, latitude, longitude, route_id, sequence, inside_city_limits)
    select (100 + (g * 37) % 4800) || ' ' || (${sqlArray(STREETS)})[1 + g % 20], 'Port Arthur', 'TX', (array['77640','77642','77619'])[1 + g % 3],
      round((29.86 + ((g * 7919) % 600) / 10000.0)::numeric, 6), round((-93.99 + ((g * 104729) % 700) / 10000.0)::numeric, 6),
      (select id from route where code = (1 + g % ${cycleIds.length}) || chr(65 + (g / ${cycleIds.length}) % 5)), 10 * (g / 20), g % 15 <> 0
    from generate_series(1, $1::int) g`, [accounts]);
  await client.query(`insert into meter (serial_number, size, register_unit, multiplier, dials, ami_endpoint_id, manufacturer, model, status)
    select case when g % 5 = 0 then 'N' else 'B' end || lpad(g::text, 8, '0'),
      case when g % 12 = 0 then (array['1','1-1/2','2'])[1 + g % 3] when g % 9 = 0 then '3/4' else '5/8' end,
      (case when g % 23 = 0 then 'CUBIC_FOOT' else 'GALLON' end)::register_unit, case when g % 41 = 0 then 10 else 1 end, case when g % 41 = 0 then 4 else 6 end,
      case when g % 5 = 0 then null else '19' || lpad(g::text, 8, '0') end, case when g % 5 = 0 then 'Neptune' else 'Badger' end, case when g % 5 = 0 then 'T-10' else 'E-Series' end, 'INSTALLED'
    from generate_series(1, $1::int) g`, [accounts]);
  await client.query(`insert into meter_installation (meter_id, premise_id, installed_on, initial_read)
    select m.id, p.id, $1, case when m.dials = 4 then 9000 else 0 end
    from (select id, dials, row_number() over (order by id) n from meter) m join (select id, row_number() over (order by id) n from premise) p using (n)`, [installedOn]);
  await client.query(`insert into meter_read (meter_id, read_on, read_at, value, source, purpose)
    select meter_id, installed_on, installed_on + time '00:00:01', initial_read, 'FIELD', 'INSTALL' from meter_installation`);
  await client.query(`insert into account (number, customer_id, premise_id, cycle_id, status, start_date, rate_schedule_codes, dwelling_units, deposit_amount, paperless)
    select lpad((1000000 + c.n)::text, 7, '0'), c.id, p.id, r.cycle_id, 'ACTIVE', $1,
      case when c.customer_class = 'COMMERCIAL' then '{W-COM,S-COM,SW}'::text[] when not p.inside_city_limits then '{W-RES-OUT,S-RES}'::text[]
           else '{W-RES-IN,S-RES,T-RES,SW}'::text[] end,
      case when c.n % 50 = 0 then 2 else 1 end, case when c.customer_class = 'COMMERCIAL' then 200 else 75 end, c.n % 8 = 0
    from (select id, customer_class, row_number() over (order by id) n from customer) c
    join (select id, route_id, inside_city_limits, row_number() over (order by id) n from premise) p using (n) join route r on r.id = p.route_id`, [installedOn]);
}
