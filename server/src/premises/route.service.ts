import type { EntityManager } from '@mikro-orm/postgresql';
import { BillingCycle } from '../cycles/billing-cycle.entity.js';
import { BadUserInput, InputProblems, NotFound } from '../shared/graphql/errors.js';
import { paginate, type ListArgs, type ListSpec } from '../shared/orm/paginate.js';
import { checkRequired } from '../shared/validation.js';
import { Route } from './route.entity.js';
import type { RouteInput } from './premise.inputs.js';
import type { RouteUpdateInput } from './route.inputs.js';

export const routeList: ListSpec<Route> = {
  entity: Route,
  filters: { id: 'id', code: 'code', cycleId: 'cycle' },
  search: ['code', 'name'],
  orderBy: { CODE: 'code' },
  defaultOrder: 'CODE',
};

export const listRoutes = (em: EntityManager, args: ListArgs) => paginate(em, routeList, args);

const normalizeRouteCode = (code: string) => code.trim().toUpperCase();

/** The route with this code, created on first use (a premise names its route by code). */
export async function findOrCreateRoute(em: EntityManager, code: string): Promise<Route> {
  const normalized = normalizeRouteCode(code);
  const existing = await em.findOne(Route, { code: normalized });
  if (existing) return existing;
  const route = em.create(Route, { code: normalized, name: `Route ${normalized}` });
  await em.flush();
  return route;
}

export async function createRoute(em: EntityManager, input: RouteInput): Promise<Route> {
  const problems = new InputProblems();
  checkRequired(problems, 'code', input.code);
  problems.throwIfAny();
  const code = normalizeRouteCode(input.code);
  if (await em.count(Route, { code })) throw BadUserInput.field('code', `route ${code} exists`);
  const cycle = input.cycleId ? await em.findOne(BillingCycle, { id: input.cycleId }) : null;
  if (input.cycleId && !cycle) throw BadUserInput.field('cycleId', `no billing cycle ${input.cycleId}`);
  const route = em.create(Route, { code, name: input.name?.trim() || `Route ${code}`, cycle });
  await em.flush();
  return route;
}

/** Renames a route or assigns it to a billing cycle (its premises are then read on that cycle's schedule). */
export async function updateRoute(em: EntityManager, id: string, input: RouteUpdateInput): Promise<Route> {
  const route = /^\d{1,18}$/.test(id) ? await em.findOne(Route, { id }) : null;
  if (!route) throw new NotFound('Route', id);
  if (input.name !== undefined && input.name !== null) {
    if (!input.name.trim()) throw BadUserInput.field('name', 'is required');
    route.name = input.name.trim();
  }
  if (input.cycleId !== undefined) {
    const cycle = input.cycleId && /^\d{1,18}$/.test(input.cycleId) ? await em.findOne(BillingCycle, { id: input.cycleId }) : null;
    if (input.cycleId && !cycle) throw BadUserInput.field('cycleId', `no billing cycle ${input.cycleId}`);
    route.cycle = cycle ? em.getReference(BillingCycle, cycle.id, { wrapped: true }) : null;
  }
  await em.flush();
  return route;
}
