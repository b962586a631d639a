import { LedgerEntry } from './ledger-entry.entity.js';
import { AccountLedgerResolver, LedgerEntryResolver } from './ledger.resolver.js';

export const entities = [LedgerEntry];
export const resolvers = [LedgerEntryResolver, AccountLedgerResolver] as const;
