import { type Dec, ZERO } from '../../shared/money/index.js';
import type { CreditApplication } from '../../ledger/core/apply-credits.js';

/**
 * What is still unpaid of some entries (a bill's current CHARGE entries) once credits were applied
 * oldest first (applyCredits): the sum of their remaining amounts, ≥ 0. Payments reach a bill's
 * current charges only after every older item is paid (billing-rules.md: "Credits apply to the
 * oldest open charges first"). Exact; no rounding.
 */
export function unpaidOf(application: CreditApplication, entryIds: Iterable<string>): Dec {
  const ids = new Set(entryIds);
  return application.openItems
    .filter(i => ids.has(i.entryId))
    .reduce((sum, i) => sum.plus(i.remaining), ZERO);
}
