import { Premise } from './premise.entity.js';
import { PremiseResolver, RouteResolver } from './premise.resolver.js';
import { ReadSchedule } from './read-schedule.entity.js';
import { ReadScheduleResolver, RouteAdminResolver } from './route-admin.resolver.js';
import { Route } from './route.entity.js';

export const entities = [Route, Premise, ReadSchedule];
export const resolvers = [PremiseResolver, RouteResolver, RouteAdminResolver, ReadScheduleResolver] as const;
