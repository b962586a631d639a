import { AdjustmentReason } from './adjustment-reason.entity.js';
import { Adjustment } from './adjustment.entity.js';
import { AdjustmentResolver } from './adjustment.resolver.js';

export const entities = [Adjustment, AdjustmentReason];
export const resolvers = [AdjustmentResolver] as const;
export { createAdjustmentWith, type NewAdjustment } from './adjustment.service.js';
