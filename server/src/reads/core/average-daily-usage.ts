import { ZERO, type Dec } from '../../shared/money/index.js';
import { ReadError } from './read-error.js';
import type { UsagePeriod } from './types.js';

/**
 * Average daily usage in gallons of billed periods: Σ gallons ÷ Σ days, full precision, not
 * rounded (billing-rules.md: estimated reads, HIGH/LOW edit checks, leak baseline). Null when
 * there is no period. Each period needs whole days > 0 and gallons ≥ 0.
 */
export function averageDailyUsage(history: readonly UsagePeriod[]): Dec | null {
  let gallons = ZERO;
  let days = 0;
  history.forEach((h, i) => {
    if (!Number.isSafeInteger(h.days) || h.days <= 0 || h.gallons.isNegative()) {
      throw new ReadError(
        'INVALID_HISTORY',
        `history[${i}]`,
        'a billed period needs whole days > 0 and gallons ≥ 0',
      );
    }
    gallons = gallons.plus(h.gallons);
    days += h.days;
  });
  return days === 0 ? null : gallons.div(days);
}
