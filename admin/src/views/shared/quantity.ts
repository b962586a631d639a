import { formatDecimal } from '../../format/money';

/** "1000.000" → "1000", "748.050" → "748.05", "1000" → "1000": trailing decimal zeros dropped, nothing else. */
export function trimDecimal(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** A quantity for display: "18400.000" → "18,400". */
export const formatQuantity = (text: string | null | undefined) =>
  text ? formatDecimal(trimDecimal(text)) : '';
