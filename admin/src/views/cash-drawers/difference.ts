import { formatMoney } from '../../format/money';

export interface DifferenceLike {
  readonly balanced: boolean;
  /** actual − counted (the server's sign: positive = more recorded than counted). */
  readonly totalDifference: string;
  readonly countDifference: number;
}

const isZero = (text: string) => /^[-+]?0*(\.0*)?$/.test(text.trim());
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The drawer against the clerk's count, in words, from the server's differences (no arithmetic
 * here): "Counted $20.00 less than the payments recorded", "Counted 1 payment more than recorded".
 */
export function describeDifference(d: DifferenceLike): string[] {
  if (d.balanced) return ['Balanced: the count matches the payments recorded'];
  const lines: string[] = [];
  const total = d.totalDifference.trim();
  if (!isZero(total)) {
    const negative = total.startsWith('-');
    const amount = formatMoney(negative ? total.slice(1) : total.replace(/^\+/, ''));
    lines.push(`Counted ${amount} ${negative ? 'more' : 'less'} than the payments recorded`);
  }
  if (d.countDifference !== 0) {
    const n = Math.abs(d.countDifference);
    lines.push(`Counted ${plural(n, 'payment')} ${d.countDifference > 0 ? 'fewer' : 'more'} than recorded`);
  }
  return lines.length ? lines : ['Not balanced yet: enter the counted count and total'];
}
