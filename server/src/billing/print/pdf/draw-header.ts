import type { BillDocument } from '../core/bill-document.js';
import { serviceAddressLines } from '../core/bill-document.js';
import { displayDate, displayMoney } from '../core/display.js';
import type { UtilityIdentity } from '../utility-identity.js';
import { ACCENT, MUTED, PAGE, put, RIGHT_COL, row, type Doc } from './pdf-style.js';

/** Letterhead, the key facts box, the mailing block (in the envelope window) and the service facts. */
export function drawHeader(doc: Doc, bill: BillDocument, utility: UtilityIdentity, customerName: string, mail: string[]): void {
  const x = PAGE.margin;
  put(doc, utility.name, x, 36, { size: 16, bold: true, color: ACCENT, width: 330 });
  utility.remitTo.forEach((line, i) => put(doc, line, x, 58 + i * 11, { size: 8.5, color: MUTED, width: 330 }));
  put(doc, `${utility.phone}  ·  ${utility.web}`, x, 58 + utility.remitTo.length * 11, { size: 8.5, color: MUTED, width: 330 });

  const w = RIGHT_COL.width;
  doc.rect(RIGHT_COL.x - 8, 32, w + 16, 92).lineWidth(0.8).strokeColor(ACCENT).stroke();
  put(doc, bill.kind === 'FINAL' ? 'FINAL BILL' : 'WATER & SEWER BILL', RIGHT_COL.x, 38, { size: 10, bold: true, color: ACCENT, width: w });
  row(doc, 'Account number', bill.accountNumber, RIGHT_COL.x, 54, w);
  row(doc, 'Bill number', bill.billNumber ?? 'DRAFT', RIGHT_COL.x, 66, w);
  row(doc, 'Bill date', displayDate(bill.billDate), RIGHT_COL.x, 78, w);
  row(doc, 'Due date', displayDate(bill.dueDate), RIGHT_COL.x, 90, w, { bold: true });
  row(doc, 'Amount due', displayMoney(bill.amountDue), RIGHT_COL.x, 104, w, { size: 11, bold: true });

  // #10 window envelope: the address block sits about 2" from the top, 0.9" from the left.
  put(doc, customerName, 64, 140, { size: 10, bold: true, width: 300 });
  mail.forEach((line, i) => put(doc, line, 64, 153 + i * 12, { size: 10, width: 300 }));

  const [street, city] = serviceAddressLines(bill);
  put(doc, 'Service address', RIGHT_COL.x, 140, { size: 8, color: MUTED, width: w });
  put(doc, street, RIGHT_COL.x, 151, { size: 9.5, width: w });
  put(doc, city, RIGHT_COL.x, 163, { size: 9.5, width: w });
  put(doc, 'Service period', RIGHT_COL.x, 180, { size: 8, color: MUTED, width: w });
  put(doc, `${displayDate(bill.periodStart)} – ${displayDate(bill.periodEnd)} (${bill.days} days)`, RIGHT_COL.x, 191, { size: 9.5, width: w });
  if (bill.cycle) put(doc, `Cycle ${bill.cycle}`, RIGHT_COL.x, 204, { size: 8, color: MUTED, width: w });
}
