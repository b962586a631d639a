export type { UsagePeriod, Register, RegisterUnit, ConsumptionKind, RegisterConsumption } from './types.js';
export { ReadError, type ReadErrorCode } from './read-error.js';
export { registerUnitsToGallons, registerCapacity } from './register-volume.js';
export { registerConsumption } from './register-consumption.js';
export { changeOutConsumption, type ChangeOutConsumption } from './change-out-consumption.js';
export { averageDailyUsage } from './average-daily-usage.js';
export { estimateReading, type ReadingEstimate } from './estimate-reading.js';
