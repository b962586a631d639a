import { reportRoutes } from './report.routes.js';
import { ReportsResolver } from './reports.resolver.js';

export const entities = [] as const;
export const resolvers = [ReportsResolver] as const;
export const routes = [reportRoutes];
