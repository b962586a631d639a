import { WorkOrder } from './work-order.entity.js';
import { WorkOrderResolver } from './work-order.resolver.js';

export const entities = [WorkOrder];
export const resolvers = [WorkOrderResolver] as const;
