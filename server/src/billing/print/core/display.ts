import { dec, decimalText } from '../../../shared/money/index.js';

const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Money text ("-1234.5") as a customer reads it ("-$1,234.50"), by string work, never a float. */
export function displayMoney(text: string): string {
  const fixed = dec(text).toFixed(2);
  const negative = fixed.startsWith('-') && fixed !== '-0.00';
  const [whole, cents] = fixed.replace('-', '').split('.');
  return `${negative ? '-' : ''}$${group(whole!)}.${cents}`;
}

/** A quantity ("6000.000") with thousands separators and no trailing zeros ("6,000"). */
export function displayNumber(text: string, places = 3): string {
  const [whole, fraction] = decimalText(dec(text), places).split('.');
  return group(whole!) + (fraction ? `.${fraction}` : '');
}

/** An ISO date as printed on US bills ("07/26/2026"). */
export function displayDate(iso: string): string {
  return `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;
}

/** "2026-07" → "Jul". */
export function monthLabel(month: string): string {
  return MONTHS[Number(month.slice(5, 7)) - 1] ?? month;
}
