import { LateFeeResolver } from './late-fee.resolver.js';

export const entities = [] as const;
export const resolvers = [LateFeeResolver] as const;
