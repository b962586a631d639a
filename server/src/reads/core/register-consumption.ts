import type { Dec } from '../../shared/money/index.js';
import { checkReading, registerCapacity, registerVolume, volumeToGallons } from './register-volume.js';
import type { Register, RegisterConsumption } from './types.js';

/**
 * Consumption between two reads of one register (billing-rules.md: "Units and consumption"):
 * (current − previous) × multiplier, in gallons at full precision. When current < previous on a
 * register of D dials and 10^D − previous + current ≤ 10^D / 2, the register rolled over:
 * consumption = 10^D − previous + current (kind ROLLOVER, a warning on the edit list); otherwise
 * the consumption is NEGATIVE (a blocking exception) and returned as the negative difference.
 * D comes from the meter record, never from how many digits the reading was printed with
 * (a 4-dial register printed "950" is 0950). Invariant: NORMAL and ROLLOVER are ≥ 0.
 */
export function registerConsumption(
  p: Register & { readonly previous: Dec; readonly current: Dec },
): RegisterConsumption {
  const capacity = registerCapacity(p);
  checkReading(p.previous, capacity, 'previous');
  checkReading(p.current, capacity, 'current');
  let kind: RegisterConsumption['kind'] = 'NORMAL';
  let registerUnits = p.current.minus(p.previous);
  if (registerUnits.isNegative()) {
    const wrapped = capacity.minus(p.previous).plus(p.current);
    if (wrapped.lte(capacity.div(2))) {
      kind = 'ROLLOVER';
      registerUnits = wrapped;
    } else kind = 'NEGATIVE';
  }
  const volume = registerVolume(registerUnits, p);
  return { kind, registerUnits, volume, gallons: volumeToGallons(volume, p) };
}
