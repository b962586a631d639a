import { createHash } from 'node:crypto';
import { isCalendarDate } from '../shared/dates/index.js';
import { InputProblems, NotFound } from '../shared/graphql/errors.js';
import { dec, isMoneyText, type Dec } from '../shared/money/index.js';
import { one, type Db } from './sql.js';

/** numeric(14,2) holds 12 integer digits; no utility payment comes near a billion. */
const MAX_AMOUNT = dec('999999999.99');

/** Checks a money input: two decimals at most, within range, and > 0, ≠ 0 or ≥ 0 as the rule says. */
export function checkAmount(problems: InputProblems, field: string, text: string | undefined | null, rule: 'positive' | 'nonZero' | 'nonNegative' = 'positive'): Dec | null {
  if (text === undefined || text === null || !isMoneyText(text.trim())) {
    problems.add(field, 'must be an amount of money with at most two decimals');
    return null;
  }
  const amount = dec(text);
  if (rule === 'positive' && !amount.gt(0)) problems.add(field, 'must be greater than zero');
  else if (rule === 'nonZero' && amount.isZero()) problems.add(field, 'must not be zero');
  else if (rule === 'nonNegative' && amount.isNegative()) problems.add(field, 'must not be negative');
  else if (amount.abs().gt(MAX_AMOUNT)) problems.add(field, `must not exceed ${MAX_AMOUNT.toFixed(2)}`);
  else return amount;
  return null;
}

/** A business date that has happened (money received tomorrow has not been received). */
export function checkPastDate(problems: InputProblems, field: string, date: string, today: string): void {
  if (!isCalendarDate(date)) problems.add(field, 'is not a date');
  else if (date > today) problems.add(field, `is in the future (today is ${today})`);
}

export function checkKey(problems: InputProblems, field: string, key: string | undefined | null): void {
  if (!key || !key.trim()) problems.add(field, 'is required: one key per payment, reused on retries');
  else if (key.length > 255) problems.add(field, 'must be at most 255 characters');
}

export function checkNote(problems: InputProblems, field: string, note: string | undefined | null): void {
  if (!note || !note.trim()) problems.add(field, 'say why');
}

/** SHA-256 of a request's content, keys sorted: what an idempotency key is checked against. */
export function requestHash(request: Record<string, unknown>): string {
  const canonical = Object.keys(request).sort().map(k => [k, request[k] ?? null]);
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

export interface AccountRow {
  readonly id: string;
  readonly number: string;
  readonly customerId: string;
}

/** The account, or NOT_FOUND naming the input field. */
export async function requireAccount(db: Db, id: string, field = 'accountId'): Promise<AccountRow> {
  const row = /^\d{1,18}$/.test(id) ? await one<AccountRow>(db, 'select id::text, number, customer_id::text as "customerId" from account where id = $1', [id]) : undefined;
  if (!row) throw new NotFound('Account', id, field);
  return row;
}
