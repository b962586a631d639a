import { dec, moneyText, type Dec } from '../shared/money/index.js';
import { explainLine } from './core/explain-line.js';
import type { ChargeLine } from './core/types.js';
import type { ChargeLineView } from './rating.types.js';

/** A bill line as stored in bill.lines: decimals as text, everything explainLine needs. */
export type StoredLine = { [K in keyof ChargeLine]: ChargeLine[K] extends Dec ? string : ChargeLine[K] extends Dec | null ? string | null : ChargeLine[K] };

const DECIMAL_KEYS = ['quantity', 'rate', 'amount', 'bandFrom', 'bandTo', 'factor'] as const;

export function storeLine(line: ChargeLine): StoredLine {
  const stored: Record<string, unknown> = { ...line };
  delete stored.explanation;
  for (const key of DECIMAL_KEYS) {
    const value = line[key];
    stored[key] = value === null ? null : key === 'amount' ? moneyText(value) : value.toFixed();
  }
  return stored as StoredLine;
}

export function loadLine(stored: StoredLine): ChargeLine {
  const line: Record<string, unknown> = { ...stored };
  for (const key of DECIMAL_KEYS) {
    const value = stored[key];
    line[key] = value === null || value === undefined ? null : dec(value);
  }
  return line as unknown as ChargeLine;
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
