const DIGITS = 10;
const BILL_NUMBER = /^B(\d{10})$/;

/**
 * The bill number of the n-th posted bill (billing-rules.md: "POSTED (… bill numbers assigned)"):
 * 'B' + a 10-digit zero-padded global sequence, e.g. B0000012345. Unique because the sequence is
 * (a database sequence, drawn when the bill posts); sortable because fixed width makes text order
 * equal numeric order, i.e. posting order across cycles. The 'B' keeps it apart from account
 * numbers on scan lines and lockbox files. No cycle or date inside: those are on the bill, and a
 * number that never changes meaning survives a cycle renamed or a run reposted after month-end.
 */
export function formatBillNumber(sequence: bigint | number | string): string {
  const n = BigInt(sequence);
  if (n < 1n || n >= 10n ** BigInt(DIGITS)) throw new RangeError(`bill sequence out of range: ${n}`);
  return `B${n.toString().padStart(DIGITS, '0')}`;
}

/** The sequence of a bill number, or null when the text is not one (e.g. a mistyped number). */
export function parseBillNumber(text: string): bigint | null {
  const m = BILL_NUMBER.exec(text.trim().toUpperCase());
  if (!m) return null;
  const n = BigInt(m[1]!);
  return n >= 1n ? n : null;
}
