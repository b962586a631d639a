/**
 * Small text helpers shared by the read and payment file parsers: line splitting, bad-character
 * detection and the date shapes the formats use. Pure: no I/O, no clock.
 */

/** Control characters other than tab, DEL, and U+FFFD (what a decoder leaves for invalid UTF-8). */
const CONTROL = /[\x00-\x08\x0A-\x1F\x7F\uFFFD]/;
/** Same, with tab also refused (fixed-width formats and comma-separated fields). */
const CONTROL_OR_TAB = /[\x00-\x1F\x7F\uFFFD]/;
const NON_ASCII_OR_CONTROL = /[^\x20-\x7E]/;

/** Describes the first bad character of a line, or returns null when there is none. */
export function badCharacter(line: string, allowTab = false): string | null {
  const m = (allowTab ? CONTROL : CONTROL_OR_TAB).exec(line);
  return m ? describeChar(line, m.index) : null;
}

/** Like badCharacter, but also refuses anything outside printable ASCII (NACHA, Neptune, lockbox). */
export function nonAsciiCharacter(line: string): string | null {
  const m = NON_ASCII_OR_CONTROL.exec(line);
  return m ? describeChar(line, m.index) : null;
}

function describeChar(line: string, index: number): string {
  const code = line.charCodeAt(index);
  const hex = code
    .toString(16)
    .toUpperCase()
    .padStart(code > 0xff ? 4 : 2, '0');
  const what =
    code === 0xfffd
      ? 'an invalid (non-UTF-8) byte'
      : code < 0x20 || code === 0x7f
        ? 'control character'
        : 'character';
  return `bad character at column ${index + 1}: ${what} U+${hex}`;
}

/** A physical line and its 1-based number. */
export interface PhysicalLine {
  readonly text: string;
  readonly line: number;
}

/**
 * Splits text into physical lines on LF, dropping one CR before each LF (CRLF files) and a UTF-8
 * byte-order mark. A missing newline after the last line is fine; an empty last piece after a
 * final newline is not a line.
 */
export function splitLines(text: string): PhysicalLine[] {
  const out: PhysicalLine[] = [];
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let n = 0;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    let end = nl;
    if (end > pos && text.charCodeAt(end - 1) === 13) end -= 1;
    out.push({ text: text.slice(pos, end), line: ++n });
    pos = nl + 1;
  }
  return out;
}

/** True when the line holds only blanks. */
export function isBlank(text: string): boolean {
  return text.trim().length === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for a real calendar date (rejects Feb 30 and month 13). */
export function isValidYmd(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1 || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const max = m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]!;
  return d <= max;
}

const DIGITS = /^\d+$/;

export function isDigits(text: string): boolean {
  return DIGITS.test(text);
}

function iso(y: number, m: number, d: number): string | null {
  if (!isValidYmd(y, m, d)) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** 'YYYYMMDD' → 'YYYY-MM-DD', or null. */
export function yyyymmddToIso(text: string): string | null {
  if (text.length !== 8 || !DIGITS.test(text)) return null;
  return iso(Number(text.slice(0, 4)), Number(text.slice(4, 6)), Number(text.slice(6, 8)));
}

/**
 * 'YYMMDD' → 'YYYY-MM-DD' in the 21st century (bank files of this system are all after 2000), or
 * null.
 */
export function yymmddToIso(text: string): string | null {
  if (text.length !== 6 || !DIGITS.test(text)) return null;
  return iso(2000 + Number(text.slice(0, 2)), Number(text.slice(2, 4)), Number(text.slice(4, 6)));
}

/** 'MMDDYY' → 'YYYY-MM-DD' (21st century), or null. */
export function mmddyyToIso(text: string): string | null {
  if (text.length !== 6 || !DIGITS.test(text)) return null;
  return iso(2000 + Number(text.slice(4, 6)), Number(text.slice(0, 2)), Number(text.slice(2, 4)));
}

/** 'YYYY-MM-DD' validated, or null. */
export function isoDate(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/**
 * A date as US files write it: 'YYYY-MM-DD', 'M/D/YYYY' (or 'MM/DD/YYYY') or 'MMDDYYYY'.
 * Two-digit years are refused (ambiguous).
 */
export function usDateToIso(text: string): string | null {
  const t = text.trim();
  const isoForm = isoDate(t);
  if (isoForm) return isoForm;
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) return iso(Number(m[3]), Number(m[1]), Number(m[2]));
  m = /^(\d{2})(\d{2})(\d{4})$/.exec(t);
  if (m) return iso(Number(m[3]), Number(m[1]), Number(m[2]));
  return null;
}

/** 'HHMM' with 0000–2359 (and 2400 or 9999 for end of day when allowed). */
export function isValidHhmm(text: string, allowEndOfDay = false): boolean {
  if (text.length !== 4 || !DIGITS.test(text)) return false;
  if (allowEndOfDay && (text === '2400' || text === '9999')) return true;
  return Number(text.slice(0, 2)) <= 23 && Number(text.slice(2, 4)) <= 59;
}

/** Result of reading a local date-time. */
export type LocalDateTime = { readonly readAt: string; readonly readOn: string };

function two(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  if (a < 0 || a > 9 || b < 0 || b > 9) return -1;
  return a * 10 + b;
}

let lastDateText = '';
let lastDateOk = false;

/**
 * Reads 'YYYY-MM-DD', 'YYYY-MM-DDTHH:MM[:SS[.fff]]' or the same with a space instead of 'T', as
 * the utility's local wall-clock time, or with an offset ('Z', '-05:00', '-0500'): an instant, kept
 * in readAt (the hour repeated when clocks fall back is two instants only with an offset); the
 * import takes its day in the utility's time zone. Returns the error text on failure.
 * Written with char codes (this runs five million times per AMI file).
 */
export function parseLocalDateTime(text: string): LocalDateTime | string {
  const len = text.length;
  if (len < 10) return `bad date "${text}" (expected YYYY-MM-DD or YYYY-MM-DD HH:MM[:SS])`;
  const date = len === 10 ? text : text.slice(0, 10);
  if (date !== lastDateText) {
    lastDateText = date;
    lastDateOk = isoDate(date) !== null;
  }
  if (!lastDateOk) return `bad date "${text}"`;
  if (len === 10) return { readAt: `${date}T00:00:00`, readOn: date };
  const sep = text.charCodeAt(10);
  if ((sep !== 84 /* T */ && sep !== 32) || len < 16 || text.charCodeAt(13) !== 58) {
    return `bad date-time "${text}" (expected YYYY-MM-DD HH:MM[:SS])`;
  }
  const hh = two(text, 11);
  const mi = two(text, 14);
  let ss = 0;
  let rest = 16;
  if (len > 16 && text.charCodeAt(16) === 58) {
    ss = two(text, 17);
    rest = 19;
    if (len > 19 && text.charCodeAt(19) === 46) {
      rest = 20;
      while (rest < len && text.charCodeAt(rest) >= 48 && text.charCodeAt(rest) <= 57) rest += 1;
      if (rest === 20) return `bad date-time "${text}"`;
    }
  }
  if (hh < 0 || hh > 23 || mi < 0 || mi > 59 || ss < 0 || ss > 59) return `bad time in "${text}"`;
  let zone = '';
  if (rest !== len) {
    const tail = text.slice(rest);
    const m = /^(?:(Z)|([+-])(\d{2})(?::?(\d{2}))?)$/.exec(tail);
    if (!m) return `bad date-time "${text}"`;
    if (m[1]) zone = '+00:00';
    else {
      const [h, mm] = [Number(m[3]), Number(m[4] ?? '0')];
      if (h > 14 || mm > 59) return `bad time zone offset "${tail}" in "${text}"`;
      zone = `${m[2]}${m[3]}:${m[4] ?? '00'}`;
    }
  }
  const hm = text.slice(11, 16);
  const readAt = (rest === 16 ? `${date}T${hm}:00` : `${date}T${hm}:${text.slice(17, 19)}`) + zone;
  return { readAt, readOn: date };
}

/** Normalises a header label for matching: lower case, letters and digits only ("Check Amount" → "checkamount"). */
export function normalizeLabel(label: string): string {
  return label.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Quotes a value for an error message, shortened when long. */
export function show(value: string, max = 40): string {
  const v = value.length > max ? `${value.slice(0, max)}…` : value;
  return `"${v}"`;
}
