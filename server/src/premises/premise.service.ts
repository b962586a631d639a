import type { EntityManager } from '@mikro-orm/postgresql';
import { dec } from '../shared/money/index.js';
import { InputProblems, NotFound } from '../shared/graphql/errors.js';
import { paginate, type ListArgs, type ListSpec } from '../shared/orm/paginate.js';
import { checkRequired } from '../shared/validation.js';
import { Premise } from './premise.entity.js';
import type { PremiseInput, PremiseUpdateInput } from './premise.inputs.js';
import { findOrCreateRoute } from './route.service.js';
import { Route } from './route.entity.js';

export const premiseList: ListSpec<Premise> = {
  entity: Premise,
  filters: {
    id: 'id', address: 'address', city: 'city', zip: 'zip', routeCode: 'route.code', routeId: 'route',
    sequence: 'sequence', insideCityLimits: 'insideCityLimits', createdAt: 'createdAt',
  },
  search: ['address', 'city', 'zip'],
  orderBy: { ADDRESS: 'address', ROUTE_CODE: 'route.code', SEQUENCE: 'sequence', CREATED_AT: 'createdAt' },
  defaultOrder: 'ADDRESS',
};

export const listPremises = (em: EntityManager, args: ListArgs) => paginate(em, premiseList, args);

function checkPremise(input: PremiseInput | PremiseUpdateInput, creating: boolean): void {
  const problems = new InputProblems();
  for (const field of ['address', 'city', 'state', 'zip'] as const) {
    if (creating || input[field] !== undefined) checkRequired(problems, field, input[field]);
  }
  if (input.state) problems.check(/^[A-Za-z]{2}$/.test(input.state.trim()), 'state', 'must be a two-letter state code');
  if (input.zip) problems.check(/^\d{5}(-?\d{4})?$/.test(input.zip.trim()), 'zip', 'must be a 5-digit or ZIP+4 code');
  if (input.latitude) problems.check(dec(input.latitude).abs().lte(90), 'latitude', 'must be between -90 and 90');
  if (input.longitude) problems.check(dec(input.longitude).abs().lte(180), 'longitude', 'must be between -180 and 180');
  if (Boolean(input.latitude) !== Boolean(input.longitude) && creating) problems.add(input.latitude ? 'longitude' : 'latitude', 'give both latitude and longitude, or neither');
  if (input.sequence !== undefined && input.sequence !== null) {
    problems.check(input.sequence >= 0, 'sequence', 'must not be negative');
    if (creating) problems.check(Boolean(input.routeCode?.trim()), 'routeCode', 'a read sequence needs a route');
  }
  problems.throwIfAny();
}

export async function createPremise(em: EntityManager, input: PremiseInput): Promise<Premise> {
  checkPremise(input, true);
  return em.transactional(async tx => {
    const route = input.routeCode?.trim() ? await findOrCreateRoute(tx, input.routeCode) : null;
    const premise = tx.create(Premise, {
      address: input.address.trim(),
      city: input.city.trim(),
      state: input.state.trim().toUpperCase(),
      zip: input.zip.trim(),
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
      route,
      sequence: input.sequence ?? null,
      insideCityLimits: input.insideCityLimits ?? true,
    });
    await tx.flush();
    return premise;
  });
}

export async function getPremise(em: EntityManager, id: string, field = 'id'): Promise<Premise> {
  const premise = await em.findOne(Premise, { id });
  if (!premise) throw new NotFound('Premise', id, field);
  return premise;
}

export async function updatePremise(em: EntityManager, id: string, input: PremiseUpdateInput): Promise<Premise> {
  checkPremise(input, false);
  return em.transactional(async tx => {
    const premise = await getPremise(tx, id);
    if (input.address) premise.address = input.address.trim();
    if (input.city) premise.city = input.city.trim();
    if (input.state) premise.state = input.state.trim().toUpperCase();
    if (input.zip) premise.zip = input.zip.trim();
    if (input.latitude !== undefined) premise.latitude = input.latitude ?? null;
    if (input.longitude !== undefined) premise.longitude = input.longitude ?? null;
    if (input.routeCode !== undefined) {
      const route = input.routeCode?.trim() ? await findOrCreateRoute(tx, input.routeCode) : null;
      premise.route = route ? tx.getReference(Route, route.id, { wrapped: true }) : null;
    }
    if (input.sequence !== undefined) premise.sequence = input.sequence ?? null;
    if (input.insideCityLimits !== undefined && input.insideCityLimits !== null) premise.insideCityLimits = input.insideCityLimits;
    await tx.flush();
    return premise;
  });
}
