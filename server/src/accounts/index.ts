import { Account } from './account.entity.js';
import { AccountResolver, CustomerAccountsResolver, PremiseAccountsResolver } from './account.resolver.js';

export const entities = [Account];
export const resolvers = [AccountResolver, CustomerAccountsResolver, PremiseAccountsResolver] as const;
