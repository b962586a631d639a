import type pg from 'pg';

/**
 * A realistic utility, generated set-based (seed only: row triggers off while loading): one monthly
 * cycle, 200 routes, `accounts` premises with meters (85 % 5/8", 10 % 3/4", 4 % 1", 1 % 2";
 * 15 % registers in cubic feet), accounts with 1 to 3 services (water 10 %; water + sewer 70 %;
 * water + sewer + trash 20 %), 13 monthly reads per meter from 2025-07-01 to 2026-07-01 with
 * usage 2,000–9,000 gallons a month, some exceptions: 1 % without the July read (NO_READ), 0.5 %
 * with a high July (HIGH). The bill window is 2026-06-25 … 2026-07-05.
 */
export async function generateUtility(pool: pg.Pool, accounts: number): Promise<{ cycleId: string }> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query(`set local session_replication_role = replica`);
    const cycle = (await client.query(`insert into billing_cycle (code, name, standard_days, due_days) values ('M1', 'Monthly cycle 1', 30, 20) returning id::text`)).rows[0].id;
    await client.query(`insert into route (code, name, cycle_id) select 'R' || lpad(g::text, 3, '0'), 'Route ' || g, $1 from generate_series(1, 200) g`, [cycle]);
    await client.query(`insert into customer (number, name, customer_class)
      select 'C' || lpad(g::text, 7, '0'), 'Customer ' || g, case when g % 20 = 0 then 'COMMERCIAL'::customer_class else 'RESIDENTIAL'::customer_class end
      from generate_series(1, $1::int) g`, [accounts]);
    await client.query(`insert into premise (address, city, state, zip, route_id, sequence, latitude, longitude)
      select (100 + g % 9000) || ' ' || (array['Procter','Gulfway','Lakeshore','Stilwell','Savannah','Twin City'])[1 + g % 6] || ' St', 'Port Arthur', 'TX', '77640',
             (select id from route where code = 'R' || lpad((1 + g % 200)::text, 3, '0')), (g / 200) * 10, 29.85 + (g % 1000) / 10000.0, -93.99 + (g % 997) / 10000.0
      from generate_series(1, $1::int) g`, [accounts]);
    await client.query(`insert into meter (serial_number, size, register_unit, multiplier, dials, ami_endpoint_id, status)
      select 'M' || lpad(g::text, 8, '0'),
             case when g % 100 < 85 then '5/8' when g % 100 < 95 then '3/4' when g % 100 < 99 then '1' else '2' end,
             case when g % 100 >= 85 and g % 7 = 0 then 'CUBIC_FOOT'::register_unit else 'GALLON'::register_unit end, 1, 7, 'E' || g, 'INSTALLED'
      from generate_series(1, $1::int) g`, [accounts]);
    await client.query(`insert into meter_installation (meter_id, premise_id, installed_on, initial_read) select id, id, '2025-06-01', 0 from meter`);
    await client.query(`insert into account (number, customer_id, premise_id, cycle_id, status, start_date, rate_schedule_codes, dwelling_units)
      select lpad((1000000 + id)::text, 7, '0'), id, id, $1, 'ACTIVE', '2025-06-01',
             case when id % 10 = 0 then '{W-RES}'::text[] when id % 10 < 3 then '{W-RES,S-RES,T-RES}'::text[] else '{W-RES,S-RES}'::text[] end, 1
      from customer`, [cycle]);
    await client.query(`insert into meter_read (meter_id, read_on, read_at, value, source, purpose) select id, '2025-06-01', '2025-06-01 00:00:01+00', 0, 'FIELD', 'INSTALL' from meter`);
    // Cumulative register values: k months × the meter's monthly usage, plus a little monthly noise.
    await client.query(`insert into meter_read (meter_id, read_on, read_at, value, source, purpose)
      select m.id, (date '2025-07-01' + make_interval(months => k - 1))::date, (date '2025-07-01' + make_interval(months => k - 1)) + interval '12 hours',
             case when m.register_unit = 'CUBIC_FOOT' then floor((k * (2000 + (m.id * 7919) % 7000) + (k * m.id * 37) % 500
                    + case when k = 13 and m.id % 200 = 7 then 4 * (2000 + (m.id * 7919) % 7000) else 0 end) / 7.48052)
                  else k * (2000 + (m.id * 7919) % 7000) + (k * m.id * 37) % 500
                    + case when k = 13 and m.id % 200 = 7 then 4 * (2000 + (m.id * 7919) % 7000) else 0 end end,
             'AMI', 'CYCLE'
      from meter m cross join generate_series(1, 13) k
      where not (k = 13 and m.id % 100 = 3)`);
    await client.query('commit');
    await client.query('analyze');
    return { cycleId: cycle };
  } finally {
    client.release();
  }
}

/** The tariffs of the generated utility, as createRateSchedule inputs. */
export const BENCH_SCHEDULES = [
  {
    code: 'W-RES', name: 'Residential water', service: 'WATER', volumeUnit: 'KGAL', effectiveFrom: '2025-01-01',
    fixedCharges: [['5/8', '18.40'], ['3/4', '22.10'], ['1', '31.75'], ['2', '58.20']].map(([meterSize, amount]) => ({ label: 'Base charge', amount, meterSize })),
    tiers: [{ upTo: '2', rate: '0' }, { upTo: '5', rate: '5.50' }, { upTo: '15', rate: '6.25' }, { upTo: null, rate: '7.80' }],
  },
  {
    code: 'S-RES', name: 'Residential sewer', service: 'SEWER', volumeUnit: 'KGAL', effectiveFrom: '2025-01-01',
    fixedCharges: [{ label: 'Sewer base charge', amount: '21.00' }], tiers: [{ upTo: null, rate: '4.75' }], usageCap: '12',
  },
  { code: 'T-RES', name: 'Residential trash', service: 'SOLID_WASTE', volumeUnit: 'GALLON', effectiveFrom: '2025-01-01', flatCharge: '24.50' },
];
