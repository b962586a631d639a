import { roundMoney, ZERO, type Dec } from '../../shared/money/index.js';
import { formatBand } from './format.js';
import { METER_SIZES } from './meter-size.js';
import type { RateScheduleVersionData, TierData, VolumeUnit } from './types.js';

/** A band ready to rate: limits in the schedule's unit, `width` = upTo − from, prebuilt label. */
export interface CompiledBand {
  readonly from: Dec;
  readonly upTo: Dec | null;
  readonly width: Dec | null;
  readonly rate: Dec;
  readonly description: string;
  readonly allUnitsDescription: string;
  /** The description with the usage cap note, for the last band used when the cap applied. */
  readonly cappedDescription: string;
  /** round(width × rate) of a full band, prebuilt; null for the open band. */
  readonly fullAmount: Dec | null;
  /** width × rate unrounded (a split part's amount before allocation); null for the open band. */
  readonly fullExact: Dec | null;
  /** Σ fullAmount of the bands below: the rounded usage charge when usage reaches `from`. */
  readonly amountBefore: Dec;
}

const SIZES: readonly (string | null)[] = [...METER_SIZES, null];

/**
 * The bands that apply to each meter size and month, index sizeIndex × 12 + (month − 1), sizeIndex
 * as METER_SIZES with 9 for "no size" (billing-rules.md: "Rate schedules": a band may be limited
 * to a meter size and to months). A size's own bands, else the bands without size; in a month,
 * the group listing that month, else the group without months; else no usage charge. Limits in
 * the schedule's unit; each band's full amount round(width × rate) and the sum of the full bands
 * below it are prebuilt, so rating a full band costs no arithmetic.
 */
export function compileBandTable(
  version: RateScheduleVersionData,
  word: string,
  cap: string,
): CompiledBand[][] {
  const table: CompiledBand[][] = [];
  const compiled = new Map<readonly TierData[], CompiledBand[]>();
  const groups = groupBands(version.tiers);
  for (const size of SIZES) {
    for (let month = 1; month <= 12; month += 1) {
      const group = bandsFor(groups, size, month);
      if (!compiled.has(group)) compiled.set(group, compileBands(group, version.volumeUnit, word, cap));
      table.push(compiled.get(group)!);
    }
  }
  return table;
}

function groupBands(tiers: readonly TierData[]): TierData[][] {
  const groups = new Map<string, TierData[]>();
  for (const t of tiers) {
    const key = `${t.meterSize ?? '*'}|${t.months ? t.months.join(',') : '*'}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  return [...groups.values()];
}

const EMPTY: readonly TierData[] = [];

function bandsFor(groups: readonly TierData[][], size: string | null, month: number): readonly TierData[] {
  const pick = (s: string | null): readonly TierData[] | undefined =>
    groups.find(g => g[0]!.meterSize === s && g[0]!.months?.includes(month)) ??
    groups.find(g => g[0]!.meterSize === s && g[0]!.months === null);
  return pick(size) ?? (size === null ? undefined : pick(null)) ?? EMPTY;
}

function compileBands(
  tiers: readonly TierData[],
  unit: VolumeUnit,
  word: string,
  cap: string,
): CompiledBand[] {
  let from = ZERO;
  let amountBefore = ZERO;
  return tiers.map(t => {
    const band = formatBand(from, t.upTo, unit, false);
    const description = from.isZero() && t.upTo === null ? `${word} usage` : `${word} usage ${band}`;
    const width = t.upTo ? t.upTo.minus(from) : null;
    const fullExact = width ? width.times(t.rate) : null;
    const fullAmount = fullExact ? roundMoney(fullExact) : null;
    const compiled: CompiledBand = {
      from,
      upTo: t.upTo,
      width,
      rate: t.rate,
      description,
      allUnitsDescription: `${description}; all units at this band's rate`,
      cappedDescription: cap ? `${description}; ${cap}` : description,
      fullAmount,
      fullExact,
      amountBefore,
    };
    from = t.upTo ?? from;
    amountBefore = fullAmount ? amountBefore.plus(fullAmount) : amountBefore;
    return compiled;
  });
}
