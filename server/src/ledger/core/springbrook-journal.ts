import { moneyText } from '../../shared/money/index.js';
import { type CalendarDate, isCalendarDate } from '../../shared/dates/index.js';
import { csvRecord } from './csv.js';
import { assertBalanced, type GlJournalLine } from './gl-journal.js';

const SEGMENTS = 7;

/**
 * The GL account number as Springbrook's seven sections (file-formats.md §5.2): split on '-',
 * always seven, unused ones blank, never '0'-filled: '610-0-0-1043' → ['610','0','0','1043','','',''].
 */
export function springbrookSegments(glAccount: string): string[] {
  const parts = glAccount.split('-').map(p => p.trim());
  if (parts.length > SEGMENTS || parts.some(p => p === '' || /[,"\r\n]/.test(p))) {
    throw new RangeError(`GL account "${glAccount}" does not fit Springbrook's seven sections`);
  }
  return [...parts, ...Array<string>(SEGMENTS - parts.length).fill('')];
}

/**
 * A Springbrook "GL Import Journal Entries" file, comma-delimited (file-formats.md §5.2).
 * Layout chosen here (Springbrook takes custom import configurations; map these columns once):
 *   seg1,seg2,seg3,seg4,seg5,seg6,seg7,debit,credit,description
 * so account 610-0-0-1043 starts `610,0,0,1043,,,,` exactly as Springbrook documents. No header
 * row. Debit and credit are separate unsigned 2-decimal columns (no sign to misread); one side is
 * 0.00. The journal date comes from Springbrook's batch settings, so it only appears in the
 * description. The last row is the control total: seven blank sections, total debits = total
 * credits, description `CONTROL TOTAL` (drop it if the import configuration cannot skip it).
 * Throws on an unbalanced journal.
 */
export function springbrookJournal(
  lines: readonly GlJournalLine[],
  options: { readonly journalDate: CalendarDate },
): string {
  if (!isCalendarDate(options.journalDate)) throw new RangeError(`not a date: ${options.journalDate}`);
  const totals = assertBalanced(lines);
  const description = `UB JOURNAL ${options.journalDate}`;
  const rows = lines.map(l =>
    csvRecord([...springbrookSegments(l.glAccount), moneyText(l.debit), moneyText(l.credit), description]),
  );
  const blank = Array<string>(SEGMENTS).fill('');
  const total = csvRecord([...blank, moneyText(totals.debit), moneyText(totals.credit), 'CONTROL TOTAL']);
  return rows.join('') + total;
}
