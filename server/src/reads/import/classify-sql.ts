import { FILE_UNIT_SIZES, MAX_DECIMALS, type FileUnit } from '../core/file-reading.js';

/**
 * The set-based half of an import, on the scratch connection. Meters, units and installations are
 * resolved once per distinct key of the file (read_keymatch, ~1 row per meter), then every staged
 * read is classified in one pass of integer hash joins into read_match. `problem` is null for a
 * read to record; an orphan reason for the queue; UNIT, RANGE or FUTURE for a line error.
 * The unit rule is core/file-reading.ts's, generated from the same table so the two cannot drift.
 */
const units = Object.entries(FILE_UNIT_SIZES) as [FileUnit, { family: string; size: string }][];
const familyOf = (col: string) => `case ${col} ${units.map(([u, s]) => `when '${u}' then '${s.family}'`).join(' ')} end`;
const sizeOf = (col: string) => `case ${col} ${units.map(([u, s]) => `when '${u}' then ${s.size}::numeric`).join(' ')} end`;

export const MATCH_TABLES = `
  create temp table read_when (id int primary key, read_at timestamptz not null, read_on date not null) on commit drop;
  create temp table read_keymatch (k int primary key, meter_id bigint, problem text, identity boolean, size numeric, divisor numeric,
    capacity numeric, dials int, premise_id bigint, span_from date, span_to date, multi boolean) on commit drop;
  create temp table read_span (meter_id bigint, premise_id bigint, from_on date, to_on date) on commit drop;
  create temp table read_match (line int not null, k int not null, meter_id bigint, premise_id bigint, read_at timestamptz not null,
    read_on date not null, value numeric, reading text not null, flags text[], problem text) on commit drop`;

/**
 * $1 time zone, $2 true when the format has no time of read (handheld: midday UTC of the read
 * date, as recordMeterRead does, so a read keyed by hand the same day is a duplicate). A time
 * with an offset (longer than 'YYYY-MM-DDTHH:MM:SS') is an instant; its day is the utility's.
 */
export const FILL_WHEN = `
  insert into read_when
  select id, case when $2 then (local::date + time '12:00') at time zone 'UTC' when length(local) > 19 then local::timestamptz else local::timestamp at time zone $1 end,
         case when length(local) > 19 and not $2 then (local::timestamptz at time zone $1)::date else local::date end
  from read_time`;

/**
 * Per key: the meter by endpoint, else serial; the unit rule ($1 = true divides out the multiplier:
 * AMI engineering units); and the meter's installation when it has only one (nearly every meter),
 * so that most reads need no join with installations at all.
 */
export const FILL_KEYS = `
  insert into read_keymatch
  select k.k, coalesce(me.id, ms.id),
    case when me.id is null and ms.id is null then 'UNKNOWN_METER' when me.id <> ms.id then 'METER_MISMATCH'
         when ${familyOf('k.unit')} <> coalesce(me.register_unit, ms.register_unit)::text then 'UNIT' end,
    k.unit = coalesce(me.register_unit, ms.register_unit)::text and (not $1 or coalesce(me.multiplier, ms.multiplier) = 1),
    ${sizeOf('k.unit')}, case when $1 then coalesce(me.multiplier, ms.multiplier) else 1 end,
    10::numeric ^ coalesce(me.dials, ms.dials), coalesce(me.dials, ms.dials),
    case when i.n = 1 then i.premise_id end, case when i.n = 1 then i.from_on end, case when i.n = 1 then i.to_on end, i.n > 1
  from read_key k
  left join meter me on me.ami_endpoint_id = k.endpoint
  left join meter ms on ms.serial_number = k.serial
  left join (select meter_id, count(*) n, max(premise_id) premise_id, max(installed_on) from_on, max(coalesce(removed_on, 'infinity')) to_on
             from meter_installation group by meter_id) i on i.meter_id = coalesce(me.id, ms.id)`;

/**
 * The installation spans of the meters installed more than once, never overlapping: when a meter
 * is removed and set again the same day, the day belongs to the new installation.
 */
export const FILL_SPANS = `
  insert into read_span
  select meter_id, premise_id, installed_on,
    case when next_on is not null and next_on <= coalesce(removed_on, 'infinity') then next_on - 1 else coalesce(removed_on, 'infinity') end
  from (select i.*, lead(installed_on) over (partition by meter_id order by installed_on, id) next_on
        from meter_installation i where meter_id in (select meter_id from read_keymatch where multi)) i;
  analyze read_span`;

/** Every read classified; $1 = today (later reads are refused). */
export const FILL_MATCH = `
  insert into read_match
  select line, k, meter_id, premise_id, read_at, read_on, value, reading, flags,
    case when kp in ('UNKNOWN_METER', 'METER_MISMATCH') then kp
         -- a reading of the meter set in place of the listed one (the handheld or head end says so): for a clerk
         when 'METER_CHANGED' = any(flags) then 'METER_CHANGED'
         when read_on > $1::date then 'FUTURE'
         when kp = 'UNIT' then 'UNIT'
         when not installed then 'NOT_INSTALLED'
         when value >= capacity then 'RANGE' end
  from (
    select s.line, s.k, km.meter_id, coalesce(km.premise_id, sp.premise_id) premise_id, w.read_at, w.read_on, s.reading, s.flags,
      km.problem kp, km.capacity, coalesce(w.read_on between km.span_from and km.span_to, false) or sp.meter_id is not null installed,
      case when km.identity then s.reading::numeric else round(s.reading::numeric * km.size / km.divisor, ${MAX_DECIMALS}) end value
    from read_stage s
    join read_when w on w.id = s.t
    join read_keymatch km on km.k = s.k
    left join read_span sp on km.multi and sp.meter_id = km.meter_id and w.read_on between sp.from_on and sp.to_on
    offset 0
  ) m`;

/** How many reads of each class (null = to record). */
export const MATCH_SUMMARY = `select problem, count(*)::int n from read_match group by problem`;

/** The line errors found by the match, in file order. */
export const MATCH_ERRORS = `
  select m.line, m.problem, k.unit, m.reading, m.value::text, km.dials, m.read_on::text,
    coalesce(me.serial_number, k.serial, k.endpoint) meter, coalesce(me.register_unit::text, '') register_unit
  from read_match m join read_key k on k.k = m.k join read_keymatch km on km.k = m.k left join meter me on me.id = m.meter_id
  where m.problem in ('UNIT', 'RANGE', 'FUTURE') order by m.line limit $1`;
