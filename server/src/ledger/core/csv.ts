/**
 * One CSV record (RFC 4180): a field holding a comma, a quote, CR or LF is quoted and its quotes
 * doubled; records end with CRLF, which every ERP import and spreadsheet accepts.
 */
export function csvRecord(fields: readonly string[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

function csvField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
