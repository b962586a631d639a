import type { EntityManager } from '@mikro-orm/postgresql';
import { paginate, type ListArgs, type ListSpec } from '../shared/orm/paginate.js';
import { LedgerEntry } from './ledger-entry.entity.js';

export const ledgerEntryList: ListSpec<LedgerEntry> = {
  entity: LedgerEntry,
  filters: { id: 'id', accountId: 'account', kind: 'kind', postedOn: 'postedOn', source: 'source' },
  orderBy: { POSTED_ON: 'postedOn' },
  defaultOrder: 'POSTED_ON',
};

export const listLedgerEntries = (em: EntityManager, args: ListArgs, extra?: object) => paginate(em, ledgerEntryList, args, extra as never);

/** Balances of accounts (sum of their entries; billing-rules.md "Balance = sum of the account's entries"). */
export async function balancesOf(em: EntityManager, accountIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await em.getConnection().execute<{ account_id: string; balance: string }[]>(
    `select account_id::text, sum(amount)::numeric(14,2)::text as balance from ledger_entry where account_id = any(?::bigint[]) group by account_id`,
    [`{${accountIds.filter(id => /^\d+$/.test(id)).join(',')}}`],
  );
  return new Map(rows.map(r => [r.account_id, r.balance]));
}
