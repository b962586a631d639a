import type { EntityManager } from '@mikro-orm/postgresql';
import { InputProblems } from '../shared/graphql/errors.js';
import { paginate, type ListArgs, type ListSpec } from '../shared/orm/paginate.js';
import { AdjustmentReason } from './adjustment-reason.entity.js';
import type { AdjustmentReasonInput } from './adjustment.inputs.js';

export const reasonList: ListSpec<AdjustmentReason> = {
  entity: AdjustmentReason,
  filters: {},
  search: ['id', 'description'],
  orderBy: { CODE: 'id' },
  defaultOrder: 'CODE',
};
export const listReasons = (em: EntityManager, args: ListArgs) => paginate(em, reasonList, args);

/** Adds or changes a reason code (ADMIN); codes are never deleted, only made inactive. Audited by trigger. */
export async function saveAdjustmentReason(em: EntityManager, input: AdjustmentReasonInput): Promise<AdjustmentReason> {
  const code = input.code.trim().toUpperCase();
  const problems = new InputProblems();
  problems.check(/^[A-Z][A-Z0-9_]{1,39}$/.test(code), 'code', 'letters, digits and underscores, e.g. METER_ERROR');
  problems.check(Boolean(input.description.trim()), 'description', 'is required');
  problems.throwIfAny();
  return em.transactional(async tx => {
    const reason = (await tx.findOne(AdjustmentReason, { id: code })) ?? tx.create(AdjustmentReason, { id: code, description: '' });
    reason.description = input.description.trim();
    if (input.active !== undefined && input.active !== null) reason.active = input.active;
    if (input.glSource !== undefined) reason.glSource = input.glSource?.trim().toUpperCase() || null;
    await tx.flush();
    return reason;
  });
}
