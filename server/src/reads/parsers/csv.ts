import { badCharacter } from './text.js';

/**
 * A streaming RFC 4180 record reader. Text arrives in chunks of any size; each complete record is
 * handed to `onRecord` with the number of the physical line it starts on. Lines without a quote
 * take the fast path (`String.prototype.split`, native); lines with quotes go through a small
 * state machine that handles doubled quotes, delimiters and line breaks inside quoted fields.
 *
 * Blank lines are skipped. Bad characters (control characters, U+FFFD) are reported on their own
 * physical line and the record holding them is dropped. Nothing here throws on bad input.
 */
export interface CsvReaderOptions {
  readonly delimiter?: ',' | '\t' | ';' | '|';
  readonly onRecord: (fields: string[], line: number) => void;
  /**
   * Optional fast path: called instead of `onRecord` for a non-blank line without quotes or bad
   * characters, as the span [start, end) of `text` (the line is not even sliced out), so that a
   * hot parser allocates only the fields it keeps.
   */
  readonly onUnquotedSpan?: (text: string, start: number, end: number, line: number) => void;
  readonly onError: (line: number, message: string) => void;
  /** A quoted field may span at most this many physical lines (default 50). */
  readonly maxLinesPerRecord?: number;
}

/**
 * Anything but printable ASCII, LF and CR (and tab in TSV): a chunk without any takes the fast
 * path. (Non-ASCII letters are fine in a line; they only send their chunk down the careful path.)
 */
const NOT_PLAIN_CSV = /[^\n\r\x20-\x7E]/;
const NOT_PLAIN_TSV = /[^\n\r\t\x20-\x7E]/;

type Parsed = string[] | { readonly open: true } | { readonly error: string };

export class CsvReader {
  private readonly delimiter: string;
  private readonly delimiterCode: number;
  private readonly allowTab: boolean;
  private readonly maxLinesPerRecord: number;
  private carry = '';
  private lineNo = 0;
  private started = false;
  private pending: string | null = null;
  private pendingLine = 0;
  private pendingCount = 0;
  private pendingBad = false;

  constructor(private readonly options: CsvReaderOptions) {
    this.delimiter = options.delimiter ?? ',';
    this.delimiterCode = this.delimiter.charCodeAt(0);
    this.allowTab = this.delimiter === '\t';
    this.maxLinesPerRecord = options.maxLinesPerRecord ?? 50;
  }

  /** Physical lines read so far. */
  get lines(): number {
    return this.lineNo;
  }

  push(chunk: string): void {
    let text = this.carry.length > 0 ? this.carry + chunk : chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    // One native scan of the chunk finds whether any line may need the careful path at all; CRs
    // and quotes are then tracked with indexOf, so a clean line is never scanned again here.
    const clean = !(this.allowTab ? NOT_PLAIN_TSV : NOT_PLAIN_CSV).test(text);
    const spans = this.options.onUnquotedSpan;
    let nextQuote = text.indexOf('"');
    let nextCr = text.indexOf('\r');
    let pos = 0;
    for (;;) {
      const nl = text.indexOf('\n', pos);
      if (nl === -1) break;
      const end = nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      if (nextQuote !== -1 && nextQuote < pos) nextQuote = text.indexOf('"', pos);
      if (nextCr !== -1 && nextCr < pos) nextCr = text.indexOf('\r', pos);
      if (
        clean &&
        this.pending === null &&
        (nextQuote === -1 || nextQuote > end) &&
        (nextCr === -1 || nextCr >= end)
      ) {
        const line = ++this.lineNo;
        if (end > pos && (text.charCodeAt(pos) > 32 || text.slice(pos, end).trim().length > 0)) {
          if (spans !== undefined) spans(text, pos, end, line);
          else this.options.onRecord(text.slice(pos, end).split(this.delimiter), line);
        }
      } else {
        this.physicalLine(text.slice(pos, end));
      }
      pos = nl + 1;
    }
    this.carry = pos === 0 ? text : text.slice(pos);
  }

  end(): void {
    if (this.carry.length > 0) {
      const last = this.carry;
      this.carry = '';
      this.physicalLine(last.charCodeAt(last.length - 1) === 13 ? last.slice(0, -1) : last);
    }
    if (this.pending !== null) {
      if (!this.pendingBad)
        this.options.onError(
          this.pendingLine,
          'quoted field is not closed before the end of the file (truncated file?)',
        );
      this.pending = null;
    }
  }

  private physicalLine(text: string): void {
    const line = ++this.lineNo;
    const bad = badCharacter(text, this.allowTab);
    if (bad !== null) this.options.onError(line, bad);
    if (this.pending !== null) {
      this.pending += '\n' + text;
      this.pendingCount += 1;
      if (bad !== null) this.pendingBad = true;
      this.tryPending();
      return;
    }
    if (text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim().length === 0)) return;
    if (text.indexOf('"') === -1) {
      if (bad !== null) return;
      if (this.options.onUnquotedSpan !== undefined) this.options.onUnquotedSpan(text, 0, text.length, line);
      else this.options.onRecord(text.split(this.delimiter), line);
      return;
    }
    this.pending = text;
    this.pendingLine = line;
    this.pendingCount = 1;
    this.pendingBad = bad !== null;
    this.tryPending();
  }

  private tryPending(): void {
    const text = this.pending!;
    const parsed = this.parseQuoted(text);
    if ('open' in parsed) {
      if (this.pendingCount >= this.maxLinesPerRecord) {
        if (!this.pendingBad) {
          this.options.onError(
            this.pendingLine,
            `quoted field is not closed within ${this.maxLinesPerRecord} lines`,
          );
        }
        this.pending = null;
      }
      return;
    }
    this.pending = null;
    if (this.pendingBad) return;
    if ('error' in parsed) this.options.onError(this.pendingLine, parsed.error);
    else this.options.onRecord(parsed, this.pendingLine);
  }

  private parseQuoted(text: string): Parsed {
    const fields: string[] = [];
    const delim = this.delimiter;
    const n = text.length;
    let i = 0;
    for (;;) {
      if (i < n && text.charCodeAt(i) === 34) {
        let value = '';
        let from = i + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q === -1) return { open: true };
          value += text.slice(from, q);
          if (text.charCodeAt(q + 1) === 34) {
            value += '"';
            from = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
        fields.push(value);
        if (i === n) return fields;
        if (text.charCodeAt(i) !== this.delimiterCode) {
          return { error: `unexpected text after a closing quote in field ${fields.length}` };
        }
        i += 1;
        if (i === n) {
          fields.push('');
          return fields;
        }
        continue;
      }
      const d = text.indexOf(delim, i);
      const seg = d === -1 ? text.slice(i) : text.slice(i, d);
      if (seg.indexOf('"') !== -1) {
        return {
          error: `quote inside unquoted field ${fields.length + 1} (quote the whole field and double the quote)`,
        };
      }
      fields.push(seg);
      if (d === -1) return fields;
      i = d + 1;
      if (i === n) {
        fields.push('');
        return fields;
      }
    }
  }
}

/** Reads a whole CSV text; convenience wrapper over CsvReader. */
export function readCsv(
  text: string,
  onRecord: (fields: string[], line: number) => void,
  onError: (line: number, message: string) => void,
  delimiter: CsvReaderOptions['delimiter'] = ',',
): number {
  const reader = new CsvReader({ delimiter, onRecord, onError });
  reader.push(text);
  reader.end();
  return reader.lines;
}

/** Guesses the delimiter from a header line: tab when it has tabs and no commas, else comma. */
export function sniffDelimiter(text: string): ',' | '\t' {
  const nl = text.indexOf('\n');
  const first = nl === -1 ? text : text.slice(0, nl);
  return first.includes('\t') && !first.includes(',') ? '\t' : ',';
}
