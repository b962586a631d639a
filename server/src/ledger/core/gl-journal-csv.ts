import { moneyText } from '../../shared/money/index.js';
import { type CalendarDate, isCalendarDate } from '../../shared/dates/index.js';
import { csvRecord } from './csv.js';
import { assertBalanced, type GlJournalLine } from './gl-journal.js';

export const GL_JOURNAL_CSV_HEADER = [
  'journal_date',
  'gl_account',
  'debit',
  'credit',
  'description',
] as const;

/**
 * The neutral GL journal CSV (file-formats.md §5.4): a header row, one row per GL account dated the
 * last day of the range, money as 2-decimal text ("1234.50", no grouping), and a last row with
 * gl_account `TOTAL` whose debit equals its credit. Throws on an unbalanced journal rather than
 * writing one (billing-rules.md: "debits equal credits, always").
 */
export function glJournalCsv(
  lines: readonly GlJournalLine[],
  range: { readonly from: CalendarDate; readonly to: CalendarDate },
): string {
  if (!isCalendarDate(range.from) || !isCalendarDate(range.to) || range.from > range.to) {
    throw new RangeError(`not a journal range: ${range.from}..${range.to}`);
  }
  const totals = assertBalanced(lines);
  const description = `Utility billing ${range.from} to ${range.to}`;
  const rows = lines.map(l =>
    csvRecord([range.to, l.glAccount, moneyText(l.debit), moneyText(l.credit), description]),
  );
  const total = csvRecord([
    range.to,
    'TOTAL',
    moneyText(totals.debit),
    moneyText(totals.credit),
    `${description}, control total`,
  ]);
  return csvRecord(GL_JOURNAL_CSV_HEADER) + rows.join('') + total;
}
