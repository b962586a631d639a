import { Dec, dec } from '../../shared/money/index.js';

/** Canonical meter sizes in inches (billing-rules.md: "Units and consumption"). */
export const METER_SIZES = ['5/8', '3/4', '1', '1-1/2', '2', '3', '4', '6', '8'] as const;
export type MeterSize = (typeof METER_SIZES)[number];

const SIZE_INCHES: readonly [MeterSize, Dec][] = [
  ['5/8', dec('0.625')],
  ['3/4', dec('0.75')],
  ['1', dec(1)],
  ['1-1/2', dec('1.5')],
  ['2', dec(2)],
  ['3', dec(3)],
  ['4', dec(4)],
  ['6', dec(6)],
  ['8', dec(8)],
];

const UNICODE_FRACTIONS: Record<string, string> = { '⅝': ' 5/8', '¾': ' 3/4', '½': ' 1/2', '¼': ' 1/4' };
const INCH_MARKS = /(inches|inch|in\.?|["”″]|'')/g;
const FRACTION = /^(?:(\d+)[\s-]+)?(\d+)\/(\d+)$/;
const DECIMAL = /^(\d*\.\d+|\d+)$/;

/**
 * The canonical size ('5/8', '1-1/2', …) of a meter size as people type it: `5/8"`, `5/8 in`,
 * `1 1/2`, `1.5`, `0.625`, `⅝`, and compound sizes `5/8x3/4` (the first, nominal size). Null when
 * the text is not one of METER_SIZES. Exact decimal comparison, no floats.
 */
export function normalizeMeterSize(text: string): MeterSize | null {
  let t = text.trim().toLowerCase();
  for (const [symbol, ascii] of Object.entries(UNICODE_FRACTIONS)) t = t.split(symbol).join(ascii);
  t = t.split(/\s*[x×]\s*/)[0] ?? '';
  t = t.replace(INCH_MARKS, ' ').replace(/\s+/g, ' ').trim().replace(/-$/, '').trim();
  const inches = parseInches(t);
  if (inches === null) return null;
  const found = SIZE_INCHES.find(([, value]) => value.eq(inches));
  return found ? found[0] : null;
}

function parseInches(text: string): Dec | null {
  const f = FRACTION.exec(text);
  if (f) {
    const whole = f[1] ? dec(f[1]) : new Dec(0);
    const denominator = dec(f[3]!);
    if (denominator.isZero()) return null;
    return whole.plus(dec(f[2]!).div(denominator));
  }
  if (DECIMAL.test(text)) return new Dec(text.startsWith('.') ? `0${text}` : text);
  return null;
}

/** Index of a canonical size in METER_SIZES; METER_SIZES.length for "no size". */
export function meterSizeIndex(size: string | null): number {
  if (size === null) return METER_SIZES.length;
  const i = (METER_SIZES as readonly string[]).indexOf(size);
  return i < 0 ? -1 : i;
}
