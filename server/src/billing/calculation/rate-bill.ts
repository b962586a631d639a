import type { CalendarDate } from '../../shared/dates/index.js';
import { dec, moneyText, type Dec, ZERO } from '../../shared/money/index.js';
import type { CompiledRateSchedule } from '../../rating/core/compile-rate-schedule.js';
import { rateCharges } from '../../rating/core/rate-charges.js';
import type { WinterHistoryPeriod } from '../../rating/core/winter-average.js';
import { storeLine } from '../../rating/line-json.js';
import { C } from './calculation-query.js';
import { JsonText } from '../../shared/db/copy.js';

export interface RunRating {
  readonly runId: string;
  readonly kind: string;
  readonly billDate: CalendarDate;
  readonly dueDate: CalendarDate;
  readonly standardDays: number;
  /** Each code's versions and retirement (a code retired by the period's start has no rate). */
  readonly schedules: ReadonlyMap<string, { readonly versions: readonly CompiledRateSchedule[]; readonly retiredOn: CalendarDate | null }>;
  readonly winterHistory: ReadonlyMap<string, WinterHistoryPeriod[]>;
}

export interface RatedBill {
  readonly row: unknown[];
  readonly total: Dec;
  /** Per schedule: service, amount and whether it rates usage (its lines have tiers), for the billing register. */
  readonly bySchedule: { service: string; scheduleCode: string; amount: Dec; metered: boolean }[];
  readonly usage: Dec;
}

export const BILL_COLUMNS = ['run_id', 'account_id', 'bill_seq', 'kind', 'period_start', 'period_end', 'days', 'usage', 'estimated', 'reads', 'lines',
  'service_totals', 'total', 'bill_date', 'due_date', 'end_read_id'] as const;

/**
 * Rates one account of a run into its bill row: exactly the rateCharges call of the what-if quote
 * (rating/quote.service.ts), with the account's codes, meter size, usage in gallons, period, partial
 * flag and dwelling units. Lines are stored without explanations (rendered again when read).
 */
export function rateBill(run: RunRating, row: (string | null)[], billSeq: number): RatedBill {
  const codes = row[C.codes]!.split(',');
  const usage = dec(row[C.usage]!);
  const accountId = row[C.accountId]!;
  const result = rateCharges({
    schedules: codes.map(code => ({ code, versions: run.schedules.get(code)?.versions ?? [], retiredOn: run.schedules.get(code)?.retiredOn ?? null })),
    meterSize: row[C.meterSize],
    usage: { quantity: usage, unit: 'GALLON' },
    period: { start: row[C.periodStart]!, end: row[C.periodEnd]! },
    partialPeriod: row[C.partial] !== null,
    standardDays: run.standardDays,
    dwellingUnits: Number(row[C.dwellingUnits]),
    winterHistory: run.winterHistory.get(accountId) ?? [],
    asOf: run.billDate,
  });
  const services = new Map<string, Dec>();
  const schedules = new Map<string, { service: string; scheduleCode: string; amount: Dec; metered: boolean }>();
  for (const line of result.lines) {
    services.set(line.service, (services.get(line.service) ?? ZERO).plus(line.amount));
    const s = schedules.get(line.scheduleCode) ?? { service: line.service, scheduleCode: line.scheduleCode, amount: ZERO, metered: false };
    s.amount = s.amount.plus(line.amount);
    if (line.kind === 'TIER') s.metered = true;
    schedules.set(line.scheduleCode, s);
  }
  const serviceTotals = Object.fromEntries([...services].map(([service, amount]) => [service, moneyText(amount)]));
  return {
    row: [
      run.runId, accountId, billSeq, billKind(run.kind, row[C.partial]), row[C.periodStart], row[C.periodEnd], row[C.days],
      row[C.usage], row[C.estimated] === 't', new JsonText(row[C.meters] ?? '[]'), result.lines.map(storeLine), serviceTotals, moneyText(result.total),
      run.billDate, run.dueDate, row[C.endReadId],
    ],
    total: result.total,
    bySchedule: [...schedules.values()],
    usage,
  };
}

/** A rebill stays a REBILL; otherwise the partial period names the bill (final, off-cycle, move-in). */
function billKind(runKind: string, partial: string | null): string {
  if (runKind === 'REBILL') return 'REBILL';
  return partial ?? 'REGULAR';
}
