import { BillingCycle } from './billing-cycle.entity.js';
import { BillingCycleResolver } from './billing-cycle.resolver.js';

export const entities = [BillingCycle];
export const resolvers = [BillingCycleResolver] as const;
