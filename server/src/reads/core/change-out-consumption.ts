import type { Dec } from '../../shared/money/index.js';
import { registerConsumption } from './register-consumption.js';
import type { ConsumptionKind, Register, RegisterConsumption } from './types.js';

export interface ChangeOutConsumption {
  /** NEGATIVE if either meter's part is, else ROLLOVER if either rolled over, else NORMAL. */
  readonly kind: ConsumptionKind;
  readonly oldMeter: RegisterConsumption;
  readonly newMeter: RegisterConsumption;
  /** oldMeter.gallons + newMeter.gallons. */
  readonly gallons: Dec;
}

/**
 * Consumption of a period with a meter change-out (billing-rules.md: "Units and consumption"):
 * (old meter final − old meter previous) + (new meter current − new meter initial read), each
 * part with its own register (dials, multiplier, unit) and its own rollover rule, both returned so
 * the bill can show both meters. A change-out is never a rollover of one register: the two reads
 * are never subtracted across meters. Gallons at full precision.
 */
export function changeOutConsumption(p: {
  readonly oldMeter: Register & { readonly previous: Dec; readonly final: Dec };
  readonly newMeter: Register & { readonly initial: Dec; readonly current: Dec };
}): ChangeOutConsumption {
  const oldMeter = registerConsumption({ ...p.oldMeter, current: p.oldMeter.final });
  const newMeter = registerConsumption({ ...p.newMeter, previous: p.newMeter.initial });
  const kinds = [oldMeter.kind, newMeter.kind];
  const kind: ConsumptionKind = kinds.includes('NEGATIVE')
    ? 'NEGATIVE'
    : kinds.includes('ROLLOVER')
      ? 'ROLLOVER'
      : 'NORMAL';
  return { kind, oldMeter, newMeter, gallons: oldMeter.gallons.plus(newMeter.gallons) };
}
