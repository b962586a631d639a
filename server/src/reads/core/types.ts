import type { Dec } from '../../shared/money/index.js';
import type { RegisterUnit } from '../../rating/core/types.js';

export type { RegisterUnit };

/** A billed period of an account: its days and its consumption in gallons. */
export interface UsagePeriod {
  readonly days: number;
  readonly gallons: Dec;
}

/** A meter's register: digits on the dial, the unit it counts and what one count is worth. */
export interface Register {
  /** Digits on the register, from the meter record (never from the printed reading). */
  readonly dials: number;
  /** Register units per count: 10 for a register that reads tens of gallons. */
  readonly multiplier: Dec;
  readonly registerUnit: RegisterUnit;
}

export type ConsumptionKind = 'NORMAL' | 'ROLLOVER' | 'NEGATIVE';

export interface RegisterConsumption {
  readonly kind: ConsumptionKind;
  /** Counts on the register between the reads (negative for NEGATIVE). */
  readonly registerUnits: Dec;
  /** registerUnits × multiplier, in the register's unit (gallons or cubic feet). */
  readonly volume: Dec;
  /** The same volume in gallons, full precision. */
  readonly gallons: Dec;
}
