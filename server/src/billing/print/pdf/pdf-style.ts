/** The page grid and type of a printed bill (US Letter, points). */
export type Doc = PDFKit.PDFDocument;

export const PAGE = { width: 612, height: 792, margin: 36 } as const;
export const RIGHT = PAGE.width - PAGE.margin;
/** Left column (reads and charges) and right column (summary and chart). */
export const LEFT_COL = { x: PAGE.margin, width: 340 } as const;
export const RIGHT_COL = { x: 396, width: RIGHT - 396 } as const;
/** Everything above the cut line is the customer's part; the stub below goes back with the payment. */
export const CUT_Y = 630;

export const INK = '#111111';
export const MUTED = '#555555';
export const RULE = '#999999';
export const ACCENT = '#1f4e79';
export const BAR = '#9db7d5';

export const REGULAR = 'Helvetica';
export const BOLD = 'Helvetica-Bold';

/** Text at a fixed place that never wraps onto a new page (one bill = one page, always). */
export function put(doc: Doc, text: string, x: number, y: number, opts: { width?: number; size?: number; bold?: boolean; color?: string; align?: 'left' | 'right' | 'center' } = {}): void {
  doc.font(opts.bold ? BOLD : REGULAR).fontSize(opts.size ?? 9).fillColor(opts.color ?? INK);
  // One line high: a name too long for its box ends in an ellipsis instead of wrapping over the next row.
  doc.text(text, x, y, { width: opts.width ?? 200, align: opts.align ?? 'left', height: (opts.size ?? 9) * 1.3, ellipsis: true });
}

/** A label on the left and a value flush right, on one row of a box `width` wide. */
export function row(doc: Doc, label: string, value: string, x: number, y: number, width: number, opts: { size?: number; bold?: boolean } = {}): void {
  put(doc, label, x, y, { width: width * 0.62, size: opts.size, bold: opts.bold });
  put(doc, value, x + width * 0.5, y, { width: width * 0.5, size: opts.size, bold: opts.bold, align: 'right' });
}

export function rule(doc: Doc, x1: number, y: number, x2: number, color = RULE): void {
  doc.moveTo(x1, y).lineTo(x2, y).lineWidth(0.5).strokeColor(color).stroke();
}
