import { normalizeMeterSize } from './meter-size.js';
import type { TierData } from './types.js';
import { POSITIVE_QUANTITY, QUANTITY, readDecimal, readMonths, type FieldErrors } from './validate-fields.js';

/** A band as it arrives from GraphQL (TierInput). */
export interface TierRaw {
  readonly upTo?: string | null;
  readonly rate: string;
  readonly meterSize?: string | null;
  readonly months?: readonly number[] | null;
}

interface Band {
  readonly index: number;
  readonly tier: TierData;
}

/**
 * The bands of a schedule (billing-rules.md: "Rate schedules", tiers). Bands sharing a meter size
 * and a month list form a group; within a group the limits ascend and only the last band, which
 * must be open-ended (a zero-rate open band is a cap), has no limit. Two groups of the same size
 * whose month lists share a month would both apply: refused. A group without months applies in
 * the months no other group of its size lists, and a group without size to sizes with no group.
 */
export function validateTiers(raw: readonly TierRaw[], errors: FieldErrors): TierData[] {
  const bands: Band[] = [];
  raw.forEach((t, index) => {
    const field = `tiers[${index}]`;
    const before = errors.length;
    const upTo = readDecimal(t.upTo, `${field}.upTo`, POSITIVE_QUANTITY, errors);
    const rate = readDecimal(t.rate ?? '', `${field}.rate`, QUANTITY, errors);
    const months = readMonths(t.months, `${field}.months`, errors);
    let meterSize: string | null = null;
    if (t.meterSize !== null && t.meterSize !== undefined) {
      meterSize = normalizeMeterSize(t.meterSize);
      if (meterSize === null)
        errors.push({ field: `${field}.meterSize`, message: `"${t.meterSize}" is not a known meter size` });
    }
    if (errors.length === before && rate) bands.push({ index, tier: { upTo, rate, meterSize, months } });
  });
  if (bands.length !== raw.length) return [];
  const groups = groupBands(bands);
  for (const group of groups.values()) checkGroupOrder(group, errors);
  checkOverlaps([...groups.values()], errors);
  return bands.map(b => b.tier);
}

function groupKey(tier: TierData): string {
  return `${tier.meterSize ?? '*'}|${tier.months ? tier.months.join(',') : '*'}`;
}

function groupBands(bands: readonly Band[]): Map<string, Band[]> {
  const groups = new Map<string, Band[]>();
  for (const band of bands) {
    const key = groupKey(band.tier);
    const group = groups.get(key);
    if (group) group.push(band);
    else groups.set(key, [band]);
  }
  return groups;
}

function checkGroupOrder(group: readonly Band[], errors: FieldErrors): void {
  group.forEach((band, i) => {
    const field = `tiers[${band.index}].upTo`;
    const previous = group[i - 1];
    const last = i === group.length - 1;
    if (band.tier.upTo === null && !last) {
      errors.push({ field, message: 'only the last band of a group may have no limit' });
    } else if (band.tier.upTo !== null && last) {
      errors.push({
        field,
        message: 'the last band of a group must have no limit (a band at rate 0 is a cap)',
      });
    }
    if (previous?.tier.upTo && band.tier.upTo && band.tier.upTo.lte(previous.tier.upTo)) {
      errors.push({ field, message: `must be above the band before it (${previous.tier.upTo.toFixed()})` });
    }
  });
}

function checkOverlaps(groups: readonly (readonly Band[])[], errors: FieldErrors): void {
  groups.forEach((group, g) => {
    const first = group[0]!.tier;
    if (!first.months) return;
    for (const other of groups.slice(0, g)) {
      const o = other[0]!.tier;
      if (o.meterSize !== first.meterSize || !o.months) continue;
      const shared = first.months.find(m => o.months!.includes(m));
      if (shared !== undefined) {
        const size = first.meterSize ? `${first.meterSize}" meters` : 'any meter size';
        errors.push({
          field: `tiers[${group[0]!.index}].months`,
          message: `month ${shared} already has bands for ${size} (tiers[${other[0]!.index}])`,
        });
      }
    }
  });
}
