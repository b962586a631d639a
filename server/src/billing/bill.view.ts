import type pg from 'pg';
import { dec, moneyText } from '../shared/money/index.js';
import { formatBillNumber } from './core/bill-number.js';
import { BillStatus } from './billing-enums.js';
import type { Bill } from './bill.entity.js';
import type { BillRun } from './bill-run.entity.js';
import type { BillMeterRead, BillStatement, ServiceTotal } from './bill-run.types.js';
import { STATEMENT_CREDITS_SQL, STATEMENT_PREVIOUS_SQL } from './statement.sql.js';

const POSTED = new Set(['POSTED', 'EXPORTED']);

/** A bill is DRAFT until its run posts, POSTED after, CANCELLED once rebilled. */
export function billStatus(bill: Bill, run: BillRun): BillStatus {
  if (bill.cancelledAt) return BillStatus.CANCELLED;
  return POSTED.has(run.status) ? BillStatus.POSTED : BillStatus.DRAFT;
}

/** Bill numbers follow the run's reserved block, in bill order; null before posting. */
export function billNumber(bill: Bill, run: BillRun): string | null {
  return run.firstBillNumber ? formatBillNumber(BigInt(run.firstBillNumber) + BigInt(bill.billSeq) - 1n) : null;
}

export function billReads(bill: Bill): BillMeterRead[] {
  return (bill.reads as BillMeterRead[]) ?? [];
}

export function serviceTotals(bill: Bill): ServiceTotal[] {
  return Object.entries(bill.serviceTotals ?? {}).map(([service, amount]) => ({ service, amount }));
}

/**
 * The statement of a bill as of its bill date (what the printed bill shows): the balance before
 * it (entries posted before the bill date), payments and credits since the previous bill, the
 * bill's charges, and the amount due.
 */
export async function billStatements(pool: pg.Pool, billIds: readonly string[]): Promise<Map<string, BillStatement>> {
  const rows = await pool.query(`
    select b.id::text,
      ${STATEMENT_PREVIOUS_SQL}::text as previous,
      ${STATEMENT_CREDITS_SQL}::text as credits,
      b.total::text
    from bill b where b.id = any($1::bigint[])`, [billIds]);
  return new Map(rows.rows.map(r => [r.id, {
    previousBalance: moneyText(dec(r.previous)),
    paymentsAndCredits: moneyText(dec(r.credits)),
    currentCharges: moneyText(dec(r.total)),
    amountDue: moneyText(dec(r.previous).plus(dec(r.total))),
  }]));
}
