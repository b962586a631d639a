import type { EntityManager } from '@mikro-orm/postgresql';
import { Account } from '../accounts/account.entity.js';
import { AccountStatus } from '../accounts/account-status.js';
import { activeInstallation } from '../meters/meter.service.js';
import { Premise } from '../premises/premise.entity.js';
import { MeterReadSource, ReadPurpose } from '../reads/read-enums.js';
import { recordMeterRead } from '../reads/read.service.js';
import { isCalendarDate } from '../shared/dates/index.js';
import { BadUserInput, Conflict, NotFound } from '../shared/graphql/errors.js';
import { nextNumber } from '../shared/orm/numbers.js';
import { paginate, type ListArgs, type ListSpec } from '../shared/orm/paginate.js';
import { clean } from '../shared/validation.js';
import { allowedWorkOrderActions, nextWorkOrderState, type WorkOrderAction } from './core/work-order-status.js';
import { WorkOrderStatus, WorkOrderType } from './work-order-enums.js';
import { WorkOrder } from './work-order.entity.js';
import type { CompleteWorkOrderInput, WorkOrderInput } from './work-order.inputs.js';

export const workOrderList: ListSpec<WorkOrder> = {
  entity: WorkOrder,
  filters: { id: 'id', number: 'number', type: 'type', status: 'status', accountId: 'account', premiseId: 'premise', scheduledFor: 'scheduledFor' },
  search: ['number', 'reason', 'notes'],
  orderBy: { NUMBER: 'number', CREATED_AT: 'createdAt' },
  defaultOrder: 'NUMBER',
};

export const listWorkOrders = (em: EntityManager, args: ListArgs, extra?: object) => paginate(em, workOrderList, args, extra as never);

export async function createWorkOrder(em: EntityManager, input: WorkOrderInput, userId: string | null): Promise<WorkOrder> {
  if (input.scheduledFor && !isCalendarDate(input.scheduledFor)) throw BadUserInput.field('scheduledFor', 'is not a date');
  return em.transactional(async tx => {
    const account = input.accountId ? await tx.findOne(Account, { id: input.accountId }) : null;
    if (input.accountId && !account) throw new NotFound('Account', input.accountId, 'accountId');
    const premiseId = input.premiseId ?? account?.premise.id;
    if (!premiseId) throw BadUserInput.field('premiseId', 'give the premise or the account');
    const premise = await tx.findOne(Premise, { id: premiseId });
    if (!premise) throw new NotFound('Premise', premiseId, 'premiseId');
    if (account && account.premise.id !== premise.id) throw BadUserInput.field('premiseId', 'is not the premise of the account');
    const installation = await activeInstallation(tx, { premise: premise.id });
    const order = tx.create(WorkOrder, {
      number: await nextNumber(tx, 'work_order_number_seq', 6, 'WO'),
      type: input.type, account, premise, meter: installation?.meter ?? null,
      reason: clean(input.reason), scheduledFor: input.scheduledFor ?? null, notes: clean(input.notes), createdBy: userId,
    });
    await tx.flush();
    return order;
  });
}

async function transition(em: EntityManager, id: string, action: WorkOrderAction): Promise<WorkOrder> {
  const order = await em.findOne(WorkOrder, { id });
  if (!order) throw new NotFound('Work order', id);
  const next = nextWorkOrderState(order.status, action);
  if (!next) {
    throw new Conflict(`work order ${order.number} is ${order.status}: cannot ${action} (allowed: ${allowedWorkOrderActions(order.status).join(', ') || 'none'})`);
  }
  order.status = next as WorkOrderStatus;
  return order;
}

export async function moveWorkOrder(em: EntityManager, id: string, action: Exclude<WorkOrderAction, 'complete'>): Promise<WorkOrder> {
  return em.transactional(async tx => {
    const order = await transition(tx, id, action);
    await tx.flush();
    return order;
  });
}

const NEEDS_READ = new Set([WorkOrderType.TURN_ON, WorkOrderType.RE_READ]);

/**
 * Completes a work order and causes its effect (billing-rules.md): a TURN_ON records the turn-on
 * read and activates the pending account; a RE_READ records the check read.
 */
export async function completeWorkOrder(em: EntityManager, input: CompleteWorkOrderInput, userId: string | null): Promise<WorkOrder> {
  if (!isCalendarDate(input.completedOn)) throw BadUserInput.field('completedOn', 'is not a date');
  return em.transactional(async tx => {
    const order = await transition(tx, input.id, 'complete');
    if (NEEDS_READ.has(order.type)) {
      if (!input.readValue) throw BadUserInput.field('readValue', `a ${order.type} needs the register reading`);
      if (!order.meter) throw new Conflict(`no meter is installed at the premise of ${order.number}`);
      const read = await recordMeterRead(
        tx,
        { meterId: order.meter.id, readOn: input.completedOn, value: input.readValue, source: MeterReadSource.FIELD,
          purpose: order.type === WorkOrderType.RE_READ ? ReadPurpose.CHECK : ReadPurpose.CYCLE, note: `Work order ${order.number}` },
        userId,
      );
      order.result = { readId: read.id, readValue: input.readValue, readOn: input.completedOn };
    }
    if (order.type === WorkOrderType.TURN_ON && order.account) {
      const account = await tx.findOneOrFail(Account, { id: order.account.id });
      if (account.status === AccountStatus.PENDING) {
        account.status = AccountStatus.ACTIVE;
        // Service (and its first period) starts on the day the water was turned on.
        if (input.completedOn > account.startDate) account.startDate = input.completedOn;
      }
    }
    order.completedAt = new Date(`${input.completedOn}T12:00:00Z`);
    if (input.notes) order.notes = [order.notes, input.notes.trim()].filter(Boolean).join('\n');
    await tx.flush();
    return order;
  });
}
