import type { BillDocument } from '../core/bill-document.js';
import { displayDate, displayMoney, displayNumber } from '../core/display.js';
import { foldLines } from '../core/fold-lines.js';
import { ACCENT, BOLD, INK, LEFT_COL, MUTED, put, REGULAR, row, rule, type Doc } from './pdf-style.js';

/** Meters shown in the reads table; a bill with more lists the rest as one "more meters" line. */
const READ_ROWS = 4;
/** Charge lines that fit with their explanations above the cut line; more are folded. */
export const PDF_LINES = 8;

/** The reads table: meter, previous and current read with their dates, usage, E for an estimate. */
export function drawReads(doc: Doc, bill: BillDocument, top: number): number {
  const { x, width } = LEFT_COL;
  const cols: [string, number, number, 'left' | 'right'][] = [
    ['Meter', x, 66, 'left'], ['Previous date', x + 68, 54, 'left'], ['Previous read', x + 122, 52, 'right'],
    ['Current date', x + 186, 54, 'left'], ['Current read', x + 240, 50, 'right'], ['Usage (gal)', x + 290, width - 290, 'right'],
  ];
  put(doc, 'METER READINGS', x, top, { size: 9, bold: true, color: ACCENT, width });
  const head = top + 14;
  for (const [label, cx, w, align] of cols) put(doc, label, cx, head, { size: 7, color: MUTED, width: w, align });
  rule(doc, x, head + 10, x + width);
  let y = head + 14;
  for (const r of bill.reads.slice(0, READ_ROWS)) {
    const cells = [r.serialNumber, displayDate(r.previousOn), displayNumber(r.previous), displayDate(r.currentOn), `${r.estimated ? 'E ' : ''}${displayNumber(r.current)}`, displayNumber(r.gallons)];
    cells.forEach((cell, i) => put(doc, cell, cols[i]![1], y, { size: 8.5, width: cols[i]![2], align: cols[i]![3] }));
    y += 12;
  }
  if (bill.reads.length > READ_ROWS) {
    put(doc, `and ${bill.reads.length - READ_ROWS} more meter(s), in the total below`, x, y, { size: 8, color: MUTED, width });
    y += 12;
  }
  rule(doc, x, y, x + width);
  row(doc, `Total usage${bill.estimated ? ' (estimated)' : ''}`, `${displayNumber(bill.usage)} gallons`, x, y + 4, width, { size: 9, bold: true });
  const note = bill.reads.some(r => r.estimated) ? 'E = estimated read: your next actual read corrects it.' : '';
  if (note) put(doc, note, x, y + 17, { size: 7, color: MUTED, width });
  return y + 32;
}

/** The charge lines with amounts, each with its plain-words explanation in small type. */
export function drawCharges(doc: Doc, bill: BillDocument, top: number): number {
  const { x, width } = LEFT_COL;
  put(doc, 'CURRENT CHARGES', x, top, { size: 9, bold: true, color: ACCENT, width });
  let y = top + 15;
  for (const line of foldLines(bill.lines, PDF_LINES)) {
    row(doc, `${serviceLabel(line.service, line.description)}${line.description}`, displayMoney(line.amount), x, y, width, { size: 9 });
    doc.font(REGULAR).fontSize(6.8).fillColor(MUTED);
    doc.text(line.explanation, x + 8, y + 11, { width: width - 8, height: 17, ellipsis: true });
    y += 11 + Math.min(17, doc.heightOfString(line.explanation, { width: width - 8 })) + 3;
  }
  rule(doc, x, y, x + width);
  doc.font(BOLD).fillColor(INK);
  row(doc, 'Total current charges', displayMoney(bill.currentCharges), x, y + 4, width, { size: 9.5, bold: true });
  return y + 20;
}

/** "Water: " before a line, unless the description already says it ("Sewer base charge"). */
function serviceLabel(service: string, description: string): string {
  const name = `${service[0]}${service.slice(1).toLowerCase().replace('_', ' ')}`;
  return service === 'OTHER' || description.toLowerCase().startsWith(name.toLowerCase()) ? '' : `${name}: `;
}
