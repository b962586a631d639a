import { humanize } from '../../format/labels';
import { formatDecimal } from '../../format/money';

const ORDER = [
  'usage',
  'average',
  'averageDaily',
  'threshold',
  'excess',
  'lastPeriod',
  'days',
  'alerts',
  'partialPeriod',
];
const GALLONS = new Set(['usage', 'average', 'averageDaily', 'threshold', 'excess', 'lastPeriod']);

/** "usage 30000" → "Usage 30,000 gal": the numbers behind the check, in the server's order of importance. */
export function figureRows(figures: unknown): [label: string, value: string][] {
  if (!figures || typeof figures !== 'object') return [];
  const entries = Object.entries(figures as Record<string, unknown>).filter(
    ([, v]) => v !== null && v !== undefined,
  );
  const rank = (k: string) => (ORDER.includes(k) ? ORDER.indexOf(k) : ORDER.length);
  return entries
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([key, value]) => {
      const text = String(value);
      if (key === 'averageDaily') return ['Average per day', `${formatDecimal(text)} gal`];
      if (key === 'average') return ['Average for the period', `${formatDecimal(text)} gal`];
      return [humanize(key), GALLONS.has(key) ? `${formatDecimal(text)} gal` : text];
    });
}
