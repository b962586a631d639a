export * from './types.js';
export { METER_SIZES, normalizeMeterSize, type MeterSize } from './meter-size.js';
export { RatingError, type RatingErrorCode } from './rating-error.js';
export { convertVolume, gallonsPerUnit, GALLONS_PER_CUBIC_FOOT } from './convert-volume.js';
export { prorationFactor } from './proration-factor.js';
export { makeScale, applyScale, type Scale } from './scale.js';
export { splitPeriod, type PeriodPart } from './split-period.js';
export {
  compileRateSchedule,
  type CompiledRateSchedule,
  type CompiledBand,
  type CompiledFixedCharge,
} from './compile-rate-schedule.js';
export {
  validateRateSchedule,
  type RateScheduleRaw,
  type FixedChargeRaw,
  type WinterAverageRaw,
  type RateScheduleValidation,
} from './validate-rate-schedule.js';
export type { TierRaw } from './validate-tiers.js';
export type { FieldError } from './validate-fields.js';
export { winterAverageUsage, lastWinterMonths, type WinterHistoryPeriod } from './winter-average.js';
export { billableUsage, type BillableUsage } from './billable-usage.js';
export { rateCharges, type RateChargesInput, type RateChargesResult } from './rate-charges.js';
export { explainLine } from './explain-line.js';
export { formatMoney, formatQuantity, formatRate, formatBand } from './format.js';
export {
  leakAdjustment,
  type LeakPolicy,
  type LeakAdjustmentResult,
  type ChargesByService,
} from './leak-adjustment.js';
