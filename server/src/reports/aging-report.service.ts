import { agingBuckets, type AgingBuckets } from '../ledger/core/index.js';
import { agingEntriesOf, groupByAccount } from '../ledger/ledger-read.js';
import { rows, type Db } from '../ledger/sql.js';
import { ZERO } from '../shared/money/index.js';

export const AGING_CHUNK = 2000;

export interface AccountAging {
  readonly accountId: string;
  readonly number: string;
  readonly customerName: string;
  readonly buckets: AgingBuckets;
}

/**
 * Walks every account with entries on or before `asOf`, AGING_CHUNK accounts at a time (one query
 * each), and ages it with ledger/core agingBuckets (credits applied oldest first): right by
 * construction, and memory stays flat on 100,000 accounts.
 */
export async function* agingByAccount(db: Db, asOf: string, afterNumber = ''): AsyncGenerator<AccountAging[]> {
  let after = afterNumber;
  for (;;) {
    const accounts = await rows<{ id: string; number: string; name: string }>(db,
      `select a.id, a.number, c.name from account a join customer c on c.id = a.customer_id where a.number > $1 order by a.number limit $2`, [after, AGING_CHUNK]);
    if (accounts.length === 0) return;
    const groups = groupByAccount(await agingEntriesOf(db, accounts.map(a => a.id), asOf));
    yield accounts.filter(a => groups.has(a.id)).map(a => ({ accountId: a.id, number: a.number, customerName: a.name, buckets: agingBuckets(groups.get(a.id)!, asOf) }));
    after = accounts[accounts.length - 1]!.number;
  }
}

type Sums = { -readonly [K in keyof AgingBuckets]: AgingBuckets[K] };

/** Totals of the AR aging as of a date, and how many accounts have a balance. */
export async function agingTotals(db: Db, asOf: string): Promise<{ buckets: AgingBuckets; accountsWithBalance: number }> {
  const sums: Sums = { current: ZERO, days1to30: ZERO, days31to60: ZERO, days61to90: ZERO, days91plus: ZERO, credit: ZERO, total: ZERO };
  let accountsWithBalance = 0;
  for await (const chunk of agingByAccount(db, asOf)) {
    for (const { buckets } of chunk) {
      for (const k of Object.keys(sums) as (keyof Sums)[]) sums[k] = sums[k].plus(buckets[k]);
      if (!buckets.total.isZero() || !buckets.credit.isZero()) accountsWithBalance++;
    }
  }
  return { buckets: sums, accountsWithBalance };
}

/** One page of the per-account rows: accounts with a balance, by account number after a cursor. */
export async function agingPage(db: Db, asOf: string, first: number, afterNumber: string): Promise<{ rows: AccountAging[]; more: boolean }> {
  const page: AccountAging[] = [];
  for await (const chunk of agingByAccount(db, asOf, afterNumber)) {
    for (const row of chunk) {
      if (row.buckets.total.isZero() && row.buckets.credit.isZero()) continue;
      if (page.length === first) return { rows: page, more: true };
      page.push(row);
    }
  }
  return { rows: page, more: false };
}
