import type pg from 'pg';
import { daysBetween } from '../../shared/dates/index.js';
import { Conflict } from '../../shared/graphql/errors.js';
import { dec } from '../../shared/money/index.js';
import { estimateReading } from '../../reads/core/estimate-reading.js';
import { usageHistory } from '../core/account-period.js';
import { accountFactsStream, type AccountFacts } from './account-facts-stream.js';
import { runScope } from './build-edit-list.js';

/** The account's read facts in a run, read in the caller's transaction. */
async function factsOf(client: pg.ClientBase, runId: string, accountId: string) {
  const scope = await runScope(client, runId);
  let found: AccountFacts | undefined;
  for await (const batch of accountFactsStream({ accounts: client, reads: client }, scope, accountId)) found ??= batch[0];
  if (found) return { facts: found.facts, scope };
  throw new Conflict(`account ${accountId} is no longer in this run`);
}

/**
 * Writes an estimated read at the end of the read window (billing-rules.md: average daily usage of
 * the last 12 periods × days, rounded down to whole register units, marked ESTIMATED).
 */
export async function writeEstimate(client: pg.ClientBase, runId: string, accountId: string, userId: string): Promise<string> {
  const { facts, scope } = await factsOf(client, runId, accountId);
  if (!facts.previous || !facts.meter) throw new Conflict('there is no previous read or no meter to estimate from; hold the account or get a read');
  const history = usageHistory(facts).reverse();
  // After a change-out the estimate is of the new meter, from its installation read: the old
  // meter's part of the period is already measured (its removal read).
  const changedOut = facts.previous.meter.meterId !== facts.meter.meterId;
  if (changedOut && !facts.changeOut) throw new Conflict('the meter was changed without a removal and an installation read; enter the new meter\'s read instead');
  const from = changedOut ? facts.changeOut!.install : facts.previous;
  const days = daysBetween(from.readOn, scope.windowEnd);
  const estimate = estimateReading({ ...facts.meter, history, days: Math.max(days, 1), previousReading: from.value });
  if (!estimate.ok) throw new Conflict('this account has no usage history to estimate from; hold it or get a read');
  const { id } = (await client.query(`insert into meter_read (meter_id, read_on, read_at, value, source, estimated, purpose, note, created_by)
    values ($1, $2, ($2::date + time '12:00') at time zone 'UTC', $3, 'ESTIMATE', true, 'CYCLE', $4, $5) returning id::text`,
    [facts.meter.meterId, scope.windowEnd, estimate.reading.toFixed(), `Estimated: ${estimate.averageDailyGallons.toFixed(2)} gal/day × ${days} days`, userId])).rows[0];
  return id;
}

/** Replaces the account's current read with the right value (the old one kept as CORRECTED), or records one. */
export async function writeCorrectedRead(client: pg.ClientBase, runId: string, accountId: string, value: string, note: string | null, userId: string): Promise<string> {
  const { facts, scope } = await factsOf(client, runId, accountId);
  if (!facts.meter) throw new Conflict('no meter is installed at the premise');
  const capacity = dec(10).pow(facts.meter.dials);
  if (dec(value).isNegative() || dec(value).gte(capacity)) throw new Conflict(`${value} does not fit on a ${facts.meter.dials}-dial register`);
  if (facts.current) {
    await client.query(`update meter_read set status = 'CORRECTED' where id = $1`, [facts.current.id]);
    return (await client.query(`insert into meter_read (meter_id, read_on, read_at, value, source, estimated, purpose, flags, corrects_id, note, created_by)
      select meter_id, read_on, read_at, $2, source, false, purpose, flags, id, $3, $4 from meter_read where id = $1 returning id::text`,
      [facts.current.id, value, note ?? 'Corrected on the edit list', userId])).rows[0].id;
  }
  return (await client.query(`insert into meter_read (meter_id, read_on, read_at, value, source, purpose, note, created_by)
    values ($1, $2, ($2::date + time '12:00') at time zone 'UTC', $3, 'MANUAL', 'CYCLE', $4, $5) returning id::text`,
    [facts.meter.meterId, scope.windowEnd, value, note ?? 'Entered on the edit list', userId])).rows[0].id;
}

/** A RE_READ or LEAK_CHECK work order for the account's premise, numbered like every work order. */
export async function writeWorkOrder(client: pg.ClientBase, accountId: string, type: 'RE_READ' | 'LEAK_CHECK', reason: string, userId: string): Promise<string> {
  return (await client.query(`insert into work_order (number, type, account_id, premise_id, meter_id, reason, scheduled_for, created_by)
    select 'WO' || lpad(nextval('work_order_number_seq')::text, 6, '0'), $2, a.id, a.premise_id, mi.meter_id, $3, current_date, $4
    from account a left join meter_installation mi on mi.premise_id = a.premise_id and mi.removed_on is null where a.id = $1
    returning id::text`, [accountId, type, reason, userId])).rows[0].id;
}
