/**
 * One CSV record (RFC 4180): a field holding a comma, a quote, CR or LF is quoted with its quotes
 * doubled; records end with CRLF, as RFC 4180 says and as print vendors' importers expect.
 */
export function csvRecord(fields: readonly string[]): string {
  let out = '';
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    out += (i ? ',' : '') + (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
  }
  return out + '\r\n';
}
