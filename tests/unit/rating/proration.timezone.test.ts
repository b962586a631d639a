import { afterEach, describe, expect, it } from 'vitest';
import { dec } from '../../../server/src/shared/money/index.js';
import {
  compileRateSchedule,
  rateCharges,
  validateRateSchedule,
} from '../../../server/src/rating/core/index.js';

/**
 * Proration counts calendar days, never instants: the result must not depend on the server's time
 * zone or on a daylight-saving change inside the period (house-style 4.2 rule 18). Node applies a
 * new process.env.TZ at once, so each case rates the same bill under another zone.
 */
const original = process.env.TZ;
afterEach(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

function quote(): string[] {
  const result = validateRateSchedule({
    code: 'W-RES-IN',
    name: 'Residential water',
    service: 'WATER',
    volumeUnit: 'KGAL',
    effectiveFrom: '2026-03-08',
    fixedCharges: [{ label: 'Base charge', amount: '30.00' }],
    tiers: [
      { upTo: '2', rate: '0' },
      { upTo: null, rate: '5.50' },
    ],
  });
  if (!result.ok) throw new Error('invalid');
  const r = rateCharges({
    schedules: [{ code: 'W-RES-IN', versions: [compileRateSchedule(result.value)] }],
    meterSize: '5/8',
    usage: { quantity: dec('3700'), unit: 'GALLON' },
    period: { start: '2026-03-08', end: '2026-03-26' },
    partialPeriod: true,
    standardDays: 30,
    dwellingUnits: 1,
    explain: true,
  });
  return r.lines.map(l => l.explanation!).concat(r.total.toFixed(2));
}

describe('proration across time zones', () => {
  it.each(['UTC', 'America/Chicago', 'Pacific/Kiritimati', 'America/St_Johns'])(
    'should prorate a 19-day move-in across the DST change the same way when TZ=%s',
    zone => {
      const utc = ((process.env.TZ = 'UTC'), quote());
      process.env.TZ = zone;
      expect(new Date(2026, 2, 8).getTimezoneOffset() === 0).toBe(zone === 'UTC');
      expect(quote()).toEqual(utc);
      expect(utc[0]).toBe('Base charge $30.00 × 19/30 days = $19.00');
    },
  );
});
