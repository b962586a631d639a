import { MeterRead } from './meter-read.entity.js';
import { MeterReadResolver, MeterReadsResolver } from './read.resolver.js';

export const entities = [MeterRead];
export const resolvers = [MeterReadResolver, MeterReadsResolver] as const;
