import type { EntityManager } from '@mikro-orm/postgresql';
import { Customer } from '../customers/customer.entity.js';
import { BillingCycle } from '../cycles/billing-cycle.entity.js';
import { activeInstallation } from '../meters/meter.service.js';
import { Premise } from '../premises/premise.entity.js';
import { RateSchedule } from '../rating/rate-schedule.entity.js';
import { MeterRead } from '../reads/meter-read.entity.js';
import { MeterReadStatus } from '../reads/read-enums.js';
import { isCalendarDate } from '../shared/dates/index.js';
import { BadUserInput, Conflict, InputProblems, NotFound } from '../shared/graphql/errors.js';
import { dec, isMoneyText, moneyText } from '../shared/money/index.js';
import { depositForClass, loadBillingPolicy } from '../policies/billing-policy.service.js';
import { nextNumber } from '../shared/orm/numbers.js';
import { paginate, type ListArgs, type ListSpec } from '../shared/orm/paginate.js';
import { WorkOrderType } from '../workorders/work-order-enums.js';
import { createWorkOrder } from '../workorders/work-order.service.js';
import { AccountStatus } from './account-status.js';
import { Account } from './account.entity.js';
import type { AccountUpdateInput, StartServiceInput } from './account.inputs.js';

export const accountList: ListSpec<Account> = {
  entity: Account,
  filters: {
    id: 'id', number: 'number', status: 'status', customerId: 'customer', premiseId: 'premise', cycleId: 'cycle',
    customerName: 'customer.name', serviceAddress: 'premise.address', startDate: 'startDate', paperless: 'paperless',
  },
  search: ['number'],
  orderBy: { NUMBER: 'number', START_DATE: 'startDate', CREATED_AT: 'createdAt' },
  defaultOrder: 'NUMBER',
};

export const listAccounts = (em: EntityManager, args: ListArgs, customerId?: string) =>
  paginate(em, accountList, args, customerId ? { customer: customerId } : undefined);

/** Rate schedule codes must name schedules in effect on the date, one schedule per code. */
export async function checkRateCodes(em: EntityManager, codes: string[], onDate: string, field = 'rateScheduleCodes'): Promise<string[]> {
  const normalized = [...new Set(codes.map(c => c.trim().toUpperCase()).filter(Boolean))];
  if (!normalized.length) throw BadUserInput.field(field, 'at least one rate schedule code is required');
  const versions = await em.find(RateSchedule, { code: { $in: normalized }, effectiveFrom: { $lte: onDate } });
  const live = new Set(versions.filter(v => !v.retiredOn || v.retiredOn > onDate).map(v => v.code));
  const missing = normalized.filter(c => !live.has(c));
  if (missing.length) throw BadUserInput.field(field, `no rate schedule in effect on ${onDate}: ${missing.join(', ')}`);
  return normalized;
}

function checkStart(input: StartServiceInput): void {
  const problems = new InputProblems()
    .check(isCalendarDate(input.startDate), 'startDate', 'is not a date')
    .check((input.dwellingUnits ?? 1) >= 1 && (input.dwellingUnits ?? 1) <= 10_000, 'dwellingUnits', 'must be at least 1');
  if (input.depositAmount !== undefined && input.depositAmount !== null)
    problems.check(isMoneyText(input.depositAmount) && !dec(input.depositAmount).isNegative(), 'depositAmount', 'must be an amount of money, not negative');
  problems.throwIfAny();
}

async function findOrFail<T extends object>(em: EntityManager, entity: new () => T, label: string, id: string, field: string): Promise<T> {
  const row = await em.findOne(entity, { id } as never);
  if (!row) throw new NotFound(label, id, field);
  return row as T;
}

/**
 * Starts service (billing-rules.md "Service lifecycle"): ACTIVE at once when the premise's meter has
 * a read on the start date (an installation's initial read counts), otherwise PENDING with a
 * TURN_ON work order that activates the account when it is completed with a read.
 */
export async function startService(em: EntityManager, input: StartServiceInput, userId: string | null): Promise<Account> {
  checkStart(input);
  return em.transactional(async tx => {
    const customer = await findOrFail(tx, Customer, 'Customer', input.customerId, 'customerId');
    const premise = await findOrFail(tx, Premise, 'Premise', input.premiseId, 'premiseId');
    const cycle = await findOrFail(tx, BillingCycle, 'Billing cycle', input.cycleId, 'cycleId');
    const codes = await checkRateCodes(tx, input.rateScheduleCodes, input.startDate);
    const occupied = await tx.findOne(Account, {
      premise: premise.id,
      status: { $in: [AccountStatus.PENDING, AccountStatus.ACTIVE] },
      $or: [{ stopDate: null }, { stopDate: { $gte: input.startDate } }],
    });
    if (occupied) throw new Conflict(`premise ${premise.address} is served by account ${occupied.number}; stop that service first`, { field: 'premiseId' });

    const installation = await activeInstallation(tx, { premise: premise.id });
    const readOnStart = installation
      ? await tx.count(MeterRead, { meter: installation.meter.id, readOn: input.startDate, status: MeterReadStatus.VALID })
      : 0;
    const account = tx.create(Account, {
      number: await nextNumber(tx, 'account_number_seq', 7),
      customer, premise, cycle,
      status: readOnStart ? AccountStatus.ACTIVE : AccountStatus.PENDING,
      startDate: input.startDate,
      rateScheduleCodes: codes,
      dwellingUnits: input.dwellingUnits ?? 1,
      depositAmount: input.depositAmount ?? moneyText(depositForClass(await loadBillingPolicy(tx), customer.customerClass)),
      paperless: input.paperless ?? false,
    });
    await tx.flush();
    if (account.status === AccountStatus.PENDING) {
      await createWorkOrder(tx, { type: WorkOrderType.TURN_ON, accountId: account.id, premiseId: premise.id, scheduledFor: input.startDate,
        reason: 'Start of service: turn on and read the meter' }, userId);
    }
    return account;
  });
}

export async function getAccount(em: EntityManager, where: { id?: string | null; number?: string | null }): Promise<Account | null> {
  if (where.id) return em.findOne(Account, { id: where.id });
  if (where.number) return em.findOne(Account, { number: where.number.trim() });
  throw BadUserInput.field('id', 'give the account id or number');
}

export async function updateAccount(em: EntityManager, id: string, input: AccountUpdateInput, today: string): Promise<Account> {
  if (input.dwellingUnits !== undefined && input.dwellingUnits !== null && input.dwellingUnits < 1)
    throw BadUserInput.field('dwellingUnits', 'must be at least 1');
  return em.transactional(async tx => {
    const account = await findOrFail(tx, Account, 'Account', id, 'id');
    if (account.status === AccountStatus.CLOSED) throw new Conflict(`account ${account.number} is closed`);
    if (input.rateScheduleCodes) account.rateScheduleCodes = await checkRateCodes(tx, input.rateScheduleCodes, today);
    if (input.dwellingUnits) account.dwellingUnits = input.dwellingUnits;
    if (input.cycleId) account.cycle = tx.getReference(BillingCycle, (await findOrFail(tx, BillingCycle, 'Billing cycle', input.cycleId, 'cycleId')).id, { wrapped: true });
    if (input.paperless !== undefined && input.paperless !== null) account.paperless = input.paperless;
    if (input.penaltyExempt !== undefined && input.penaltyExempt !== null) account.penaltyExempt = input.penaltyExempt;
    await tx.flush();
    return account;
  });
}
