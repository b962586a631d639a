/**
 * An account reference as banks and customers write it, reduced to what identifies the account:
 * upper case; spaces, dashes, dots, slashes and underscores removed; leading zeros removed (a
 * lockbox field is zero-filled: "0000012345-01" → "1234501"). Other characters are kept, so a
 * reference with letters still matches a lettered account number.
 */
export function normalizeAccountReference(reference: string): string {
  const compact = reference.toUpperCase().replace(/[\s\-./_]/g, '');
  const stripped = compact.replace(/^0+/, '');
  return stripped === '' && compact !== '' ? '0' : stripped;
}

/** Account numbers by normalized reference, built once per import over every candidate number. */
export type AccountReferenceIndex = ReadonlyMap<string, readonly string[]>;

/** The index of candidate account numbers (e.g. every open and recently closed account). */
export function accountReferenceIndex(accountNumbers: Iterable<string>): AccountReferenceIndex {
  const index = new Map<string, string[]>();
  for (const number of accountNumbers) {
    const key = normalizeAccountReference(number);
    if (key === '') continue;
    const list = index.get(key);
    if (!list) index.set(key, [number]);
    else if (!list.includes(number)) list.push(number);
  }
  return index;
}

export type AccountMatch =
  | { readonly status: 'MATCHED'; readonly accountNumber: string }
  | { readonly status: 'AMBIGUOUS'; readonly candidates: readonly string[] }
  | { readonly status: 'UNMATCHED' };

/**
 * Matches an imported payment's account reference (billing-rules.md: "A payment whose account
 * cannot be matched goes to suspense"): equal normalized forms match. One candidate → MATCHED;
 * several (e.g. "12345" and "012345") → the one written exactly like the reference, else
 * AMBIGUOUS; none, or an empty reference → UNMATCHED. AMBIGUOUS and UNMATCHED go to suspense,
 * never to a guessed account.
 */
export function matchAccountReference(reference: string, index: AccountReferenceIndex): AccountMatch {
  const key = normalizeAccountReference(reference);
  const candidates = key === '' ? undefined : index.get(key);
  if (!candidates || candidates.length === 0) return { status: 'UNMATCHED' };
  if (candidates.length === 1) return { status: 'MATCHED', accountNumber: candidates[0]! };
  const exact = candidates.find(c => c === reference.trim());
  return exact ? { status: 'MATCHED', accountNumber: exact } : { status: 'AMBIGUOUS', candidates };
}
