import { dec, moneyText, type Dec } from '../shared/money/index.js';
import { explainLine } from './core/explain-line.js';
import type { ChargeLine } from './core/types.js';
import type { ChargeLineView } from './rating.types.js';

/**
 * A bill line as stored in bill.lines: an array in a fixed order (a million bills carry six lines
 * each, so keys are not repeated), decimals as text, everything explainLine needs.
 */
export type StoredLine = readonly (string | number | null)[];

const FIELDS = ['service', 'scheduleCode', 'effectiveFrom', 'kind', 'description', 'quantity', 'unit', 'rate', 'amount', 'bandFrom', 'bandTo',
  'factor', 'factorDays', 'percentOf', 'periodStart', 'periodEnd', 'dwellingUnits'] as const;
const DECIMALS = new Set<string>(['quantity', 'rate', 'amount', 'bandFrom', 'bandTo', 'factor']);

// Rates, band limits and factors are the same few Decimal objects on a million lines: their text is kept.
const texts = new WeakMap<Dec, string>();
const textOf = (d: Dec) => texts.get(d) ?? (texts.set(d, d.toFixed()), texts.get(d)!);

export function storeLine(line: ChargeLine): StoredLine {
  return FIELDS.map(key => {
    const value = line[key] as unknown;
    if (value === null || value === undefined) return null;
    if (!DECIMALS.has(key)) return value as string | number;
    return key === 'amount' ? moneyText(value as Dec) : textOf(value as Dec);
  });
}

export function loadLine(stored: StoredLine): ChargeLine {
  const line: Record<string, unknown> = {};
  FIELDS.forEach((key, i) => {
    const value = stored[i] ?? null;
    line[key] = value !== null && DECIMALS.has(key) ? dec(String(value)) : value;
  });
  return line as unknown as ChargeLine;
}

/** The service, description and amount of a stored line, without decoding the rest (print files). */
export function lineSummary(stored: StoredLine): { service: string; description: string; amount: string } {
  return { service: String(stored[0]), description: String(stored[4]), amount: String(stored[8]) };
}

/** The GraphQL view of a line, with its explanation rendered from the line itself. */
export function lineView(line: ChargeLine): ChargeLineView {
  return {
    service: line.service,
    scheduleCode: line.scheduleCode,
    kind: line.kind,
    description: line.description,
    quantity: line.quantity?.toFixed() ?? null,
    unit: line.unit,
    rate: line.rate?.toFixed() ?? null,
    amount: moneyText(line.amount),
    explanation: line.explanation ?? explainLine(line),
    periodStart: line.periodStart,
    periodEnd: line.periodEnd,
  };
}
