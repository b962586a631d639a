import {
  compileRateSchedule,
  validateRateSchedule,
  type CompiledRateSchedule,
  type RateScheduleRaw,
} from '../../../server/src/rating/core/index.js';

/** A validated, compiled schedule from the fields a test cares about (water, kgal, from 2025-10-01 unless given). */
export function schedule(raw: Partial<RateScheduleRaw> & { code: string }): CompiledRateSchedule {
  const result = validateRateSchedule({
    name: raw.code,
    service: 'WATER',
    volumeUnit: 'KGAL',
    effectiveFrom: '2025-10-01',
    ...raw,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return compileRateSchedule(result.value);
}
