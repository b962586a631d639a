import type { BillDocument } from '../core/bill-document.js';
import { displayDate, displayMoney, displayNumber, monthLabel } from '../core/display.js';
import { dec, ZERO } from '../../../shared/money/index.js';
import { ACCENT, BAR, MUTED, put, REGULAR, RIGHT_COL, row, rule, type Doc } from './pdf-style.js';

/**
 * The account summary. billStatements' previous balance is the balance just before this bill, so
 * payments and credits since the last bill are already in it: they are shown as a note under it,
 * and the three amounts printed in the column add up to the amount due.
 */
export function drawSummary(doc: Doc, bill: BillDocument, top: number): number {
  const { x, width } = RIGHT_COL;
  put(doc, 'ACCOUNT SUMMARY', x, top, { size: 9, bold: true, color: ACCENT, width });
  row(doc, 'Previous balance', displayMoney(bill.previousBalance), x, top + 16, width);
  doc.font(REGULAR).fontSize(6.8).fillColor(MUTED);
  doc.text(`Includes payments and credits of ${displayMoney(bill.paymentsAndCredits)} received since your last bill.`, x + 6, top + 27, { width: width - 6, height: 16, ellipsis: true });
  row(doc, 'Current charges', displayMoney(bill.currentCharges), x, top + 46, width);
  rule(doc, x, top + 59, x + width);
  row(doc, 'AMOUNT DUE', displayMoney(bill.amountDue), x, top + 64, width, { size: 12, bold: true });
  put(doc, `Due by ${displayDate(bill.dueDate)}`, x, top + 81, { size: 8.5, bold: true, width });
  return top + 100;
}

/** 13 bars of monthly usage, the billed month dark, empty months left blank (no bill, not zero). */
export function drawUsageChart(doc: Doc, bill: BillDocument, top: number, height = 120): number {
  const { x, width } = RIGHT_COL;
  put(doc, 'WATER USE, LAST 13 MONTHS (gal)', x, top, { size: 8, bold: true, color: ACCENT, width });
  const base = top + 16 + height;
  const step = width / bill.history.length;
  const max = bill.history.reduce((m, h) => (h.gallons !== null && dec(h.gallons).gt(m) ? dec(h.gallons) : m), ZERO);
  rule(doc, x, base, x + width, MUTED);
  bill.history.forEach((h, i) => {
    const bx = x + i * step + step * 0.15;
    const current = i === bill.history.length - 1;
    if (h.gallons !== null && max.gt(0)) {
      // Drawing coordinates, not money: a float is fine here.
      const barHeight = Math.max(0.8, dec(h.gallons).div(max).times(height).toNumber());
      doc.rect(bx, base - barHeight, step * 0.7, barHeight).fill(current ? ACCENT : BAR);
    }
    put(doc, monthLabel(h.month).slice(0, current ? 3 : 1), x + i * step - 2, base + 3, { size: 6, color: MUTED, width: step + 4, align: 'center' });
  });
  const first = bill.history[0]!.month;
  const last = bill.history[bill.history.length - 1]!.month;
  put(doc, `${monthLabel(first)} ${first.slice(0, 4)} – ${monthLabel(last)} ${last.slice(0, 4)}   peak ${displayNumber(max.toFixed())}`, x, base + 13, { size: 6.5, color: MUTED, width });
  const days = bill.days > 0 ? dec(bill.usage).div(bill.days) : ZERO;
  put(doc, `This period: ${displayNumber(bill.usage)} gal, ${displayNumber(days.toFixed(1), 1)} gal/day`, x, base + 24, { size: 7.5, width });
  return base + 38;
}
