import type { Dec } from '../../shared/money/index.js';
import type { CalendarDate } from '../../shared/dates/index.js';

/** Services a rate schedule can bill (billing-rules.md: "Rate schedules"). */
export type ServiceType = 'WATER' | 'SEWER' | 'IRRIGATION' | 'SOLID_WASTE' | 'STORMWATER' | 'OTHER';
export const SERVICE_TYPES: readonly ServiceType[] = [
  'WATER',
  'SEWER',
  'IRRIGATION',
  'SOLID_WASTE',
  'STORMWATER',
  'OTHER',
];

/** The unit a schedule prices volume in: gallons, thousands of gallons, hundreds of cubic feet. */
export type VolumeUnit = 'GALLON' | 'KGAL' | 'CCF';
export const VOLUME_UNITS: readonly VolumeUnit[] = ['GALLON', 'KGAL', 'CCF'];

/** The unit a meter register counts in. */
export type RegisterUnit = 'GALLON' | 'CUBIC_FOOT';

/** Any unit a usage quantity can arrive in (a schedule unit or a register unit). */
export type UsageUnit = VolumeUnit | 'CUBIC_FOOT';

export type TierMode = 'INCREMENTAL' | 'ALL_UNITS';
export type WinterAverageMode = 'CAP' | 'REPLACE';

export interface FixedChargeData {
  readonly label: string;
  readonly amount: Dec;
  /** Canonical meter size ('5/8'), or null for a row that applies to any size. */
  readonly meterSize: string | null;
  readonly perDwellingUnit: boolean;
}

export interface TierData {
  /** Upper limit of the band in the schedule's volume unit, inclusive; null = no limit. */
  readonly upTo: Dec | null;
  /** Dollars per volume unit. */
  readonly rate: Dec;
  readonly meterSize: string | null;
  /** Months of the year (1–12) the band applies in; null = every month. */
  readonly months: readonly number[] | null;
}

export interface WinterAverageData {
  readonly months: readonly number[];
  readonly mode: WinterAverageMode;
  /** Usage per standard period (schedule unit) when the account has no winter history. */
  readonly defaultUsage: Dec | null;
}

/** One version of a rate schedule, as stored and as produced by validateRateSchedule. */
export interface RateScheduleVersionData {
  readonly code: string;
  readonly name: string;
  readonly service: ServiceType;
  readonly volumeUnit: VolumeUnit;
  readonly effectiveFrom: CalendarDate;
  readonly fixedCharges: readonly FixedChargeData[];
  readonly tiers: readonly TierData[];
  readonly tierMode: TierMode;
  readonly perDwellingUnit: boolean;
  readonly usageIncrement: Dec | null;
  readonly minimumCharge: Dec | null;
  readonly usageCap: Dec | null;
  readonly winterAverage: WinterAverageData | null;
  readonly percentOfService: ServiceType | null;
  readonly percent: Dec | null;
  readonly flatCharge: Dec | null;
  readonly taxPercent: Dec | null;
  readonly prorate: boolean;
}

export type ChargeKind = 'FIXED' | 'TIER' | 'MINIMUM' | 'FLAT' | 'PERCENT' | 'TAX';

/**
 * One bill line. Everything explainLine() needs is in the line, so a stored line explains itself.
 * - FIXED / FLAT: rate = the charge per period; quantity = dwelling units when charged per unit.
 * - TIER: quantity in `unit`, rate per unit, bandFrom/bandTo = the band limits applied (after
 *   proration and dwelling units), description = the nominal band and any usage note after "; ".
 * - MINIMUM: rate = the amount the schedule's lines are brought up to.
 * - PERCENT: rate = percent, quantity = the charges of `percentOf` it is a percent of.
 * - TAX: rate = percent, quantity = the taxed amount.
 * factor = lineDays / factorDays (proration or split share) when not 1, else null.
 */
export interface ChargeLine {
  readonly service: ServiceType;
  readonly scheduleCode: string;
  readonly effectiveFrom: CalendarDate;
  readonly kind: ChargeKind;
  readonly description: string;
  readonly quantity: Dec | null;
  readonly unit: VolumeUnit | null;
  readonly rate: Dec | null;
  readonly amount: Dec;
  readonly bandFrom: Dec | null;
  readonly bandTo: Dec | null;
  readonly factor: Dec | null;
  /** Denominator of the factor: the standard days (proration) or the period's days (split). */
  readonly factorDays: number | null;
  readonly percentOf: ServiceType | null;
  readonly periodStart: CalendarDate;
  readonly periodEnd: CalendarDate;
  /** Dwelling units the amount or the band limits were multiplied by (1 when not per unit). */
  readonly dwellingUnits: number;
  /** Filled only when rateCharges is called with explain: true. */
  readonly explanation?: string;
}
