import type { BillDocument } from '../core/bill-document.js';
import { mailingLines } from '../core/mailing-lines.js';
import type { UtilityIdentity } from '../utility-identity.js';
import { drawCharges, drawReads } from './draw-charges.js';
import { drawHeader } from './draw-header.js';
import { drawStub } from './draw-stub.js';
import { drawSummary, drawUsageChart } from './draw-summary.js';
import { BOLD, PAGE, type Doc } from './pdf-style.js';

export interface PageOptions {
  readonly utility: UtilityIdentity;
  /** Applied to personal data (name, mailing address) for REPORTING tools. */
  readonly mask: (text: string) => string;
}

/** A stamp across the page: DRAFT for a bill of a run not yet posted, VOID for a cancelled bill. */
function watermark(doc: Doc, text: string): void {
  doc.save();
  doc.rotate(-35, { origin: [PAGE.width / 2, PAGE.height / 2] });
  doc.font(BOLD).fontSize(120).fillColor('#cc0000').fillOpacity(0.12);
  doc.text(text, 0, PAGE.height / 2 - 60, { width: PAGE.width, align: 'center', lineBreak: false });
  doc.restore();
}

/** Adds one page holding the whole bill: letterhead to remittance stub. */
export function drawBillPage(doc: Doc, bill: BillDocument, opts: PageOptions): void {
  doc.addPage({ size: 'LETTER', margin: 0 });
  const name = opts.mask(bill.customerName);
  drawHeader(doc, bill, opts.utility, name, mailingLines(bill).map(opts.mask));
  const readsEnd = drawReads(doc, bill, 222);
  drawCharges(doc, bill, readsEnd + 8);
  const summaryEnd = drawSummary(doc, bill, 222);
  drawUsageChart(doc, bill, summaryEnd + 10);
  drawStub(doc, bill, opts.utility, name);
  if (bill.cancelled) watermark(doc, 'VOID');
  else if (!bill.posted) watermark(doc, 'DRAFT');
}
