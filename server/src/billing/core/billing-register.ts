import { Dec, dec, HUNDRED, ZERO } from '../../shared/money/index.js';
import type { ServiceType } from '../../ledger/core/types.js';

/** One bill's charges under one rate schedule: the register's input row. */
export interface RegisterRow {
  readonly billId: string;
  readonly service: ServiceType;
  readonly scheduleCode: string;
  readonly cycleCode: string;
  /** Sum of the bill's rounded lines for that schedule (money). */
  readonly amount: Dec;
  /** Billed usage in gallons (null for flat charges: trash, stormwater). */
  readonly usageGallons: Dec | null;
}

export interface RegisterTotal {
  readonly key: string;
  /** Distinct bills with a row under the key. */
  readonly bills: number;
  readonly amount: Dec;
  readonly usageGallons: Dec;
}

export interface BillingRegister {
  readonly total: RegisterTotal;
  readonly byService: readonly RegisterTotal[];
  readonly bySchedule: readonly RegisterTotal[];
  readonly byCycle: readonly RegisterTotal[];
}

/**
 * The billing register of a run (billing-rules.md: "CALCULATED (bills and billing register)"):
 * amount, usage and bill count in total and by service, rate schedule and cycle, keys sorted.
 * Exact sums of already-rounded amounts (totals are sums of rounded lines). Invariant: each
 * grouping's amounts sum to the total amount.
 */
export function billingRegister(rows: readonly RegisterRow[]): BillingRegister {
  return {
    total: totalsBy(rows, () => 'TOTAL')[0] ?? { key: 'TOTAL', bills: 0, amount: ZERO, usageGallons: ZERO },
    byService: totalsBy(rows, r => r.service),
    bySchedule: totalsBy(rows, r => r.scheduleCode),
    byCycle: totalsBy(rows, r => r.cycleCode),
  };
}

function totalsBy(rows: readonly RegisterRow[], keyOf: (row: RegisterRow) => string): RegisterTotal[] {
  const groups = new Map<string, { bills: Set<string>; amount: Dec; usageGallons: Dec }>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key) ?? { bills: new Set<string>(), amount: ZERO, usageGallons: ZERO };
    group.bills.add(row.billId);
    group.amount = group.amount.plus(row.amount);
    group.usageGallons = group.usageGallons.plus(row.usageGallons ?? ZERO);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, g]) => ({ key, bills: g.bills.size, amount: g.amount, usageGallons: g.usageGallons }));
}

export interface RegisterChange {
  readonly key: string;
  readonly current: Dec;
  readonly previous: Dec;
  /** current − previous. */
  readonly difference: Dec;
  /** difference ÷ previous × 100, to 2 decimals half away from zero; null when previous is 0. */
  readonly percent: Dec | null;
}

export interface RegisterComparison {
  readonly amount: { readonly total: RegisterChange; readonly byService: readonly RegisterChange[] };
  readonly usageGallons: { readonly total: RegisterChange; readonly byService: readonly RegisterChange[] };
  readonly bills: RegisterChange;
  readonly bySchedule: readonly RegisterChange[];
  readonly byCycle: readonly RegisterChange[];
}

/**
 * This run's register against the previous period's, the check a supervisor makes before
 * approving: amount, usage and bill count differences, in total and by service, amounts by
 * schedule and cycle. A key present on one side only counts as 0 on the other.
 */
export function compareRegisters(current: BillingRegister, previous: BillingRegister): RegisterComparison {
  const amount = (t: RegisterTotal) => t.amount;
  const usage = (t: RegisterTotal) => t.usageGallons;
  return {
    amount: {
      total: change('TOTAL', current.total.amount, previous.total.amount),
      byService: changes(current.byService, previous.byService, amount),
    },
    usageGallons: {
      total: change('TOTAL', current.total.usageGallons, previous.total.usageGallons),
      byService: changes(current.byService, previous.byService, usage),
    },
    bills: change('BILLS', dec(current.total.bills), dec(previous.total.bills)),
    bySchedule: changes(current.bySchedule, previous.bySchedule, amount),
    byCycle: changes(current.byCycle, previous.byCycle, amount),
  };
}

function changes(
  a: readonly RegisterTotal[],
  b: readonly RegisterTotal[],
  value: (t: RegisterTotal) => Dec,
): RegisterChange[] {
  const keys = [...new Set([...a.map(t => t.key), ...b.map(t => t.key)])].sort();
  const find = (list: readonly RegisterTotal[], key: string) => list.find(t => t.key === key);
  return keys.map(key => {
    const cur = find(a, key);
    const prev = find(b, key);
    return change(key, cur ? value(cur) : ZERO, prev ? value(prev) : ZERO);
  });
}

function change(key: string, current: Dec, previous: Dec): RegisterChange {
  const difference = current.minus(previous);
  const percent = previous.isZero()
    ? null
    : difference.div(previous).times(HUNDRED).toDecimalPlaces(2, Dec.ROUND_HALF_UP);
  return { key, current, previous, difference, percent };
}
