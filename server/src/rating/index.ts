import { RateSchedule } from './rate-schedule.entity.js';

export const entities = [RateSchedule];
export const resolvers = [] as const;
