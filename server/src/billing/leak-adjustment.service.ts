import type pg from 'pg';
import type { AppServices, SessionUser } from '../context.js';
import { createAdjustmentWith } from '../adjustments/adjustment.service.js';
import { loadBillingPolicy } from '../policies/billing-policy.service.js';
import { leakAdjustment, type ChargesByService } from '../rating/core/leak-adjustment.js';
import { rateCharges } from '../rating/core/rate-charges.js';
import type { ServiceType, VolumeUnit } from '../rating/core/types.js';
import { loadCompiledSchedules } from '../rating/rate-schedule.service.js';
import { addMonths } from '../shared/dates/index.js';
import { withTransaction } from '../shared/db/transaction.js';
import { BadUserInput, Conflict, NotFound } from '../shared/graphql/errors.js';
import { dec, moneyText, ZERO, type Dec } from '../shared/money/index.js';
import type { StoredLine } from '../rating/line-json.js';

interface LeakBill {
  id: string; account_id: string; period_start: string; period_end: string; days: number; usage: string; kind: string;
  bill_date: string; lines: StoredLine[]; reads: { meterId: string }[]; dwelling_units: number; standard_days: number; posted: boolean;
}

const PARTIAL = new Set(['MOVE_IN', 'FINAL', 'OFF_CYCLE']);

/**
 * A leak adjustment on a posted bill by the billing policy (billing-rules.md "Adjustments"): the
 * baseline is the average daily usage of the prior bills × the bill's days; the bill is re-rated by
 * its own schedules (the rating core, as of its bill date) at baseline + excessShare × excess, plus
 * the rest of the excess at excessRate; the credit posts as LEAK adjustments by service, through
 * the approval rule of every adjustment. Once in `leakOnceInMonths` months per account.
 */
export async function applyLeakAdjustment(app: AppServices, input: { billId: string; note: string }, actor: SessionUser): Promise<string> {
  if (!input.note?.trim()) throw BadUserInput.field('note', 'say what was repaired and how it was confirmed');
  return withTransaction(app.pool, async client => {
    const bill = await loadBill(client, input.billId);
    const policy = await loadBillingPolicy(client);
    const since = addMonths(bill.bill_date, -policy.leakOnceInMonths);
    const earlier = (await client.query(`select id from adjustment where account_id = $1 and reason_code = 'LEAK' and status <> 'REJECTED'
      and created_at >= $2::date`, [bill.account_id, since])).rows;
    if (earlier.length) throw new Conflict(`the account had a leak adjustment since ${since} (one every ${policy.leakOnceInMonths} months)`, { field: 'billId' });
    const prior = (await client.query(`select b.days, b.usage::text from bill b join bill_run r on r.id = b.run_id
      where b.account_id = $1 and b.id <> $2 and b.period_end < $3 and b.cancelled_at is null and r.status in ('POSTED', 'EXPORTED')
      order by b.period_end desc limit $4`, [bill.account_id, bill.id, bill.period_start, policy.leakBaselinePeriods])).rows;
    const { rate, waterUnit } = await rater(app, client, bill);
    const result = leakAdjustment({
      usageGallons: dec(bill.usage), days: bill.days, priorPeriods: prior.map(p => ({ days: p.days, gallons: dec(p.usage) })),
      policy: { minRatio: policy.leakMinRatio, baselinePeriods: policy.leakBaselinePeriods, excessShare: policy.leakExcessShare,
        excessRate: policy.leakExcessRate, creditSewerOnExcess: policy.leakCreditSewerOnExcess },
      excessRateUnit: waterUnit, rate,
    });
    if (!result.eligible) {
      const why = { NO_BASELINE: 'there are no earlier bills to take a baseline from', BELOW_RATIO: `usage is below ${policy.leakMinRatio} × the baseline of ${result.baselineGallons?.toFixed(0)} gallons`, NO_CREDIT: 'the policy gives no credit on this bill' }[result.reason];
      throw new Conflict(`not eligible for a leak adjustment: ${why}`, { field: 'billId', reason: result.reason });
    }
    const explanation = `Leak adjustment: usage ${dec(bill.usage).toFixed(0)} gal, baseline ${result.baselineGallons.toFixed(0)} gal over ${prior.length} bill(s), excess ${result.excessGallons.toFixed(0)} gal; credit ${moneyText(result.credit)}. ${input.note.trim()}`;
    let first: string | null = null;
    for (const [service, credit] of Object.entries(result.creditByService) as [ServiceType, Dec][]) {
      if (credit.isZero()) continue;
      const id = await createAdjustmentWith(client, { accountId: bill.account_id, amount: credit.negated(), reasonCode: 'LEAK', note: explanation,
        service: service as never, billId: bill.id, userId: actor.id, today: app.clock.today() });
      first ??= id;
    }
    return first!;
  });
}

async function loadBill(client: pg.ClientBase, billId: string): Promise<LeakBill> {
  const bill = (await client.query<LeakBill>(`select b.id::text, b.account_id::text, b.period_start::text, b.period_end::text, b.days, b.usage::text, b.kind,
      b.bill_date::text, b.lines, b.reads, a.dwelling_units, c.standard_days, (r.status in ('POSTED', 'EXPORTED') and b.cancelled_at is null) as posted
    from bill b join bill_run r on r.id = b.run_id join account a on a.id = b.account_id join billing_cycle c on c.id = a.cycle_id
    where b.id = $1`, [/^\d+$/.test(billId) ? billId : '0'])).rows[0];
  if (!bill) throw new NotFound('Bill', billId, 'billId');
  if (!bill.posted) throw new Conflict('only a posted bill that is not cancelled can get a leak adjustment', { field: 'billId' });
  return bill;
}

/** The bill's normal rating at any usage: its schedules, meter size, period and units, as of its bill date. */
async function rater(app: AppServices, client: pg.ClientBase, bill: LeakBill): Promise<{ rate: (gallons: Dec) => ChargesByService; waterUnit: VolumeUnit }> {
  const codes = [...new Set(bill.lines.map(l => String(l[1])))];
  const loaded = await loadCompiledSchedules(app.orm.em.fork(), codes);
  const lastMeter = bill.reads[bill.reads.length - 1]?.meterId;
  const size = lastMeter ? (await client.query(`select size from meter where id = $1`, [lastMeter])).rows[0]?.size ?? null : null;
  const schedules = codes.map(code => ({ code, versions: loaded.get(code)?.versions ?? [] }));
  const water = schedules.flatMap(s => s.versions).find(v => v.service === 'WATER');
  const rate = (gallons: Dec): ChargesByService => {
    const { lines } = rateCharges({ schedules, meterSize: size, usage: { quantity: gallons, unit: 'GALLON' }, period: { start: bill.period_start, end: bill.period_end },
      partialPeriod: PARTIAL.has(bill.kind), standardDays: bill.standard_days, dwellingUnits: bill.dwelling_units, asOf: bill.bill_date });
    const totals: Partial<Record<ServiceType, Dec>> = {};
    for (const line of lines) totals[line.service] = (totals[line.service] ?? ZERO).plus(line.amount);
    return totals;
  };
  return { rate, waterUnit: water?.volumeUnit ?? 'KGAL' };
}
