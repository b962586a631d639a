import { roundMoney, ZERO } from '../../shared/money/index.js';
import type { CompiledBand } from './compile-rate-schedule.js';
import { scaledConstant, type Scale } from './scale.js';

const cache = new WeakMap<readonly CompiledBand[], Map<Scale, readonly CompiledBand[]>>();

/**
 * The bands with every limit × scale (proration f and/or dwelling units; billing-rules.md:
 * "Periods and proration": band limits × f so a 6-day final bill does not jump to the top tier),
 * with the widths and full-band amounts (rounded to cents) rebuilt for the scaled limits and the
 * nominal descriptions kept. Remembered per (bands, scale): bills of a run share a few scales.
 */
export function scaledBands(bands: readonly CompiledBand[], scale: Scale): readonly CompiledBand[] {
  let byScale = cache.get(bands);
  if (byScale === undefined) {
    byScale = new Map();
    cache.set(bands, byScale);
  }
  let scaled = byScale.get(scale);
  if (scaled === undefined) {
    scaled = build(bands, scale);
    if (byScale.size >= 4096) byScale.clear();
    byScale.set(scale, scaled);
  }
  return scaled;
}

function build(bands: readonly CompiledBand[], scale: Scale): CompiledBand[] {
  let from = ZERO;
  let amountBefore = ZERO;
  return bands.map(band => {
    const upTo = band.upTo === null ? null : scaledConstant(band.upTo, scale);
    const width = upTo === null ? null : upTo.minus(from);
    const fullExact = width === null ? null : width.times(band.rate);
    const fullAmount = fullExact === null ? null : roundMoney(fullExact);
    const scaled: CompiledBand = { ...band, from, upTo, width, fullAmount, fullExact, amountBefore };
    from = upTo ?? from;
    amountBefore = fullAmount === null ? amountBefore : amountBefore.plus(fullAmount);
    return scaled;
  });
}
