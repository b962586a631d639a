const group = (digits: string) =>
  (digits.replace(/^0+(?=\d)/, '') || '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const PLAIN_NUMBER = /^([-+]?)(\d*)(?:\.(\d*))?$/;

/**
 * "1234567.5" → "$1,234,567.50", "-52.75" → "-$52.75". Works on the text: the amount is never
 * turned into a float, so what the server computed is what the clerk sees. Text that is not a
 * plain number is shown unchanged.
 */
export function formatMoney(value: string | null | undefined, symbol = '$'): string {
  if (value === null || value === undefined || value === '') return '';
  const text = String(value).trim();
  const match = PLAIN_NUMBER.exec(text);
  if (!match || (!match[2] && !match[3])) return text;
  const [, sign, whole = '', fraction = ''] = match;
  const cents = fraction.length >= 2 ? fraction : fraction.padEnd(2, '0');
  return `${sign === '-' ? '-' : ''}${symbol}${group(whole)}.${cents}`;
}

/** "12345.678" → "12,345.678": digits grouped, decimals kept as they are. */
export function formatDecimal(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const text = String(value).trim();
  const match = PLAIN_NUMBER.exec(text);
  if (!match || (!match[2] && !match[3])) return text;
  const [, sign, whole = '', fraction] = match;
  return `${sign === '-' ? '-' : ''}${group(whole)}${fraction ? `.${fraction}` : ''}`;
}

/** What the money and decimal inputs accept before the server checks it again. */
export const MONEY_PATTERN = /^-?\d{1,13}(\.\d{1,2})?$/;
export const DECIMAL_PATTERN = /^-?\d{1,15}(\.\d{1,6})?$/;
