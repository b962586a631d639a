import { periodDays } from '../../shared/dates/index.js';
import { formatBand, formatMoney, formatPercent, formatQuantity, formatRate, serviceWord } from './format.js';
import type { ChargeLine } from './types.js';

/**
 * A sentence a clerk can read aloud for a bill line (billing-rules.md: "Rate schedules": each
 * line carries an explanation), rendered from the stored line alone so a bill read years later
 * explains itself the same way: "3.000 kgal × $5.50 = $16.50, 2,001–5,000 gallons",
 * "Base charge $18.40 × 19/30 days = $11.65", "Minimum charge brings water to $25.00",
 * "10% of water charges $40.20 = $4.02", "Tax 7% on $52.75 = $3.69". Display only.
 */
export function explainLine(line: ChargeLine): string {
  const fraction = dayFraction(line);
  const days = fraction === null ? '' : ` × ${fraction} days`;
  const amount = formatMoney(line.amount);
  switch (line.kind) {
    case 'FIXED':
    case 'FLAT': {
      const units = line.quantity !== null && line.dwellingUnits > 1 ? ` × ${line.dwellingUnits} units` : '';
      if (!units && !days) return `${line.description} ${amount}`;
      return `${line.description} ${formatMoney(line.rate!)}${units}${days} = ${amount}`;
    }
    case 'TIER':
      return tierSentence(line, days);
    case 'MINIMUM':
      return `Minimum charge brings ${serviceWord(line.service, true)} to ${formatMoney(line.rate!)}${fraction ? ` (prorated ${fraction} days)` : ''}`;
    case 'PERCENT':
      return `${formatPercent(line.rate!)}% of ${serviceWord(line.percentOf ?? line.service, true)} charges ${formatMoney(line.quantity!)}${days} = ${amount}`;
    case 'TAX':
      return `Tax ${formatPercent(line.rate!)}% on ${formatMoney(line.quantity!)}${days} = ${amount}`;
  }
}

function tierSentence(line: ChargeLine, days: string): string {
  const unit = line.unit!;
  const unlimited = line.bandTo === null && line.bandFrom!.isZero();
  const scaled = !unlimited && (line.dwellingUnits > 1 || days !== '');
  const units = line.dwellingUnits > 1 ? ` × ${line.dwellingUnits} units` : '';
  const limits = scaled ? ` (band limits${units}${days})` : '';
  const noteAt = line.description.indexOf('; ');
  const note = noteAt < 0 ? '' : line.description.slice(noteAt);
  const band = formatBand(line.bandFrom!, line.bandTo, unit, true);
  return `${formatQuantity(line.quantity!, unit)} × ${formatRate(line.rate!)} = ${formatMoney(line.amount)}, ${band}${limits}${note}`;
}

/** "19/30" (the line's days over the factor's days) when the line carries a factor, else null. */
function dayFraction(line: ChargeLine): string | null {
  if (line.factor === null || line.factorDays === null) return null;
  return `${periodDays({ start: line.periodStart, end: line.periodEnd })}/${line.factorDays}`;
}
