import { Dec, roundMoney } from '../../shared/money/index.js';

/**
 * A ratio of whole numbers (days / standard days, dwelling units × days / standard days) applied
 * as a product then one quotient (billing-rules.md: "Money and numbers": full precision, round
 * only money), so that a terminating result stays exact: $18.45 × 1/30 is
 * exactly $0.615 and rounds to $0.62, where multiplying by a rounded 1/30 would give $0.61.
 */
export interface Scale {
  readonly numerator: Dec;
  readonly denominator: Dec;
  /** numerator / denominator, for display only. */
  readonly value: Dec;
}

const LIMIT = 4096;
const scales = new Map<number, Scale>();

/**
 * The ratio, or null when it is exactly 1 (nothing to apply). Scales are shared objects (one per
 * ratio; a bill run meets few), so products of constants by a scale can be remembered.
 */
export function makeScale(numerator: number, denominator: number): Scale | null {
  if (numerator === denominator) return null;
  const key = numerator * 100_003 + denominator;
  let scale = scales.get(key);
  if (scale === undefined) {
    const n = new Dec(numerator);
    const d = new Dec(denominator);
    scale = { numerator: n, denominator: d, value: n.div(d) };
    if (scales.size >= LIMIT) scales.clear();
    scales.set(key, scale);
  }
  return scale;
}

/** x × scale, exact when the result terminates; x itself when scale is null. */
export function applyScale(x: Dec, scale: Scale | null): Dec {
  if (scale === null) return x;
  return scale.denominator.eq(1) ? x.times(scale.numerator) : x.times(scale.numerator).div(scale.denominator);
}

const products = new WeakMap<Dec, Map<Scale, Dec>>();
const roundedProducts = new WeakMap<Dec, Map<Scale, Dec>>();

/**
 * applyScale for a constant of a compiled schedule (a band limit, a cap, a fixed charge),
 * remembered per (constant, scale): the same value, computed once per bill run instead of per bill.
 */
export function scaledConstant(x: Dec, scale: Scale | null): Dec {
  return scale === null ? x : remember(products, x, scale, () => applyScale(x, scale));
}

/** roundMoney(x × scale) for a constant amount (a prorated fixed charge), remembered likewise. */
export function scaledMoney(x: Dec, scale: Scale | null): Dec {
  return scale === null ? x : remember(roundedProducts, x, scale, () => roundMoney(applyScale(x, scale)));
}

function remember(store: WeakMap<Dec, Map<Scale, Dec>>, x: Dec, scale: Scale, compute: () => Dec): Dec {
  let byScale = store.get(x);
  if (byScale === undefined) {
    byScale = new Map();
    store.set(x, byScale);
  }
  let value = byScale.get(scale);
  if (value === undefined) {
    value = compute();
    if (byScale.size >= LIMIT) byScale.clear();
    byScale.set(scale, value);
  }
  return value;
}
