import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { AppServices, SessionUser } from '../../context.js';
import { Meter } from '../../meters/meter.entity.js';
import { BadUserInput, Conflict, NotFound } from '../../shared/graphql/errors.js';
import { clean } from '../../shared/validation.js';
import { WorkOrderType } from '../../workorders/work-order-enums.js';
import { createWorkOrder } from '../../workorders/work-order.service.js';
import { AmiAlertFlag, AmiAlertStatus } from '../read-import-enums.js';
import type { AmiAlertWorkOrderInput } from '../read-import.inputs.js';
import { AmiAlert } from './ami-alert.entity.js';
import { isId } from './queue-lists.js';

const WORK_ORDER_TYPES = [WorkOrderType.LEAK_CHECK, WorkOrderType.INVESTIGATE];

async function openAlert(tx: EntityManager, id: string): Promise<AmiAlert> {
  const alert = isId(id) ? await tx.findOne(AmiAlert, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!alert) throw new NotFound('AMI alert', id);
  if (alert.status !== AmiAlertStatus.OPEN) throw new Conflict(`AMI alert ${id} is already ${alert.status}`, { field: 'id' });
  return alert;
}

/** The clerk saw the alert and decided nothing more is needed (the note says why). */
export async function acknowledgeAmiAlert(app: AppServices, em: EntityManager, id: string, note: string, user: SessionUser): Promise<AmiAlert> {
  if (!clean(note)) throw BadUserInput.field('note', 'say what was found or decided');
  return em.transactional(async tx => {
    const alert = await openAlert(tx, id);
    Object.assign(alert, { status: AmiAlertStatus.ACKNOWLEDGED, note: clean(note), handledBy: user.id, handledAt: app.clock.now() });
    await tx.flush();
    return alert;
  });
}

/**
 * Sends a crew: a LEAK_CHECK for a leak, an INVESTIGATE for reverse flow, tamper, no read or no
 * flow (unless the clerk picks the other), at the premise and account of the alert.
 */
export async function amiAlertWorkOrder(app: AppServices, em: EntityManager, input: AmiAlertWorkOrderInput, user: SessionUser): Promise<AmiAlert> {
  const type = input.type ?? null;
  if (type && !WORK_ORDER_TYPES.includes(type)) throw BadUserInput.field('type', `is ${WORK_ORDER_TYPES.join(' or ')}`);
  return em.transactional(async tx => {
    const alert = await openAlert(tx, input.id);
    if (!alert.premise) throw new Conflict('the meter was not installed at a premise on the read date: no work order can be sent', { field: 'id' });
    const meter = await tx.findOneOrFail(Meter, { id: alert.meter.id });
    const order = await createWorkOrder(tx, {
      type: type ?? (alert.flag === AmiAlertFlag.LEAK ? WorkOrderType.LEAK_CHECK : WorkOrderType.INVESTIGATE),
      premiseId: alert.premise.id,
      accountId: alert.account?.id,
      reason: `AMI alert ${alert.flag} on meter ${meter.serialNumber}, read ${alert.readOn}`,
      scheduledFor: input.scheduledFor,
      notes: clean(input.note) ?? undefined,
    }, user.id);
    Object.assign(alert, { status: AmiAlertStatus.WORK_ORDER, workOrderId: order.id, note: clean(input.note), handledBy: user.id, handledAt: app.clock.now() });
    await tx.flush();
    return alert;
  });
}
