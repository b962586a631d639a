import type { EntityManager } from '@mikro-orm/postgresql';
import { daysBetween, isCalendarDate } from '../shared/dates/index.js';
import { BadUserInput, InputProblems } from '../shared/graphql/errors.js';
import { dec, isDecimalText, moneyText } from '../shared/money/index.js';
import { rateCharges, type RateChargesResult } from './core/rate-charges.js';
import { RatingError } from './core/rating-error.js';
import type { UsageUnit } from './core/types.js';
import { lineView } from './line-json.js';
import { loadCompiledSchedules } from './rate-schedule.service.js';
import type { ChargeQuoteInput } from './rating.inputs.js';
import type { ChargeQuote } from './rating.types.js';

/** Turns a rating failure of the core into BAD_USER_INPUT naming the field. */
export function ratingInputError(error: unknown): never {
  if (error instanceof RatingError) throw BadUserInput.field(error.field, error.message);
  throw error;
}

/** Codes as the rating core wants them: each with all its versions; unknown codes name their index. */
export async function schedulesFor(em: EntityManager, codes: readonly string[], field = 'rateScheduleCodes') {
  const normalized = codes.map(c => c.trim().toUpperCase());
  const loaded = await loadCompiledSchedules(em, normalized);
  const problems = new InputProblems();
  normalized.forEach((code, i) => problems.check(loaded.has(code), `${field}[${i}]`, `no rate schedule ${code}`));
  if (!normalized.length) problems.add(field, 'at least one rate schedule code is required');
  problems.throwIfAny();
  return normalized.map(code => ({ code, versions: loaded.get(code)!.versions, retiredOn: loaded.get(code)!.retiredOn }));
}

/**
 * The what-if bill (api-contract.md quoteCharges): the same rateCharges call a bill run makes, with
 * explanations filled in. A code retired by the period's start is refused (the core's rule).
 */
export async function quoteCharges(em: EntityManager, input: ChargeQuoteInput): Promise<ChargeQuote> {
  const problems = new InputProblems()
    .check(isDecimalText(input.usage) && !dec(input.usage).isNegative(), 'usage', 'must be a quantity of 0 or more')
    .check(isCalendarDate(input.periodStart), 'periodStart', 'is not a date')
    .check(isCalendarDate(input.periodEnd), 'periodEnd', 'is not a date');
  problems.throwIfAny();
  if (daysBetween(input.periodStart, input.periodEnd) < 0) throw BadUserInput.field('periodEnd', 'is before periodStart');
  const schedules = await schedulesFor(em, input.rateScheduleCodes);
  let result: RateChargesResult;
  try {
    result = rateCharges({
      schedules,
      meterSize: input.meterSize ?? null,
      usage: { quantity: dec(input.usage), unit: (input.usageUnit ?? 'GALLON') as UsageUnit },
      period: { start: input.periodStart, end: input.periodEnd },
      partialPeriod: input.partialPeriod ?? false,
      standardDays: input.standardDays ?? 30,
      dwellingUnits: input.dwellingUnits ?? 1,
      explain: true,
    });
  } catch (error) {
    ratingInputError(error);
  }
  return { lines: result.lines.map(lineView), total: moneyText(result.total), days: daysBetween(input.periodStart, input.periodEnd) + 1, notes: [...result.notes] };
}
