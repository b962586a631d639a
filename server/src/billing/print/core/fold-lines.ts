import { dec, moneyText, sumMoney } from '../../../shared/money/index.js';
import type { DocumentLine } from './bill-document.js';

/**
 * At most `max` charge lines: the lines from the max-th on are folded into one "Other charges"
 * line holding their sum, so a fixed-slot print record or a one-page bill still adds up to the
 * current charges whatever the number of lines.
 */
export function foldLines(lines: readonly DocumentLine[], max: number): DocumentLine[] {
  if (lines.length <= max) return [...lines];
  const rest = lines.slice(max - 1);
  const amount = moneyText(sumMoney(rest.map(l => dec(l.amount))));
  const explanation = rest.map(l => `${l.description} ${l.amount}`).join('; ');
  return [...lines.slice(0, max - 1), { service: 'OTHER', description: `Other charges (${rest.length} lines)`, amount, explanation }];
}
