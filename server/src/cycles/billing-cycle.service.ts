import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInput, InputProblems, NotFound } from '../shared/graphql/errors.js';
import { paginate, type ListArgs, type ListSpec } from '../shared/orm/paginate.js';
import { checkRequired } from '../shared/validation.js';
import { BillingCycle } from './billing-cycle.entity.js';
import type { BillingCycleInput, BillingCycleUpdateInput } from './billing-cycle.inputs.js';

export const billingCycleList: ListSpec<BillingCycle> = {
  entity: BillingCycle,
  filters: { id: 'id', code: 'code', name: 'name', standardDays: 'standardDays' },
  search: ['code', 'name'],
  orderBy: { CODE: 'code', NAME: 'name' },
  defaultOrder: 'CODE',
};

export const listBillingCycles = (em: EntityManager, args: ListArgs) => paginate(em, billingCycleList, args);

function checkDays(problems: InputProblems, input: { standardDays?: number | null; dueDays?: number | null }): void {
  if (input.standardDays !== undefined && input.standardDays !== null)
    problems.check(input.standardDays >= 7 && input.standardDays <= 366, 'standardDays', 'must be between 7 and 366 days');
  if (input.dueDays !== undefined && input.dueDays !== null)
    problems.check(input.dueDays >= 0 && input.dueDays <= 90, 'dueDays', 'must be between 0 and 90 days');
}

export async function createBillingCycle(em: EntityManager, input: BillingCycleInput): Promise<BillingCycle> {
  const problems = new InputProblems();
  checkRequired(problems, 'code', input.code);
  checkRequired(problems, 'name', input.name);
  checkDays(problems, input);
  problems.throwIfAny();
  const code = input.code.trim().toUpperCase();
  if (await em.count(BillingCycle, { code })) throw BadUserInput.field('code', `a cycle ${code} exists`);
  const cycle = em.create(BillingCycle, { code, name: input.name.trim(), standardDays: input.standardDays, dueDays: input.dueDays ?? 20 });
  await em.flush();
  return cycle;
}

export async function getBillingCycle(em: EntityManager, id: string, field = 'id'): Promise<BillingCycle> {
  const cycle = await em.findOne(BillingCycle, { id });
  if (!cycle) throw new NotFound('Billing cycle', id, field);
  return cycle;
}

export async function updateBillingCycle(em: EntityManager, id: string, input: BillingCycleUpdateInput): Promise<BillingCycle> {
  const problems = new InputProblems();
  if (input.name !== undefined) checkRequired(problems, 'name', input.name);
  checkDays(problems, input);
  problems.throwIfAny();
  const cycle = await getBillingCycle(em, id);
  if (input.name) cycle.name = input.name.trim();
  if (input.standardDays) cycle.standardDays = input.standardDays;
  if (input.dueDays !== undefined && input.dueDays !== null) cycle.dueDays = input.dueDays;
  await em.flush();
  return cycle;
}
