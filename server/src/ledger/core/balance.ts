import { type Dec, ZERO } from '../../shared/money/index.js';
import type { LedgerEntry } from './types.js';

/**
 * Balance = the sum of the entries' amounts (billing-rules.md: "Balance = sum of the account's
 * entries"). Exact decimal sum of 2-decimal amounts, so no rounding. Positive: the customer owes;
 * negative: a credit balance. Pass one account's entries for an account balance, or any set for
 * the total receivable.
 */
export function balance(entries: Iterable<LedgerEntry>): Dec {
  let total = ZERO;
  for (const entry of entries) total = total.plus(entry.amount);
  return total;
}

/** Each account's balance (sum of its entries), keyed by account id. */
export function balancesByAccount(entries: Iterable<LedgerEntry>): Map<string, Dec> {
  const balances = new Map<string, Dec>();
  for (const entry of entries) {
    balances.set(entry.accountId, (balances.get(entry.accountId) ?? ZERO).plus(entry.amount));
  }
  return balances;
}
