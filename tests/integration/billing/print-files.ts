import { inflateSync } from 'node:zlib';

/** An RFC 4180 reader for the tests: quoted fields with doubled quotes, commas and line breaks. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') record.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field), records.push(record), (field = ''), (record = []), i++;
    } else field += c;
  }
  if (field || record.length) record.push(field), records.push(record);
  return records;
}

/** Records as objects keyed by the header row. */
export function csvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map(r => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

/** Page objects of a PDF (pdfkit writes no object streams, so page dictionaries are plain text). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
}

/**
 * The text drawn in a pdfkit PDF, without a PDF library: inflate each FlateDecode stream and decode
 * the hex strings of its TJ/Tj operators (standard fonts: WinAnsi, one byte per character). One
 * text operation per line of output.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  const streamAt = /<<([^]*?)>>\s*stream\r?\n/g;
  for (let m = streamAt.exec(raw); m; m = streamAt.exec(raw)) {
    const length = Number(/\/Length (\d+)/.exec(m[1]!)?.[1]);
    if (!length || !m[1]!.includes('/FlateDecode')) continue;
    const start = m.index + m[0].length;
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, start + length)).toString('latin1');
    } catch {
      continue; // an image or font stream, not page content
    }
    for (const op of content.matchAll(/\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      const hexes = op[1] !== undefined ? [...op[1].matchAll(/<([0-9a-fA-F]*)>/g)].map(h => h[1]!) : [op[2]!];
      lines.push(hexes.map(h => Buffer.from(h, 'hex').toString('latin1')).join(''));
    }
  }
  return lines.join('\n');
}
