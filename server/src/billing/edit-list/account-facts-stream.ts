import type pg from 'pg';
import { copyBatches, RowCursor } from '../../shared/db/copy.js';
import type { AccountReadFacts } from '../core/account-period.js';
import { selectPeriodReads, type RawRead } from '../core/period-reads.js';
import {
  A,
  accountsQuery,
  meterReadsQuery,
  R,
  readsQuery,
  removedMetersQuery,
  type RunScope,
} from './facts-query.js';
import { currentMeter, lastBillEndRead, oldMeter, rawRead } from './read-facts.js';

export interface AccountFacts {
  readonly accountId: string;
  readonly seq: string;
  readonly meterSize: string | null;
  readonly facts: AccountReadFacts & { alerts: string[] };
}

/** Connections for the streams: two for the ordered COPY streams of a big run, or one (buffered) for a small one. */
export interface FactConnections {
  readonly accounts: pg.ClientBase;
  readonly reads: pg.ClientBase;
}

async function removedMeterReads(
  client: pg.ClientBase,
  scope: RunScope,
  onlyAccountId: string | null,
): Promise<Map<string, RawRead[]>> {
  const ids = (await client.query(removedMetersQuery(scope, onlyAccountId))).rows.map(r =>
    String(r.meter_id),
  );
  const byMeter = new Map<string, RawRead[]>();
  if (!ids.length) return byMeter;
  for await (const batch of copyBatches(client, meterReadsQuery(ids, scope.windowEnd))) {
    for (const row of batch)
      byMeter.set(row[R.meterId]!, [...(byMeter.get(row[R.meterId]!) ?? []), rawRead(row)]);
  }
  return byMeter;
}

/**
 * The facts of every account of a run, in batches: the accounts (ordered by their current meter)
 * merged with the reads of those meters (ordered by meter and time) — two COPY streams read side by
 * side, so memory stays flat whatever the size of the run. Reads of meters removed in the lookback
 * (change-outs, few) are read first.
 */
export async function* accountFactsStream(
  conn: FactConnections,
  scope: RunScope,
  onlyAccountId: string | null,
): AsyncGenerator<AccountFacts[]> {
  const old = await removedMeterReads(conn.accounts, scope, onlyAccountId);
  const partialKind = scope.kind === 'REBILL' ? scope.rebillOfKind : scope.kind;
  const runPartial = partialKind === 'FINAL' || partialKind === 'OFF_CYCLE' ? partialKind : null;
  const buffered = conn.accounts === conn.reads;
  const accountBatches = copyBatches(conn.accounts, accountsQuery(scope, onlyAccountId));
  // One connection cannot run two COPY streams at once: a small run reads its accounts first.
  const accountRows = buffered ? await collect(accountBatches) : null;
  const reads = new RowCursor(copyBatches(conn.reads, readsQuery(scope, onlyAccountId)));
  try {
    for await (const batch of accountRows ? single(accountRows) : accountBatches) {
      const out: AccountFacts[] = [];
      for (const row of batch) {
        const meterId = row[A.meterId];
        const own: RawRead[] = [];
        if (meterId !== null) {
          const target = Number(meterId);
          for (;;) {
            let r = reads.peekNow();
            if (r === undefined) {
              await reads.fill();
              r = reads.peekNow();
            }
            if (!r || Number(r[R.meterId]) > target) break;
            reads.skip();
            if (Number(r[R.meterId]) === target) own.push(rawRead(r));
          }
        }
        const facts = selectPeriodReads({
          startDate: row[A.startDate]!,
          windowStart: scope.windowStart,
          windowEnd: scope.windowEnd,
          meter: currentMeter(row),
          reads: own,
          oldMeter: oldMeter(row),
          oldReads: row[A.oldMeterId] ? (old.get(row[A.oldMeterId]!) ?? []) : [],
          lastBillEndRead: lastBillEndRead(row),
          runPartial,
        });
        out.push({ accountId: row[A.accountId]!, seq: row[A.seq]!, meterSize: row[A.meterSize], facts });
      }
      yield out;
    }
    while (await reads.next()); // read to the end of the COPY, so the connection is free again
  } finally {
    // Stopped early (an error downstream): a shared connection must still be freed for the rollback;
    // dedicated ones are closed by the caller instead of draining a large stream.
    if (buffered) while (await reads.next());
  }
}

async function collect(batches: AsyncGenerator<(string | null)[][]>): Promise<(string | null)[][]> {
  const rows: (string | null)[][] = [];
  for await (const batch of batches) rows.push(...batch);
  return rows;
}

async function* single<T>(value: T): AsyncGenerator<T> {
  yield value;
}
