import type pg from 'pg';

/**
 * Monthly cycle reads from the month after installation to `through`: cycle n reads on day 2 + 7(n−1).
 * Usage per month: residential 3,000–8,000 gallons, commercial 20,000–60,000, a third more in the
 * summer; registers wrap at 10^dials (the 4-dial meters roll over). In the last month a few meters
 * have no read, a few a leak (four times the usage, flagged LEAK), one a reverse-flow flag.
 */
export async function createDemoReads(client: pg.ClientBase, firstMonth: string, through: string): Promise<void> {
  await client.query(`
    insert into meter_read (meter_id, read_on, read_at, value, source, purpose, flags)
    select meter_id, read_on, read_on + time '10:00',
      mod(initial + floor(sum(gallons) over (partition by meter_id order by read_on) / unit_gallons), power(10::numeric, dials)),
      case when meter_id % 5 = 0 then 'HANDHELD'::meter_read_source else 'AMI'::meter_read_source end, 'CYCLE',
      case when last and meter_id % 53 = 7 then '{LEAK}'::text[] when last and meter_id % 211 = 3 then '{REVERSE_FLOW}'::text[] else '{}'::text[] end
    from (
      select m.id meter_id, m.dials, mi.initial_read initial, m.multiplier * case when m.register_unit = 'CUBIC_FOOT' then 7.48052 else 1 end unit_gallons,
        (date_trunc('month', mo) + make_interval(days => 1 + 7 * (c.code::int - 1)))::date read_on,
        mo = date_trunc('month', $2::date) as last,
        (case when cu.customer_class = 'COMMERCIAL' then 20000 + (m.id * 7919) % 40000 else 3000 + (m.id * 7919) % 5000 end)
          * case when extract(month from mo) between 6 and 9 then 1.35 else 1 end
          * case when mo = date_trunc('month', $2::date) and m.id % 53 = 7 then 4 else 1 end
          * (0.9 + ((m.id + extract(month from mo)::int * 17) % 20) / 100.0) as gallons
      from meter m join meter_installation mi on mi.meter_id = m.id join premise p on p.id = mi.premise_id
      join route r on r.id = p.route_id join billing_cycle c on c.id = r.cycle_id
      join account a on a.premise_id = p.id join customer cu on cu.id = a.customer_id
      cross join generate_series(date_trunc('month', $1::date), date_trunc('month', $2::date), interval '1 month') mo
    ) months
    where read_on <= $2::date and not (last and meter_id % 61 = 5)`, [firstMonth, through]);
}
