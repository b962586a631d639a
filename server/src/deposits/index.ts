import { Deposit } from './deposit.entity.js';
import { AccountDepositResolver, DepositResolver } from './deposit.resolver.js';

export const entities = [Deposit];
export const resolvers = [DepositResolver, AccountDepositResolver] as const;
export { applyDepositOnFinalBill, type FinalBillDepositOutcome } from './deposit.service.js';
