import type pg from 'pg';

const BILL_NUMBER_LOCK = 7_243_901;

/**
 * Reserves `count` consecutive bill numbers for a run (bill numbers of a run are first … first +
 * count − 1, in bill order). Every reservation takes the same transaction lock, so blocks never
 * interleave; the sequence itself never goes back, so numbers are never reused.
 */
export async function reserveBillNumbers(client: pg.ClientBase, count: number): Promise<bigint | null> {
  if (count <= 0) return null;
  await client.query(`select pg_advisory_xact_lock($1)`, [BILL_NUMBER_LOCK]);
  const { last } = (await client.query(`select setval('bill_number_seq', nextval('bill_number_seq') + $1 - 1) as last`, [count])).rows[0];
  return BigInt(last) - BigInt(count) + 1n;
}

/** SQL for the number of a bill of a posted run, matching core formatBillNumber ('B' + 10 digits). */
export const BILL_NUMBER_SQL = `'B' || lpad((br.first_bill_number + b.bill_seq - 1)::text, 10, '0')`;
