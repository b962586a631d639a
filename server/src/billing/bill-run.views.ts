import type pg from 'pg';
import { moneyText, type Dec } from '../shared/money/index.js';
import type { RegisterChange, RegisterTotal } from './core/billing-register.js';
import type { BillRun } from './bill-run.entity.js';
import type { BillRunProgress, BillingRegisterView, RegisterChangeLine, RegisterLine } from './bill-run.types.js';
import { registerWithComparison } from './register.service.js';

/** Progress of a calculation: done / total, accounts per second, seconds left. */
export function progressOf(run: BillRun, now: Date): BillRunProgress {
  const done = run.doneAccounts;
  const total = run.totalAccounts;
  const since = run.calcStartedAt ? ((run.calcFinishedAt ?? now).getTime() - run.calcStartedAt.getTime()) / 1000 : 0;
  const rate = since > 0 ? Math.round((done / since) * 10) / 10 : 0;
  const secondsLeft = run.status === 'CALCULATING' && rate > 0 ? Math.ceil((total - done) / rate) : run.status === 'CALCULATING' ? null : 0;
  return { done, total, rate, secondsLeft };
}

const line = (t: RegisterTotal): RegisterLine => ({ key: t.key, bills: t.bills, amount: moneyText(t.amount), usage: t.usageGallons.toFixed(3) });
const text = (d: Dec) => d.toFixed();
const change = (c: RegisterChange): RegisterChangeLine => ({ key: c.key, current: text(c.current), previous: text(c.previous), difference: text(c.difference), percent: c.percent ? text(c.percent) : null });

export async function registerView(pool: pg.Pool, runId: string): Promise<BillingRegisterView> {
  const { current, previousRunId, comparison } = await registerWithComparison(pool, runId);
  return {
    total: line(current.total),
    byService: current.byService.map(line),
    bySchedule: current.bySchedule.map(line),
    byCycle: current.byCycle.map(line),
    previousRunId,
    amountChangeByService: comparison.amount.byService.map(change),
    amountChange: change(comparison.amount.total),
    usageChange: change(comparison.usageGallons.total),
    billCountChange: change(comparison.bills),
  };
}
