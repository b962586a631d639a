import { dec, moneyText, ZERO, type Dec } from '../../../shared/money/index.js';
import type { BillDocument } from './bill-document.js';

/** The counts and totals a vendor reconciles against (manifest and trailer record). */
export interface PrintTotals {
  readonly bills: number;
  readonly paper: number;
  readonly paperless: number;
  readonly currentCharges: string;
  readonly amountDue: string;
}

/** Adds bills up as they stream past: counts, and money summed as decimals (never floats). */
export class PrintTally {
  private bills = 0;
  private paperless = 0;
  private current: Dec = ZERO;
  private due: Dec = ZERO;

  add(doc: BillDocument): void {
    this.bills++;
    if (doc.paperless) this.paperless++;
    this.current = this.current.plus(dec(doc.currentCharges));
    this.due = this.due.plus(dec(doc.amountDue));
  }

  totals(): PrintTotals {
    return { bills: this.bills, paper: this.bills - this.paperless, paperless: this.paperless, currentCharges: moneyText(this.current), amountDue: moneyText(this.due) };
  }
}
