import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInput, InputProblems, NotFound } from '../shared/graphql/errors.js';
import { paginate, type ListArgs, type ListSpec } from '../shared/orm/paginate.js';
import { isCalendarDate } from '../shared/dates/index.js';
import { compileRateSchedule, type CompiledRateSchedule } from './core/compile-rate-schedule.js';
import { validateRateSchedule, type RateScheduleRaw } from './core/validate-rate-schedule.js';
import type { RateScheduleVersionData } from './core/types.js';
import { RateSchedule } from './rate-schedule.entity.js';
import type { RateScheduleInput, RetireRateScheduleInput } from './rating.inputs.js';
import type { RateDefinition } from './rating.types.js';

export const rateScheduleList: ListSpec<RateSchedule> = {
  entity: RateSchedule,
  filters: { id: 'id', code: 'code', service: 'service', effectiveFrom: 'effectiveFrom', retiredOn: 'retiredOn' },
  search: ['code', 'name'],
  orderBy: { CODE: 'code', EFFECTIVE_FROM: 'effectiveFrom' },
  defaultOrder: 'CODE',
};

export const listRateSchedules = (em: EntityManager, args: ListArgs) => paginate(em, rateScheduleList, args);

/** The stored tariff: the validated version back in text form (decimals as canonical strings). */
function toDefinition(value: RateScheduleVersionData): RateDefinition {
  const text = (d: { toFixed(): string } | null) => (d === null ? null : d.toFixed());
  return {
    fixedCharges: value.fixedCharges.map(f => ({ label: f.label, amount: f.amount.toFixed(2), meterSize: f.meterSize, perDwellingUnit: f.perDwellingUnit })),
    tiers: value.tiers.map(t => ({ upTo: text(t.upTo), rate: t.rate.toFixed(), meterSize: t.meterSize, months: t.months ? [...t.months] : null })),
    tierMode: value.tierMode as RateDefinition['tierMode'],
    perDwellingUnit: value.perDwellingUnit,
    usageIncrement: text(value.usageIncrement),
    minimumCharge: value.minimumCharge?.toFixed(2) ?? null,
    usageCap: text(value.usageCap),
    winterAverage: value.winterAverage
      ? { months: [...value.winterAverage.months], mode: value.winterAverage.mode as never, defaultUsage: text(value.winterAverage.defaultUsage) }
      : null,
    percentOfService: value.percentOfService as RateDefinition['percentOfService'],
    percent: text(value.percent),
    flatCharge: value.flatCharge?.toFixed(2) ?? null,
    taxPercent: text(value.taxPercent),
    prorate: value.prorate,
  };
}

export function definitionOf(row: RateSchedule): RateDefinition {
  return row.definition as unknown as RateDefinition;
}

/** The stored row back as a validated version (stored definitions were validated on the way in). */
export function versionOf(row: RateSchedule): RateScheduleVersionData {
  const raw: RateScheduleRaw = { ...(row.definition as object), code: row.code, name: row.name, service: row.service, volumeUnit: row.volumeUnit, effectiveFrom: row.effectiveFrom } as RateScheduleRaw;
  const result = validateRateSchedule(raw);
  if (!result.ok) throw new Error(`stored rate schedule ${row.code} ${row.effectiveFrom} no longer validates: ${result.errors.map(e => e.field).join(', ')}`);
  return result.value;
}

/**
 * Creates a rate schedule version (billing-rules.md "Rate schedules"): the same code with a later
 * effectiveFrom is a new version; the service of a code never changes; a version may not be slipped
 * in before the latest one (bills already rated by it would silently change).
 */
export async function createRateSchedule(em: EntityManager, input: RateScheduleInput, userId: string | null): Promise<RateSchedule> {
  const result = validateRateSchedule(input as unknown as RateScheduleRaw);
  if (!result.ok) throw BadUserInput.fields(result.errors.map(e => ({ field: e.field, message: e.message })));
  const value = result.value;
  const code = value.code.trim().toUpperCase();
  return em.transactional(async tx => {
    const latest = await tx.findOne(RateSchedule, { code }, { orderBy: { effectiveFrom: 'desc' } });
    if (latest) {
      const problems = new InputProblems()
        .check(latest.service === value.service, 'service', `${code} is a ${latest.service} schedule`)
        .check(value.effectiveFrom > latest.effectiveFrom, 'effectiveFrom', `must be after the latest version of ${code} (${latest.effectiveFrom})`)
        .check(!latest.retiredOn, 'code', `${code} was retired on ${latest.retiredOn}`);
      problems.throwIfAny();
    }
    const row = tx.create(RateSchedule, {
      code, name: value.name.trim(), service: value.service as never, volumeUnit: value.volumeUnit as never,
      effectiveFrom: value.effectiveFrom, definition: toDefinition(value) as unknown as Record<string, unknown>, createdBy: userId,
    });
    await tx.flush();
    return row;
  });
}

export async function retireRateSchedule(em: EntityManager, input: RetireRateScheduleInput): Promise<RateSchedule> {
  if (!isCalendarDate(input.retiredOn)) throw BadUserInput.field('retiredOn', 'is not a date');
  return em.transactional(async tx => {
    const latest = await tx.findOne(RateSchedule, { code: input.code.trim().toUpperCase() }, { orderBy: { effectiveFrom: 'desc' } });
    if (!latest) throw new NotFound('Rate schedule', input.code, 'code');
    if (input.retiredOn <= latest.effectiveFrom) throw BadUserInput.field('retiredOn', `must be after ${latest.effectiveFrom}, when the latest version took effect`);
    latest.retiredOn = input.retiredOn;
    await tx.flush();
    return latest;
  });
}

const compiled = new Map<string, CompiledRateSchedule>();

/** Every version of the codes, compiled once per version (versions never change once written). */
export async function loadCompiledSchedules(em: EntityManager, codes: readonly string[]): Promise<Map<string, { rows: RateSchedule[]; versions: CompiledRateSchedule[]; retiredOn: string | null }>> {
  const rows = await em.find(RateSchedule, { code: { $in: [...codes] } }, { orderBy: { effectiveFrom: 'asc' } });
  const byCode = new Map<string, { rows: RateSchedule[]; versions: CompiledRateSchedule[]; retiredOn: string | null }>();
  for (const row of rows) {
    const key = `${row.id}`;
    let version = compiled.get(key);
    if (!version) {
      version = compileRateSchedule(versionOf(row));
      compiled.set(key, version);
    }
    const entry = byCode.get(row.code) ?? { rows: [], versions: [], retiredOn: null };
    entry.rows.push(row);
    entry.versions.push(version);
    entry.retiredOn = row.retiredOn ?? null; // the latest version's retirement is the code's
    byCode.set(row.code, entry);
  }
  return byCode;
}
