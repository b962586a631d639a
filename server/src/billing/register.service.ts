import type pg from 'pg';
import { dec, ZERO } from '../shared/money/index.js';
import { SERVICE_TOTAL } from './calculation/calculate-run.js';
import { compareRegisters, type BillingRegister, type RegisterTotal } from './core/billing-register.js';

const totals = (rows: { key: string; bills: string; usage: string; amount: string }[]): RegisterTotal[] =>
  rows.map(r => ({ key: r.key, bills: Number(r.bills), usageGallons: dec(r.usage), amount: dec(r.amount) }));

/**
 * A run's billing register from its per-chunk rows (bill_run_register), summed exactly in SQL:
 * totals by rate schedule and by service (its SERVICE_TOTAL rows: a bill counts once in a service),
 * the cycle's total, and the run's bill count.
 */
export async function loadRegister(pool: pg.Pool, runId: string): Promise<BillingRegister> {
  const [bySchedule, byService, run] = await Promise.all([
    pool.query(`select schedule_code key, sum(bills)::text bills, sum(usage)::text usage, sum(amount)::text amount
      from bill_run_register where run_id = $1 and schedule_code <> $2 group by schedule_code order by 1`, [runId, SERVICE_TOTAL]),
    pool.query(`select service key, sum(bills)::text bills, sum(usage)::text usage, sum(amount)::text amount
      from bill_run_register where run_id = $1 and schedule_code = $2 group by service order by 1`, [runId, SERVICE_TOTAL]),
    pool.query(`select coalesce(c.code, 'OFF-CYCLE') cycle, r.bill_count, r.total::text,
        (select coalesce(sum(usage), 0)::text from bill where run_id = r.id) usage
      from bill_run r left join billing_cycle c on c.id = r.cycle_id where r.id = $1`, [runId]),
  ]);
  const r = run.rows[0];
  const total: RegisterTotal = { key: 'TOTAL', bills: r?.bill_count ?? 0, amount: dec(r?.total ?? '0'), usageGallons: dec(r?.usage ?? '0') };
  return { total, byService: totals(byService.rows), bySchedule: totals(bySchedule.rows), byCycle: r ? [{ ...total, key: r.cycle }] : [] };
}

/** The previous posted run of the same cycle, for the comparison a supervisor makes before approving. */
export async function previousRunId(pool: pg.Pool, runId: string): Promise<string | null> {
  const row = (await pool.query(`select p.id::text from bill_run r join bill_run p on p.cycle_id = r.cycle_id and p.bill_date < r.bill_date
    where r.id = $1 and p.status in ('POSTED', 'EXPORTED') and p.kind = 'CYCLE' order by p.bill_date desc limit 1`, [runId])).rows[0];
  return row?.id ?? null;
}

export async function registerWithComparison(pool: pg.Pool, runId: string) {
  const current = await loadRegister(pool, runId);
  const previousId = await previousRunId(pool, runId);
  const previous = previousId ? await loadRegister(pool, previousId) : { total: { key: 'TOTAL', bills: 0, amount: ZERO, usageGallons: ZERO }, byService: [], bySchedule: [], byCycle: [] };
  return { current, previousRunId: previousId, comparison: compareRegisters(current, previous) };
}
