import type { BillDocument } from '../core/bill-document.js';
import { displayDate, displayMoney } from '../core/display.js';
import type { UtilityIdentity } from '../utility-identity.js';
import { CUT_Y, MUTED, PAGE, put, RIGHT, RIGHT_COL, row, type Doc } from './pdf-style.js';

/** The remittance stub under the cut line: what the lockbox reads back (account, amount, due date). */
export function drawStub(doc: Doc, bill: BillDocument, utility: UtilityIdentity, customerName: string): void {
  const contact = `Questions about your bill? Call ${utility.phone} or visit ${utility.web}.`;
  put(doc, contact, PAGE.margin, CUT_Y - 18, { size: 8, color: MUTED, width: RIGHT - PAGE.margin });
  doc.save().moveTo(PAGE.margin, CUT_Y).lineTo(RIGHT, CUT_Y).lineWidth(0.6).dash(4, { space: 3 }).strokeColor(MUTED).stroke().undash().restore();
  put(doc, 'Please detach and return this part with your payment. Make checks payable to ' + utility.name + '.', PAGE.margin, CUT_Y + 5, { size: 7, color: MUTED, width: RIGHT - PAGE.margin });

  const x = PAGE.margin;
  put(doc, utility.name, x, CUT_Y + 24, { size: 10, bold: true, width: 300 });
  put(doc, customerName, x, CUT_Y + 40, { size: 9, width: 300 });
  put(doc, bill.service.address, x, CUT_Y + 52, { size: 9, width: 300 });
  put(doc, 'Remit to:', x, CUT_Y + 74, { size: 7.5, color: MUTED, width: 300 });
  utility.remitTo.forEach((line, i) => put(doc, line, x + 44, CUT_Y + 74 + i * 10, { size: 8.5, width: 250 }));

  const w = RIGHT_COL.width;
  const rx = RIGHT_COL.x;
  doc.rect(rx - 8, CUT_Y + 20, w + 16, 104).lineWidth(0.8).strokeColor(MUTED).stroke();
  row(doc, 'Account number', bill.accountNumber, rx, CUT_Y + 26, w, { bold: true });
  row(doc, 'Bill number', bill.billNumber ?? 'DRAFT', rx, CUT_Y + 40, w);
  row(doc, 'Due date', displayDate(bill.dueDate), rx, CUT_Y + 54, w);
  row(doc, 'Amount due', displayMoney(bill.amountDue), rx, CUT_Y + 70, w, { size: 11, bold: true });
  put(doc, 'Amount enclosed', rx, CUT_Y + 96, { size: 8.5, width: 80 });
  doc.rect(rx + 80, CUT_Y + 92, w - 80, 18).lineWidth(0.6).strokeColor(MUTED).stroke();
  // A scan line in the usual lockbox order (account, bill, amount in cents), for OCR at the bank;
  // none on a draft, which must never come back with a payment.
  if (!bill.billNumber) return;
  const cents = bill.amountDue.startsWith('-') ? '0'.repeat(10) : bill.amountDue.replace('.', '').padStart(10, '0');
  put(doc, `${bill.accountNumber} ${bill.billNumber} ${cents}`, x, CUT_Y + 134, { size: 9, width: RIGHT - x, align: 'right' });
}
