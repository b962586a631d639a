/**
 * The natural key of a lockbox item (per-line idempotency: a re-sent or longer file adds only its
 * new items). The bank's lockbox number, the processing date and the item's sequence or check
 * identify it; a file without a lockbox number also keys on the account and amount, so that two
 * lockboxes' files of one day cannot take each other's items for duplicates.
 */
export function lockboxItemKey(lockbox: string, date: string, item: string, account: string | null, amount: string): string {
  const key = `LOCKBOX:${lockbox}:${date}:${item}`;
  return lockbox ? key : `${key}:${account ?? ''}:${amount}`;
}
