import { LockMode } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInput, NotFound } from '../shared/graphql/errors.js';
import { evenSequences, slotAfter } from './core/route-sequence.js';
import { Premise } from './premise.entity.js';
import type { MovePremiseInRouteInput, ResequenceRouteInput } from './route.inputs.js';
import { Route } from './route.entity.js';

const isId = (id: string) => /^\d{1,18}$/.test(id);

async function routeByCode(em: EntityManager, code: string): Promise<Route> {
  const route = await em.findOne(Route, { code: code.trim().toUpperCase() });
  if (!route) throw new NotFound('Route', code, 'routeCode');
  return route;
}

async function apply(em: EntityManager, route: Route, changes: { id: string; sequence: number }[]): Promise<void> {
  const premises = await em.find(Premise, { id: { $in: changes.map(c => c.id) } });
  const byId = new Map(premises.map(p => [p.id, p]));
  for (const c of changes) Object.assign(byId.get(c.id)!, { route: em.getReference(Route, route.id, { wrapped: true }), sequence: c.sequence });
}

/**
 * The given order becomes the route's read order, numbered 10, 20, 30 … Every premise now on the
 * route must be listed (none is dropped by accident); a premise of another route is moved onto it.
 */
export async function resequenceRoute(em: EntityManager, input: ResequenceRouteInput): Promise<Route> {
  return em.transactional(async tx => {
    const route = await routeByCode(tx, input.routeCode);
    await tx.lock(route, LockMode.PESSIMISTIC_WRITE); // one renumbering of a route at a time
    const ids = input.premiseIds;
    if (new Set(ids).size !== ids.length) throw BadUserInput.field('premiseIds', 'lists a premise twice');
    const found = ids.every(isId) ? await tx.find(Premise, { id: { $in: ids } }) : [];
    const unknown = ids.filter(id => !found.some(p => p.id === id));
    if (unknown.length) throw BadUserInput.field('premiseIds', `no premise ${unknown.join(', ')}`);
    const onRoute = await tx.find(Premise, { route: route.id });
    const missing = onRoute.filter(p => !ids.includes(p.id)).map(p => p.id);
    if (missing.length) throw BadUserInput.field('premiseIds', `premises ${missing.join(', ')} are on route ${route.code} but not listed`);
    await apply(tx, route, evenSequences(ids));
    await tx.flush();
    return route;
  });
}

/** Reads `premiseId` right after `afterPremiseId` (first when null) on that premise's route. */
export async function movePremiseInRoute(em: EntityManager, input: MovePremiseInRouteInput): Promise<Premise> {
  return em.transactional(async tx => {
    const premise = isId(input.premiseId) ? await tx.findOne(Premise, { id: input.premiseId }) : null;
    if (!premise) throw new NotFound('Premise', input.premiseId, 'premiseId');
    const after = input.afterPremiseId ? (isId(input.afterPremiseId) ? await tx.findOne(Premise, { id: input.afterPremiseId }) : null) : null;
    if (input.afterPremiseId && !after) throw new NotFound('Premise', input.afterPremiseId, 'afterPremiseId');
    if (after && !after.route) throw BadUserInput.field('afterPremiseId', 'is on no route');
    const routeId = after?.route?.id ?? premise.route?.id;
    if (!routeId) throw BadUserInput.field('premiseId', 'is on no route: name the premise it follows');
    if (after?.id === premise.id) throw BadUserInput.field('afterPremiseId', 'is the premise being moved');
    const route = await tx.findOneOrFail(Route, { id: routeId });
    await tx.lock(route, LockMode.PESSIMISTIC_WRITE); // two new taps never get one number
    const current = await tx.find(Premise, { route: route.id }, { orderBy: [{ sequence: 'asc' }, { id: 'asc' }] });
    await apply(tx, route, slotAfter(current.map(p => ({ id: p.id, sequence: p.sequence })), premise.id, after?.id ?? null));
    await tx.flush();
    return premise;
  });
}
