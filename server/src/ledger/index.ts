import { AccountAgingResolver } from './aging.resolver.js';
import { GlAccountMapping } from './gl-account.entity.js';
import { GlAccountMappingResolver } from './gl-account.resolver.js';
import { LedgerEntry } from './ledger-entry.entity.js';
import { AccountLedgerResolver, LedgerEntryResolver } from './ledger.resolver.js';

export const entities = [LedgerEntry, GlAccountMapping];
export const resolvers = [LedgerEntryResolver, AccountLedgerResolver, AccountAgingResolver, GlAccountMappingResolver] as const;
export { postEntries, type EntryToPost } from './ledger-posting.js';
