import { HUNDRED, ZERO, type Dec } from '../../shared/money/index.js';
import { compileBandTable, type CompiledBand } from './compile-bands.js';
import { compileFixedTable, type CompiledFixedCharge } from './compile-fixed-charges.js';
import { formatNumber, formatPercent, serviceWord, UNIT_ABBREVIATION } from './format.js';
import type {
  RateScheduleVersionData,
  ServiceType,
  TierMode,
  VolumeUnit,
  WinterAverageData,
} from './types.js';

export type { CompiledBand, CompiledFixedCharge };

/** A schedule version with every decimal and label prebuilt, so rating does no parsing. */
export interface CompiledRateSchedule {
  readonly version: RateScheduleVersionData;
  readonly code: string;
  readonly service: ServiceType;
  readonly volumeUnit: VolumeUnit;
  readonly effectiveFrom: string;
  readonly tierMode: TierMode;
  readonly prorate: boolean;
  readonly perDwellingUnit: boolean;
  /** Bands by meter size and month: index sizeIndex × 12 + (month − 1); sizeIndex 9 = no size. */
  readonly bandTable: readonly (readonly CompiledBand[])[];
  /** Fixed charges by sizeIndex. */
  readonly fixedTable: readonly (readonly CompiledFixedCharge[])[];
  /** Σ fixed charges by sizeIndex (one bill, one dwelling unit, not prorated). */
  readonly fixedTotal: readonly Dec[];
  readonly usageIncrement: Dec | null;
  readonly usageCap: Dec | null;
  readonly winterAverage: WinterAverageData | null;
  readonly hasUsageRules: boolean;
  readonly minimumCharge: Dec | null;
  readonly flatCharge: Dec | null;
  readonly percentOfService: ServiceType | null;
  readonly percent: Dec | null;
  readonly percentFraction: Dec | null;
  readonly taxPercent: Dec | null;
  readonly taxFraction: Dec | null;
  readonly labels: {
    readonly usage: string;
    readonly flat: string;
    readonly percent: string;
    readonly tax: string;
    readonly minimum: string;
    /** "capped at 12 kgal" for the nominal cap; "" without a cap. */
    readonly cap: string;
    /** "Sewer usage capped at 12 kgal", the bill note. */
    readonly capNote: string;
    /** "rounded down to a multiple of 1 kgal"; "" without an increment. */
    readonly increment: string;
  };
}

/**
 * Prebuilds a version for rating (billing-rules.md: "Rate schedules"): the bands for each meter
 * size and month with their widths and full-band amounts (compileBandTable), the fixed charges by
 * size (compileFixedTable) and their totals, percent and tax as fractions, every label. Pure;
 * compile each version once and reuse it for every bill (rates never go through a division).
 */
export function compileRateSchedule(version: RateScheduleVersionData): CompiledRateSchedule {
  const word = serviceWord(version.service);
  const cap = version.usageCap ? `capped at ${quantityText(version.usageCap, version.volumeUnit)}` : '';
  const bandTable = compileBandTable(version, word, cap);
  const fixedTable = compileFixedTable(version);
  const pct = version.percent;
  return {
    version,
    code: version.code,
    service: version.service,
    volumeUnit: version.volumeUnit,
    effectiveFrom: version.effectiveFrom,
    tierMode: version.tierMode,
    prorate: version.prorate,
    perDwellingUnit: version.perDwellingUnit,
    bandTable,
    fixedTable,
    fixedTotal: fixedTable.map(charges => charges.reduce((sum, c) => sum.plus(c.amount), ZERO)),
    usageIncrement: version.usageIncrement,
    usageCap: version.usageCap,
    winterAverage: version.winterAverage,
    hasUsageRules:
      version.usageIncrement !== null || version.usageCap !== null || version.winterAverage !== null,
    minimumCharge: version.minimumCharge,
    flatCharge: version.flatCharge,
    percentOfService: version.percentOfService,
    percent: pct,
    percentFraction: pct && version.percentOfService ? pct.div(HUNDRED) : null,
    taxPercent: version.taxPercent,
    taxFraction: version.taxPercent ? version.taxPercent.div(HUNDRED) : null,
    labels: {
      usage: `${word} usage`,
      flat: version.name,
      percent:
        pct && version.percentOfService
          ? `${word} at ${formatPercent(pct)}% of ${serviceWord(version.percentOfService, true)}`
          : '',
      tax: version.taxPercent ? `${word} tax ${formatPercent(version.taxPercent)}%` : '',
      minimum: `${word} minimum charge`,
      cap,
      capNote: `${word} usage ${cap}`,
      increment: version.usageIncrement
        ? `rounded down to a multiple of ${quantityText(version.usageIncrement, version.volumeUnit)}`
        : '',
    },
  };
}

/** "12 kgal": a quantity in a schedule's unit, as lines show it. */
export function quantityText(quantity: Dec, unit: VolumeUnit): string {
  return `${formatNumber(quantity, 0, 6)} ${UNIT_ABBREVIATION[unit]}`;
}
