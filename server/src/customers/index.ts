import { Customer } from './customer.entity.js';
import { CustomerResolver } from './customer.resolver.js';

export const entities = [Customer];
export const resolvers = [CustomerResolver] as const;
