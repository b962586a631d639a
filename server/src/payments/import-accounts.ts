import { rows, type Db } from '../ledger/sql.js';
import { accountReferenceIndex, matchAccountReference, normalizeAccountReference } from './core/index.js';

/**
 * Matches the account references of imported lines to accounts (payments/core: normalized, exact
 * spelling wins, ambiguous or unknown → suspense). One indexed query over the references as written
 * and as normalized, so a 100,000-line file costs one round trip, not a scan of every account.
 */
export async function matchAccounts(db: Db, references: readonly (string | null)[]): Promise<(string | null)[]> {
  const written = [...new Set(references.filter((r): r is string => r !== null && r.trim() !== ''))];
  const candidates = [...new Set(written.flatMap(r => [r.trim(), normalizeAccountReference(r)]))];
  const accounts = candidates.length
    ? await rows<{ id: string; number: string }>(db, 'select id::text, number from account where number = any($1::text[])', [candidates])
    : [];
  const idByNumber = new Map(accounts.map(a => [a.number, a.id]));
  const index = accountReferenceIndex(idByNumber.keys());
  const known = new Map<string, string | null>();
  for (const ref of written) {
    const match = matchAccountReference(ref, index);
    known.set(ref, match.status === 'MATCHED' ? (idByNumber.get(match.accountNumber) ?? null) : null);
  }
  return references.map(r => (r === null ? null : (known.get(r) ?? null)));
}
