import type { EntityManager } from '@mikro-orm/postgresql';
import { BillingCycle } from '../cycles/billing-cycle.entity.js';
import { addDays, isCalendarDate } from '../shared/dates/index.js';
import { BadUserInput, Conflict, InputProblems, NotFound } from '../shared/graphql/errors.js';
import { paginate, type ListArgs, type ListSpec } from '../shared/orm/paginate.js';
import { clean } from '../shared/validation.js';
import { ReadSchedule } from './read-schedule.entity.js';
import type { ReadScheduleArgs, ReadScheduleInput } from './route.inputs.js';

/** A read counts for the period when it falls this many days either side of the scheduled date (unless the schedule says otherwise). */
export const DEFAULT_WINDOW_DAYS = 5;

const readScheduleList: ListSpec<ReadSchedule> = {
  entity: ReadSchedule, filters: { readDate: 'readDate', windowEnd: 'windowEnd' }, orderBy: { READ_DATE: 'readDate' }, defaultOrder: 'READ_DATE',
};

const isId = (id: string) => /^\d{1,18}$/.test(id);

export async function createReadSchedule(em: EntityManager, input: ReadScheduleInput): Promise<ReadSchedule> {
  const problems = new InputProblems().check(isCalendarDate(input.readDate), 'readDate', 'is not a date');
  for (const f of ['windowStart', 'windowEnd'] as const) if (input[f]) problems.check(isCalendarDate(input[f]!), f, 'is not a date');
  problems.throwIfAny();
  const windowStart = input.windowStart ?? addDays(input.readDate, -DEFAULT_WINDOW_DAYS);
  const windowEnd = input.windowEnd ?? addDays(input.readDate, DEFAULT_WINDOW_DAYS);
  if (!(windowStart <= input.readDate && input.readDate <= windowEnd)) throw BadUserInput.field('windowStart', 'the window must contain the read date');
  const cycle = isId(input.cycleId) ? await em.findOne(BillingCycle, { id: input.cycleId }) : null;
  if (!cycle) throw new NotFound('Billing cycle', input.cycleId, 'cycleId');
  if (await em.count(ReadSchedule, { cycle: cycle.id, readDate: input.readDate }))
    throw new Conflict(`cycle ${cycle.code} already has a read scheduled on ${input.readDate}`, { field: 'readDate' });
  const schedule = em.create(ReadSchedule, { cycle, readDate: input.readDate, windowStart, windowEnd, note: clean(input.note) });
  await em.flush();
  return schedule;
}

export async function deleteReadSchedule(em: EntityManager, id: string): Promise<boolean> {
  const schedule = isId(id) ? await em.findOne(ReadSchedule, { id }) : null;
  if (!schedule) throw new NotFound('Read schedule', id);
  await em.remove(schedule).flush();
  return true;
}

/** A cycle's scheduled reads between two dates (inclusive), in date order. */
export function listReadSchedule(em: EntityManager, args: ReadScheduleArgs) {
  if (!isId(args.cycleId)) throw new NotFound('Billing cycle', args.cycleId, 'cycleId');
  const range: Record<string, string> = {};
  if (args.from) range.$gte = args.from;
  if (args.to) range.$lte = args.to;
  return paginate(em, readScheduleList, args as ListArgs, { cycle: args.cycleId, ...(args.from || args.to ? { readDate: range } : {}) });
}

/** The cycle's next scheduled read on or after a date (the default read date of a handheld route file). */
export async function nextReadDate(em: EntityManager, cycleId: string, onOrAfter: string): Promise<string | null> {
  const next = await em.findOne(ReadSchedule, { cycle: cycleId, readDate: { $gte: onOrAfter } }, { orderBy: { readDate: 'asc' } });
  return next?.readDate ?? null;
}
