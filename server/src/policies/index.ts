import { BillingPolicy } from './billing-policy.entity.js';
import { BillingPolicyResolver } from './billing-policy.resolver.js';

export const entities = [BillingPolicy];
export const resolvers = [BillingPolicyResolver] as const;
export { loadBillingPolicy, depositForClass, type LoadedBillingPolicy } from './billing-policy.service.js';
