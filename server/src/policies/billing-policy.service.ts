import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { CustomerClass } from '../customers/customer-class.js';
import { one, type Db } from '../ledger/sql.js';
import { InputProblems } from '../shared/graphql/errors.js';
import { dec, type Dec, ZERO } from '../shared/money/index.js';
import { BillingPolicy } from './billing-policy.entity.js';
import type { BillingPolicyInput } from './billing-policy.inputs.js';

/** The policy as the money code uses it: decimals, not text. */
export interface LoadedBillingPolicy {
  readonly lateFeePercent: Dec;
  readonly lateFeeFlat: Dec;
  readonly lateFeeGraceDays: number;
  readonly returnedPaymentFee: Dec;
  readonly reconnectFee: Dec;
  readonly cutoffMinimumPastDue: Dec;
  readonly cutoffDaysPastDue: number;
  readonly leakMinRatio: Dec;
  readonly leakOnceInMonths: number;
  readonly leakBaselinePeriods: number;
  readonly leakExcessShare: Dec;
  readonly leakExcessRate: Dec;
  readonly leakCreditSewerOnExcess: boolean;
  readonly adjustmentApprovalAbove: Dec;
  readonly depositByClass: Readonly<Record<string, Dec>>;
}

const DECIMALS = ['lateFeePercent', 'lateFeeFlat', 'returnedPaymentFee', 'reconnectFee', 'cutoffMinimumPastDue', 'leakMinRatio', 'leakExcessShare', 'leakExcessRate', 'adjustmentApprovalAbove'] as const;
const INTEGERS = ['lateFeeGraceDays', 'cutoffDaysPastDue', 'leakOnceInMonths', 'leakBaselinePeriods'] as const;
const LETTERHEAD = ['utilityName', 'remitTo', 'utilityPhone', 'utilityWeb'] as const;
const COLUMNS = [...DECIMALS, ...INTEGERS, 'leakCreditSewerOnExcess', 'depositByClass'] as const;
const snake = (name: string) => name.replace(/[A-Z]/g, c => `_${c.toLowerCase()}`);

/**
 * The one billing policy row, from a pg client (inside a money transaction) or an EntityManager.
 * The migration creates the row, so it always exists.
 */
export async function loadBillingPolicy(db: Db): Promise<LoadedBillingPolicy> {
  const select = COLUMNS.map(c => `${snake(c)}${DECIMALS.includes(c as never) ? '::text' : ''} as "${c}"`).join(', ');
  const row = await one<Record<string, any>>(db, `select ${select} from billing_policy where id = 1`);
  if (!row) throw new Error('billing_policy row 1 is missing (run the migrations)');
  const policy: Record<string, unknown> = { ...row };
  for (const c of DECIMALS) policy[c] = dec(row[c]);
  policy.depositByClass = Object.fromEntries(Object.entries(row.depositByClass as Record<string, string>).map(([k, v]) => [k, dec(v)]));
  return policy as unknown as LoadedBillingPolicy;
}

/** The deposit a new account of this class owes (billing-rules.md "Deposits"); 0 when none is set. */
export function depositForClass(policy: LoadedBillingPolicy, customerClass: CustomerClass): Dec {
  return policy.depositByClass[customerClass] ?? ZERO;
}

function checkPolicy(input: BillingPolicyInput): void {
  const problems = new InputProblems();
  for (const c of DECIMALS) {
    const value = input[c];
    if (value !== undefined && value !== null) problems.check(!dec(value).isNegative(), c, 'must not be negative');
  }
  for (const c of INTEGERS) {
    const value = input[c];
    if (value !== undefined && value !== null) problems.check(value >= 0 && value <= 3650, c, 'must be between 0 and 3650');
  }
  if (input.leakBaselinePeriods !== undefined && input.leakBaselinePeriods !== null) problems.check(input.leakBaselinePeriods >= 1, 'leakBaselinePeriods', 'must be at least 1');
  if (input.leakExcessShare != null) problems.check(dec(input.leakExcessShare).lte(1), 'leakExcessShare', 'is a fraction between 0 and 1');
  if (input.utilityName != null) problems.check(input.utilityName.trim().length > 0 && input.utilityName.length <= 80, 'utilityName', 'is 1 to 80 characters');
  if (input.remitTo != null) {
    problems.check(input.remitTo.length >= 1 && input.remitTo.length <= 4, 'remitTo', 'is 1 to 4 lines');
    input.remitTo.forEach((line, i) => problems.check(line.length <= 60, `remitTo[${i}]`, 'is at most 60 characters'));
  }
  for (const c of ['utilityPhone', 'utilityWeb'] as const) if (input[c] != null) problems.check(input[c]!.length <= 80, c, 'is at most 80 characters');
  (input.depositByClass ?? []).forEach((d, i) => problems.check(!dec(d.amount).isNegative(), `depositByClass[${i}].amount`, 'must not be negative'));
  problems.throwIfAny();
}

export async function getBillingPolicy(em: EntityManager): Promise<BillingPolicy> {
  return em.findOneOrFail(BillingPolicy, { id: 1 });
}

/** updateBillingPolicy: omitted fields stay; the row trigger audits the values before and after. */
export async function updateBillingPolicy(em: EntityManager, input: BillingPolicyInput, userId: string | null): Promise<BillingPolicy> {
  checkPolicy(input);
  return em.transactional(async tx => {
    const policy = await tx.findOneOrFail(BillingPolicy, { id: 1 }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const target = policy as unknown as Record<string, unknown>;
    for (const c of [...DECIMALS, ...INTEGERS, ...LETTERHEAD, 'leakCreditSewerOnExcess'] as const) {
      const value = input[c];
      if (value !== undefined && value !== null) target[c] = value;
    }
    if (input.depositByClass?.length) {
      const deposits = { ...policy.depositByClass };
      for (const d of input.depositByClass) deposits[d.customerClass] = dec(d.amount).toFixed(2);
      policy.depositByClass = deposits;
    }
    policy.updatedAt = new Date();
    policy.updatedBy = userId;
    await tx.flush();
    return policy;
  });
}

export const ALL_CLASSES = Object.values(CustomerClass);
