import { isCalendarDate } from '../../shared/dates/index.js';
import { HUNDRED, type Dec } from '../../shared/money/index.js';
import { SERVICE_TYPES, VOLUME_UNITS, type RateScheduleVersionData, type ServiceType } from './types.js';
import type { TierMode, WinterAverageData, WinterAverageMode } from './types.js';
import {
  MONEY,
  POSITIVE_QUANTITY,
  QUANTITY,
  readChoice,
  readDecimal,
  readMonths,
} from './validate-fields.js';
import type { FieldError, FieldErrors } from './validate-fields.js';
import { readFixedCharges, type FixedChargeRaw } from './validate-fixed-charges.js';
import { validateTiers, type TierRaw } from './validate-tiers.js';

/** RateScheduleInput as it arrives from GraphQL (api-contract.md): decimals and money as strings. */
export interface RateScheduleRaw {
  readonly code: string;
  readonly name: string;
  readonly service: string;
  readonly volumeUnit: string;
  readonly effectiveFrom: string;
  readonly fixedCharges?: readonly FixedChargeRaw[] | null;
  readonly tiers?: readonly TierRaw[] | null;
  readonly tierMode?: string | null;
  readonly perDwellingUnit?: boolean | null;
  readonly usageIncrement?: string | null;
  readonly minimumCharge?: string | null;
  readonly usageCap?: string | null;
  readonly winterAverage?: WinterAverageRaw | null;
  readonly percentOfService?: string | null;
  readonly percent?: string | null;
  readonly flatCharge?: string | null;
  readonly taxPercent?: string | null;
  readonly prorate?: boolean | null;
}

export interface WinterAverageRaw {
  readonly months: readonly number[];
  readonly mode: string;
  readonly defaultUsage?: string | null;
}

export type { TierRaw, FieldError, FixedChargeRaw };

export type RateScheduleValidation =
  | { readonly ok: true; readonly value: RateScheduleVersionData }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

const TIER_MODES: readonly TierMode[] = ['INCREMENTAL', 'ALL_UNITS'];
const WINTER_MODES: readonly WinterAverageMode[] = ['CAP', 'REPLACE'];

/**
 * A rate schedule version from its GraphQL input, or every error with its field path
 * (billing-rules.md: "Rate schedules", "Money and numbers"). Money ≤ 2 decimals, rates and
 * quantities ≤ 6, nothing negative, known meter sizes, months 1–12, a real effective date, band
 * groups in order and unambiguous, percent and percentOfService together and not of its own service.
 * Defaults: tierMode INCREMENTAL, prorate true, perDwellingUnit false.
 */
export function validateRateSchedule(input: RateScheduleRaw): RateScheduleValidation {
  const errors: FieldErrors = [];
  const code = (input.code ?? '').trim();
  const name = (input.name ?? '').trim();
  if (!code) errors.push({ field: 'code', message: 'must not be empty' });
  if (!name) errors.push({ field: 'name', message: 'must not be empty' });
  const service = readChoice(input.service, SERVICE_TYPES, 'service', errors);
  const volumeUnit = readChoice(input.volumeUnit, VOLUME_UNITS, 'volumeUnit', errors);
  if (!isCalendarDate(input.effectiveFrom ?? ''))
    errors.push({ field: 'effectiveFrom', message: 'is not a real date (YYYY-MM-DD)' });
  const fixedCharges = readFixedCharges(input.fixedCharges ?? [], errors);
  const tiers = validateTiers(input.tiers ?? [], errors);
  const tierMode = readChoice(input.tierMode, TIER_MODES, 'tierMode', errors) ?? 'INCREMENTAL';
  const usageIncrement = readDecimal(input.usageIncrement, 'usageIncrement', POSITIVE_QUANTITY, errors);
  const minimumCharge = readDecimal(input.minimumCharge, 'minimumCharge', MONEY, errors);
  const usageCap = readDecimal(input.usageCap, 'usageCap', QUANTITY, errors);
  const winterAverage = readWinterAverage(input.winterAverage, errors);
  const { percentOfService, percent } = readPercentOf(input, service, errors);
  const flatCharge = readDecimal(input.flatCharge, 'flatCharge', MONEY, errors);
  const taxPercent = readDecimal(input.taxPercent, 'taxPercent', { places: 6, max: HUNDRED }, errors);
  if (errors.length > 0 || !service || !volumeUnit) return { ok: false, errors };
  return {
    ok: true,
    value: {
      code,
      name,
      service,
      volumeUnit,
      effectiveFrom: input.effectiveFrom,
      fixedCharges,
      tiers,
      tierMode,
      perDwellingUnit: input.perDwellingUnit ?? false,
      usageIncrement,
      minimumCharge,
      usageCap,
      winterAverage,
      percentOfService,
      percent,
      flatCharge,
      taxPercent,
      prorate: input.prorate ?? true,
    },
  };
}

function readWinterAverage(
  raw: WinterAverageRaw | null | undefined,
  errors: FieldErrors,
): WinterAverageData | null {
  if (!raw) return null;
  if (!raw.months || raw.months.length === 0)
    errors.push({ field: 'winterAverage.months', message: 'list at least one month' });
  const months = raw.months?.length ? readMonths(raw.months, 'winterAverage.months', errors) : null;
  const mode = readChoice(raw.mode ?? '', WINTER_MODES, 'winterAverage.mode', errors);
  const defaultUsage = readDecimal(raw.defaultUsage, 'winterAverage.defaultUsage', QUANTITY, errors);
  return months && mode ? { months, mode, defaultUsage } : null;
}

function readPercentOf(
  input: RateScheduleRaw,
  service: ServiceType | null,
  errors: FieldErrors,
): { percentOfService: ServiceType | null; percent: Dec | null } {
  const percentOfService = readChoice(input.percentOfService, SERVICE_TYPES, 'percentOfService', errors);
  const percent = readDecimal(input.percent, 'percent', QUANTITY, errors);
  const hasService = input.percentOfService !== null && input.percentOfService !== undefined;
  const hasPercent = input.percent !== null && input.percent !== undefined;
  if (hasService && !hasPercent)
    errors.push({ field: 'percent', message: 'is required with percentOfService' });
  if (hasPercent && !hasService)
    errors.push({ field: 'percentOfService', message: 'is required with percent' });
  if (percentOfService && percentOfService === service) {
    errors.push({ field: 'percentOfService', message: 'a schedule cannot be a percent of its own service' });
  }
  return { percentOfService, percent };
}
