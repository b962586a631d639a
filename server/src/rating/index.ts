import { RateSchedule } from './rate-schedule.entity.js';
import { RateScheduleResolver } from './rating.resolver.js';

export const entities = [RateSchedule];
export const resolvers = [RateScheduleResolver] as const;
