import { dec } from '../../../server/src/shared/money/index.js';
import type { LedgerEntry } from '../../../server/src/ledger/core/index.js';

type EntryInit = Omit<Partial<LedgerEntry>, 'amount'> &
  Pick<LedgerEntry, 'id' | 'kind' | 'postedOn'> & { amount: string };

/** A ledger entry for tests: account A-1001, no due date, service or reversal unless given. */
export function entry(init: EntryInit): LedgerEntry {
  return {
    accountId: 'A-1001',
    dueOn: null,
    service: null,
    reversesId: null,
    ...init,
    amount: dec(init.amount),
  };
}

/** A bill's charge line: a CHARGE posted on the bill date, due on the due date. */
export function charge(
  id: string,
  amount: string,
  service: LedgerEntry['service'],
  postedOn: string,
  dueOn: string,
  accountId = 'A-1001',
): LedgerEntry {
  return entry({ id, kind: 'CHARGE', amount, service, postedOn, dueOn, accountId, source: 'BILL' });
}

/** A payment (a negative entry). */
export function payment(
  id: string,
  amount: string,
  postedOn: string,
  method: LedgerEntry['method'] = 'CHECK',
  accountId = 'A-1001',
): LedgerEntry {
  return entry({ id, kind: 'PAYMENT', amount: `-${amount}`, postedOn, method, accountId, source: 'PAYMENT' });
}
