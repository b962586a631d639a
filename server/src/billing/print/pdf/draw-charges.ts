import type { BillDocument } from '../core/bill-document.js';
import { displayDate, displayMoney, displayNumber } from '../core/display.js';
import { foldLines } from '../core/fold-lines.js';
import { ACCENT, BOLD, INK, LEFT_COL, MUTED, put, REGULAR, row, rule, type Doc } from './pdf-style.js';

/** Meters shown in the reads table; a bill with more lists the rest as one "more meters" line. */
const READ_ROWS = 4;
/** Charge lines that fit with their explanations above the cut line; more are folded. */
export const PDF_LINES = 8;

/** The reads table: meter, previous and current reads with dates, usage, E for an estimate. */
export function drawReads(doc: Doc, bill: BillDocument, top: number): number {
  const { x, width } = LEFT_COL;
  const cols = [x, x + 82, x + 170, x + 258];
  put(doc, 'METER READINGS', x, top, { size: 9, bold: true, color: ACCENT, width });
  const head = top + 14;
  ['Meter', 'Previous read', 'Current read', 'Usage (gal)'].forEach((h, i) => put(doc, h, cols[i]!, head, { size: 7.5, color: MUTED, width: 82, align: i === 3 ? 'right' : 'left' }));
  rule(doc, x, head + 10, x + width);
  let y = head + 14;
  for (const r of bill.reads.slice(0, READ_ROWS)) {
    put(doc, r.serialNumber, cols[0]!, y, { size: 8.5, width: 80 });
    put(doc, `${displayNumber(r.previous)} on ${displayDate(r.previousOn)}`, cols[1]!, y, { size: 8.5, width: 86 });
    put(doc, `${displayNumber(r.current)}${r.estimated ? ' E' : ''} on ${displayDate(r.currentOn)}`, cols[2]!, y, { size: 8.5, width: 86 });
    put(doc, displayNumber(r.gallons), cols[3]!, y, { size: 8.5, width: 82, align: 'right' });
    y += 12;
  }
  if (bill.reads.length > READ_ROWS) {
    put(doc, `and ${bill.reads.length - READ_ROWS} more meter(s): see your account online`, cols[0]!, y, { size: 8, color: MUTED, width });
    y += 12;
  }
  rule(doc, x, y, x + width);
  row(doc, `Total usage${bill.estimated ? ' (estimated)' : ''}`, `${displayNumber(bill.usage)} gallons`, x, y + 4, width, { size: 9, bold: true });
  const note = bill.reads.some(r => r.estimated) ? 'E = estimated read: the next actual read corrects it.' : '';
  if (note) put(doc, note, x, y + 17, { size: 7, color: MUTED, width });
  return y + 32;
}

/** The charge lines with amounts, each with its plain-words explanation in small type. */
export function drawCharges(doc: Doc, bill: BillDocument, top: number): number {
  const { x, width } = LEFT_COL;
  put(doc, 'CURRENT CHARGES', x, top, { size: 9, bold: true, color: ACCENT, width });
  let y = top + 15;
  for (const line of foldLines(bill.lines, PDF_LINES)) {
    row(doc, `${serviceLabel(line.service)}${line.description}`, displayMoney(line.amount), x, y, width, { size: 9 });
    doc.font(REGULAR).fontSize(6.8).fillColor(MUTED);
    doc.text(line.explanation, x + 8, y + 11, { width: width - 8, height: 17, ellipsis: true });
    y += 11 + Math.min(17, doc.heightOfString(line.explanation, { width: width - 8 })) + 3;
  }
  rule(doc, x, y, x + width);
  doc.font(BOLD).fillColor(INK);
  row(doc, 'Total current charges', displayMoney(bill.currentCharges), x, y + 4, width, { size: 9.5, bold: true });
  return y + 20;
}

const serviceLabel = (service: string) => (service === 'OTHER' ? '' : `${service[0]}${service.slice(1).toLowerCase().replace('_', ' ')}: `);
