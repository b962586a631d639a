/** Nominal meter sizes in inches, smallest first (billing-rules.md "Units and consumption"). */
export const METER_SIZES = ['5/8', '3/4', '1', '1-1/2', '2', '3', '4', '6', '8'] as const;

const ALIASES: Record<string, string> = {
  '0.625': '5/8', '.625': '5/8', '0.75': '3/4', '.75': '3/4', '1.0': '1', '1.5': '1-1/2', '1 1/2': '1-1/2',
  '11/2': '1-1/2', '1.50': '1-1/2', '2.0': '2', '3.0': '3', '4.0': '4', '6.0': '6', '8.0': '8',
};

/**
 * The canonical size of a meter from the forms found in files and screens: `5/8"`, `5/8 in`,
 * `5/8x3/4` (a 5/8" meter with 3/4" connections), `1 1/2`, `1.5`, `0.625`. Null when unknown.
 */
export function normalizeMeterSize(text: string | null | undefined): string | null {
  if (!text) return null;
  let size = text.trim().toLowerCase().replace(/["”]|inches|inch|in\.?$/g, '').trim();
  size = size.split(/\s*x\s*/)[0]!.trim();
  size = ALIASES[size] ?? size.replace(/\s+/g, ' ');
  if (size === '1 1/2') size = '1-1/2';
  return (METER_SIZES as readonly string[]).includes(size) ? size : null;
}
