/** Accounts found by each way of searching, merged: each account once, in the order of the groups. */
export function mergeAccountMatches<A extends { readonly id: string }>(
  groups: readonly (readonly A[])[],
  limit = 20,
): A[] {
  const seen = new Set<string>();
  const merged: A[] = [];
  for (const group of groups) {
    for (const account of group) {
      if (seen.has(account.id)) continue;
      seen.add(account.id);
      merged.push(account);
      if (merged.length >= limit) return merged;
    }
  }
  return merged;
}

/** What the search box holds, ready to send: trimmed, inner spaces collapsed; null when too short to search. */
export function searchTerm(text: string): string | null {
  const term = text.trim().replace(/\s+/g, ' ');
  return term.length >= 2 ? term : null;
}
