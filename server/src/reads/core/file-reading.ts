import { Dec, dec } from '../../shared/money/index.js';
import type { RegisterUnit } from './types.js';

/** Units a read file may state (parsers/types.ts ReadUnit). */
export type FileUnit = 'GALLON' | 'CUBIC_FOOT' | 'KGAL' | 'CCF';

/** What one unit of each file unit is, in the register unit of its family. */
export const FILE_UNIT_SIZES: Readonly<
  Record<FileUnit, { readonly family: RegisterUnit; readonly size: string }>
> = {
  GALLON: { family: 'GALLON', size: '1' },
  KGAL: { family: 'GALLON', size: '1000' },
  CUBIC_FOOT: { family: 'CUBIC_FOOT', size: '1' },
  CCF: { family: 'CUBIC_FOOT', size: '100' },
};

/** Stored register values keep 6 decimals (meter_read.value numeric(18,6)), so 12 whole digits at most. */
export const MAX_WHOLE_DIGITS = 12;
export const MAX_DECIMALS = 6;

export interface FileReadingParams {
  readonly reading: string;
  readonly unit: FileUnit;
  readonly registerUnit: RegisterUnit;
  readonly multiplier: string;
  readonly dials: number;
  /**
   * AMI head-ends report volumes in engineering units (BEACON `Read` = raw register × resolution),
   * so the multiplier is divided out; a handheld keys the register digits, so it is not.
   */
  readonly engineeringUnits: boolean;
}

export type FileReadingResult = { readonly value: string } | { readonly error: string };

/**
 * The register value of a reading from a file (docs/read-imports.md "Readings and units"):
 * reading × unit size [÷ multiplier], rounded half up to 6 decimals; it must fit on the dials
 * (value < 10^dials). A unit of the other family (CCF on a gallon register) is an error, never a
 * 7.48052 conversion: a register reads one family, so the file or the meter record is wrong.
 * The import applies the same rule in SQL (import/classify-sql.ts); this is the one-read form.
 */
export function fileReadingValue(p: FileReadingParams): FileReadingResult {
  const unit = FILE_UNIT_SIZES[p.unit];
  if (unit.family !== p.registerUnit)
    return { error: `unit ${p.unit} is not a unit of the meter's ${p.registerUnit} register` };
  let value: Dec = dec(p.reading).times(unit.size);
  if (p.engineeringUnits) value = value.div(p.multiplier);
  value = value.toDecimalPlaces(MAX_DECIMALS, Dec.ROUND_HALF_UP);
  if (value.gte(new Dec(10).pow(p.dials)))
    return { error: `${value.toFixed()} does not fit on a ${p.dials}-dial register` };
  return { value: value.toFixed() };
}

/** A reading text the database can hold: at most 12 whole digits (leading zeros aside) and 6 decimals. */
export function readingTextProblem(reading: string): string | null {
  const dot = reading.indexOf('.');
  const whole = dot < 0 ? reading : reading.slice(0, dot);
  let start = 0;
  while (start < whole.length - 1 && whole.charCodeAt(start) === 48) start += 1;
  if (whole.length - start > MAX_WHOLE_DIGITS)
    return `reading ${reading} has more than ${MAX_WHOLE_DIGITS} whole digits`;
  if (dot >= 0 && reading.length - dot - 1 > MAX_DECIMALS)
    return `reading ${reading} has more than ${MAX_DECIMALS} decimals`;
  return null;
}
