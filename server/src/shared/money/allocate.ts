import { Dec, ZERO } from './decimal.js';
import { roundMoney } from './round-money.js';

/**
 * Splits an amount of money (in cents) across weights so that the parts sum exactly to the whole
 * (largest remainder; ties go to the earlier part). Used wherever money is divided: a fixed charge
 * split at a rate change, a payment spread over charges. Never divide money and round each part.
 */
export function allocate(total: Dec, weights: readonly Dec[]): Dec[] {
  if (weights.length === 0) throw new RangeError('allocate needs at least one weight');
  const weightSum = weights.reduce((sum, w) => sum.plus(w), ZERO);
  if (weightSum.isZero()) throw new RangeError('allocate needs a non-zero weight');
  const cents = roundMoney(total).times(100);
  const sign = cents.isNegative() ? -1 : 1;
  const absCents = cents.abs();
  const exact = weights.map(w => absCents.times(w).div(weightSum));
  const floors = exact.map(x => x.floor());
  let left = absCents.minus(floors.reduce((s, x) => s.plus(x), ZERO)).toNumber();
  const order = exact
    .map((x, i) => ({ i, rest: x.minus(floors[i]!) }))
    .sort((a, b) => b.rest.comparedTo(a.rest) || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = floors[i]!.plus(1);
    left -= 1;
  }
  return floors.map(c => c.times(sign).div(100));
}
