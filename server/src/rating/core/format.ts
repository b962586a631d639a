import { Dec } from '../../shared/money/index.js';
import type { ServiceType, VolumeUnit } from './types.js';

/**
 * Display helpers for line descriptions and explanations (billing-rules.md: "Rate schedules": each
 * line carries an explanation a clerk can read aloud); never used for arithmetic.
 */

const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/** A number with thousands separators and between minDp and maxDp decimals ("2,001", "3.000"). */
export function formatNumber(value: Dec, minDp: number, maxDp: number): string {
  const rounded = value.toDecimalPlaces(maxDp, Dec.ROUND_HALF_UP);
  const dp = Math.max(minDp, rounded.decimalPlaces());
  const [whole, fraction] = rounded.abs().toFixed(dp).split('.');
  const sign = rounded.isNegative() && !rounded.isZero() ? '-' : '';
  return `${sign}${whole!.replace(THOUSANDS, ',')}${fraction ? `.${fraction}` : ''}`;
}

/** "$1,234.50", "-$3.00". */
export function formatMoney(value: Dec): string {
  const text = formatNumber(value, 2, 2);
  return text.startsWith('-') ? `-$${text.slice(1)}` : `$${text}`;
}

/** A rate per unit: at least 2 decimals, up to 6 ("$5.50", "$0.0055"). */
export function formatRate(value: Dec): string {
  return `$${formatNumber(value, 2, 6)}`;
}

/** A percent number without trailing zeros ("7", "8.25"). */
export function formatPercent(value: Dec): string {
  return formatNumber(value, 0, 6);
}

const QUANTITY_DP: Readonly<Record<VolumeUnit, readonly [number, number]>> = {
  GALLON: [0, 3],
  KGAL: [3, 6],
  CCF: [2, 6],
};

export const UNIT_ABBREVIATION: Readonly<Record<VolumeUnit, string>> = {
  GALLON: 'gal',
  KGAL: 'kgal',
  CCF: 'CCF',
};

/** A quantity in its schedule unit: "3.000 kgal", "1,250 gal", "12.00 CCF". */
export function formatQuantity(value: Dec, unit: VolumeUnit): string {
  const [min, max] = QUANTITY_DP[unit];
  return `${formatNumber(value, min, max)} ${UNIT_ABBREVIATION[unit]}`;
}

const SERVICE_WORD: Readonly<Record<ServiceType, string>> = {
  WATER: 'Water',
  SEWER: 'Sewer',
  IRRIGATION: 'Irrigation',
  SOLID_WASTE: 'Solid waste',
  STORMWATER: 'Stormwater',
  OTHER: 'Other',
};

/** "Water", "Solid waste"; lower-cased inside sentences. */
export function serviceWord(service: ServiceType, lower = false): string {
  const word = SERVICE_WORD[service];
  return lower ? word.toLowerCase() : word;
}

const THOUSAND = new Dec(1000);

/**
 * A band in words, in gallons for GALLON and KGAL schedules and in CCF for CCF schedules, the way
 * rate sheets print it: "0–2,000 gallons", "2,001–5,000 gallons", "over 5,000 gallons". A whole
 * lower limit is shown as the next whole unit (the limit itself belongs to the band below).
 */
export function formatBand(from: Dec, to: Dec | null, unit: VolumeUnit, long: boolean): string {
  const factor = unit === 'KGAL' ? THOUSAND : null;
  const word = unit === 'CCF' ? 'CCF' : long ? 'gallons' : 'gal';
  const shown = (x: Dec): Dec => (factor ? x.times(factor) : x);
  const low = shown(from);
  if (to === null) return low.isZero() ? `all usage` : `over ${formatNumber(low, 0, 3)} ${word}`;
  const lowText = low.isZero()
    ? '0'
    : low.isInteger()
      ? formatNumber(low.plus(1), 0, 0)
      : formatNumber(low, 0, 3);
  return `${lowText}–${formatNumber(shown(to), 0, 3)} ${word}`;
}
