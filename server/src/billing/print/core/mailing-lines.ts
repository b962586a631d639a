import { serviceAddressLines, type BillDocument } from './bill-document.js';

export const MAILING_LINES = 4;

/**
 * The mailing address as at most 4 lines (name not included). The customer's mailing address is
 * free text: its own line breaks are kept; a one-line address is cut at its commas ("PO Box 12,
 * Port Arthur TX 77641" → two lines), as an envelope window wants. Without a mailing address the
 * bill goes to the service address. Lines beyond the 4th are joined onto the 4th, never dropped.
 */
export function mailingLines(doc: BillDocument): string[] {
  const text = doc.mailingAddress?.trim();
  if (!text) return serviceAddressLines(doc);
  const parts = (text.includes('\n') ? text.split(/\r?\n/) : text.split(',')).map(p => p.trim()).filter(Boolean);
  if (parts.length <= MAILING_LINES) return parts;
  return [...parts.slice(0, MAILING_LINES - 1), parts.slice(MAILING_LINES - 1).join(', ')];
}
