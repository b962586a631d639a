/**
 * The common contract of the meter-read file parsers (AMI_CSV, BEACON_CSV, NEPTUNE_ROUTE).
 *
 * A parser never throws on bad input and never stops at the first bad line: it returns the records
 * of the good lines and every line error (1-based physical line numbers, capped at MAX_ERRORS).
 * The caller imports the file only when `errors` is empty (`ok`), so a file is all-or-nothing.
 */
import type { LineError } from './line-errors.js';

export type { LineError } from './line-errors.js';
export { MAX_ERRORS } from './line-errors.js';

/** The unit a reading is expressed in. */
export type ReadUnit = 'GALLON' | 'CUBIC_FOOT' | 'KGAL' | 'CCF';

export const READ_UNITS: readonly ReadUnit[] = ['GALLON', 'CUBIC_FOOT', 'KGAL', 'CCF'];

/** Normalised read flags (file-formats.md §4.6). */
export type ReadFlag =
  'LEAK' | 'REVERSE_FLOW' | 'TAMPER' | 'NO_READ' | 'NO_FLOW' | 'ESTIMATED' | 'METER_CHANGED' | 'LOW_BATTERY';

export const READ_FLAGS: readonly ReadFlag[] = [
  'LEAK',
  'REVERSE_FLOW',
  'TAMPER',
  'NO_READ',
  'NO_FLOW',
  'ESTIMATED',
  'METER_CHANGED',
  'LOW_BATTERY',
];

export type ReadSource = 'AMI' | 'HANDHELD';

export interface MeterReadRecord {
  /** Physical line the read came from. */
  readonly line: number;
  readonly meterSerial: string | null;
  readonly endpointId: string | null;
  /** Local date-time 'YYYY-MM-DDTHH:MM:SS' ('T00:00:00' when the file gives only a date). */
  readonly readAt: string;
  /** Local date 'YYYY-MM-DD'. */
  readonly readOn: string;
  /** Register reading as decimal text, exactly as read (after Neptune decimals / BEACON resolution). */
  readonly reading: string;
  readonly unit: ReadUnit;
  readonly flags: readonly ReadFlag[];
  readonly source: ReadSource;
  readonly dials?: number;
  readonly highLimit?: string;
  readonly lowLimit?: string;
  readonly accountNumber?: string;
  readonly premiseKey?: string;
  readonly route?: string;
  readonly sequence?: number;
  /** BEACON: the raw register value and the resolution it was multiplied by. */
  readonly rawReading?: string;
  readonly resolution?: string;
  /** Neptune: meter key, register multiplier, handheld read code, changed meter number. */
  readonly meterKey?: string;
  readonly multiplier?: string;
  readonly readCode?: string;
  readonly changedMeterNumber?: string;
}

export interface ReadParseResult {
  readonly records: MeterReadRecord[];
  readonly errors: LineError[];
  /** True when more than MAX_ERRORS errors were found (the rest were dropped). */
  readonly errorLimitReached: boolean;
  /** errors.length === 0: the file may be imported. */
  readonly ok: boolean;
  /** Physical lines in the file. */
  readonly lineCount: number;
}

const UNIT_ALIASES: Record<string, ReadUnit> = {
  GALLON: 'GALLON',
  GALLONS: 'GALLON',
  GAL: 'GALLON',
  CUBIC_FOOT: 'CUBIC_FOOT',
  CUBICFOOT: 'CUBIC_FOOT',
  CUBIC_FEET: 'CUBIC_FOOT',
  CUBICFEET: 'CUBIC_FOOT',
  'CUBIC FEET': 'CUBIC_FOOT',
  'CUBIC FOOT': 'CUBIC_FOOT',
  CF: 'CUBIC_FOOT',
  FT3: 'CUBIC_FOOT',
  CCF: 'CCF',
  HCF: 'CCF',
  KGAL: 'KGAL',
};

/** Maps a unit label (case-insensitive) to a ReadUnit, or null when unknown. */
export function readUnitOf(label: string): ReadUnit | null {
  return UNIT_ALIASES[label] ?? UNIT_ALIASES[label.trim().toUpperCase()] ?? null;
}

const FLAG_SET: ReadonlySet<string> = new Set(READ_FLAGS);

export function isReadFlag(value: string): value is ReadFlag {
  return FLAG_SET.has(value);
}

/** An empty, frozen flag list shared by reads without flags (the hot path allocates nothing). */
export const NO_FLAGS: readonly ReadFlag[] = Object.freeze([]);

const READING = /^\d+(\.\d+)?$/;

/** Non-negative decimal text without sign, exponent or grouping ("227.6", "0012345"). */
export function isReadingText(text: string): boolean {
  return READING.test(text);
}

/** A meter listed in the file without a reading (BEACON row without read, Neptune blank reading). */
export interface NoRead {
  readonly line: number;
  readonly meterSerial: string | null;
  readonly endpointId: string | null;
  readonly accountNumber?: string;
  readonly premiseKey?: string;
  /** Neptune: the handheld's read (skip) code, '' when none was entered. */
  readonly readCode?: string;
}
