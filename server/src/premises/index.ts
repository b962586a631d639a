import { Premise } from './premise.entity.js';
import { PremiseResolver, RouteResolver } from './premise.resolver.js';
import { Route } from './route.entity.js';

export const entities = [Route, Premise];
export const resolvers = [PremiseResolver, RouteResolver] as const;
