/**
 * AMI_CSV: our documented generic AMI read layout (docs/file-layouts.md, "AMI_CSV").
 *
 *   endpoint_id,meter_serial,read_time,reading,unit,flags
 *   MIU-1550012,N1234567,2026-03-31T06:00:00,184523.5,GALLON,
 *
 * Header row required; columns are matched by name, case-insensitively, in any order; unknown
 * columns are ignored. Built for volume (5 M reads per file): `createAmiCsvParser()` takes text
 * in chunks and hands back the reads completed by each chunk, so the caller can stream them to
 * the database; unquoted lines never leave the fast path.
 */
import { CsvReader } from './csv.js';
import { LineErrors, MAX_ERRORS, type LineError } from './line-errors.js';
import { parseLocalDateTime, show, type LocalDateTime } from './text.js';
import {
  NO_FLAGS,
  isReadFlag,
  isReadingText,
  type MeterReadRecord,
  type NoRead,
  type ReadFlag,
  type ReadParseResult,
  type ReadUnit,
} from './types.js';

const AMI_UNITS: Record<string, ReadUnit> = {
  GALLON: 'GALLON',
  GAL: 'GALLON',
  CUBIC_FOOT: 'CUBIC_FOOT',
  CF: 'CUBIC_FOOT',
  FT3: 'CUBIC_FOOT',
  CCF: 'CCF',
  KGAL: 'KGAL',
};

const COLUMNS = ['endpoint_id', 'meter_serial', 'read_time', 'reading', 'unit', 'flags'] as const;
type Column = (typeof COLUMNS)[number];

interface Layout {
  readonly width: number;
  readonly endpoint: number;
  readonly serial: number;
  readonly time: number;
  readonly reading: number;
  readonly unit: number;
  readonly flags: number;
}

/** What one `push` or `end` hands back: the reads and errors completed so far, in file order. */
export interface AmiCsvBatch {
  readonly records: MeterReadRecord[];
  /** Rows flagged NO_READ: the head end got nothing from the meter, so there is no reading to record. */
  readonly noReads: DatedAmiNoRead[];
  readonly errors: LineError[];
}

/** A meter the head end could not read at a time (an AMI_ALERT, never a read of 0). */
export interface DatedAmiNoRead extends NoRead {
  readonly readOn: string;
}

export interface AmiCsvSummary extends AmiCsvBatch {
  readonly errorCount: number;
  readonly errorLimitReached: boolean;
  readonly lineCount: number;
  readonly recordCount: number;
}

export interface AmiCsvParser {
  /** Parses a chunk of text (any size, may split lines or quoted fields). */
  push(chunk: string): AmiCsvBatch;
  /** Flushes the last line and checks the end of the file. */
  end(): AmiCsvSummary;
}

export interface AmiCsvOptions {
  readonly maxErrors?: number;
}

export function createAmiCsvParser(options: AmiCsvOptions = {}): AmiCsvParser {
  const errors = new LineErrors(options.maxErrors ?? MAX_ERRORS);
  const fail = (line: number, message: string): void => errors.add(line, message);
  const rows = new RowReader(fail);
  let errorsHandedOut = 0;

  const reader = new CsvReader({
    onRecord: (fields, line) => rows.fields(fields, line),
    onUnquotedSpan: (text, start, end, line) => rows.unquoted(text, start, end, line),
    onError: fail,
  });

  const batch = (): AmiCsvBatch => {
    const records = rows.take();
    const noReads = rows.takeNoReads();
    const newErrors = errors.drain(errorsHandedOut);
    errorsHandedOut = errors.stored;
    return { records, noReads, errors: newErrors };
  };

  return {
    push(chunk: string): AmiCsvBatch {
      reader.push(chunk);
      return batch();
    },
    end(): AmiCsvSummary {
      reader.end();
      if (!rows.headerSeen) fail(1, 'the file is empty: a header row is required');
      else if (rows.recordCount === 0 && errors.isEmpty) fail(1, 'the file has no reads, only a header row');
      const last = batch();
      return {
        ...last,
        errorCount: errors.count,
        errorLimitReached: errors.limitReached,
        lineCount: reader.lines,
        recordCount: rows.recordCount,
      };
    },
  };
}

type Fail = (line: number, message: string) => void;

/**
 * Turns rows into reads. `unquoted` is the hot path: it finds the field boundaries with indexOf,
 * slices only the fields a read keeps, and reuses the previous row's parsed time and unit when the
 * text is the same (AMI files come grouped by read time), so most rows allocate only the record.
 */
class RowReader {
  headerSeen = false;
  recordCount = 0;
  private layout: Layout | null = null;
  private out: MeterReadRecord[] = [];
  private noReads: DatedAmiNoRead[] = [];
  private starts = new Int32Array(0);
  private ends = new Int32Array(0);
  private lastTime = '';
  private lastWhen: LocalDateTime | string = 'no time yet';
  private lastUnitText = '';
  private lastUnit: ReadUnit | undefined = undefined;

  constructor(private readonly fail: Fail) {}

  take(): MeterReadRecord[] {
    const records = this.out;
    this.out = [];
    return records;
  }

  takeNoReads(): DatedAmiNoRead[] {
    const noReads = this.noReads;
    this.noReads = [];
    return noReads;
  }

  fields(fields: string[], line: number): void {
    if (!this.headerSeen) return this.header(fields, line);
    const layout = this.layout;
    if (layout === null) return;
    if (fields.length !== layout.width) return this.fail(line, widthMessage(layout.width, fields.length));
    const at = (i: number): string => (i < 0 ? '' : fields[i]!.trim());
    for (const [i, name] of [
      [layout.endpoint, 'endpoint_id'],
      [layout.serial, 'meter_serial'],
    ] as const) {
      if (i >= 0 && /[\x00-\x1F]/.test(fields[i]!))
        return this.fail(line, `${name}: a line break inside an identifier`);
    }
    this.emit(
      line,
      at(layout.endpoint),
      at(layout.serial),
      this.when(at(layout.time)),
      at(layout.reading),
      this.unit(at(layout.unit)),
      layout.flags < 0 ? '' : fields[layout.flags]!,
    );
  }

  unquoted(text: string, start: number, end: number, line: number): void {
    const layout = this.layout;
    if (!this.headerSeen || layout === null) return this.fields(text.slice(start, end).split(','), line);
    const width = layout.width;
    const starts = this.starts;
    const ends = this.ends;
    let from = start;
    let n = 0;
    for (;;) {
      let comma = text.indexOf(',', from);
      if (comma >= end) comma = -1;
      if (n < width) {
        starts[n] = from;
        ends[n] = comma === -1 ? end : comma;
      }
      n += 1;
      if (comma === -1) break;
      from = comma + 1;
    }
    if (n !== width) return this.fail(line, widthMessage(width, n));
    const time = this.timeAt(text, starts[layout.time]!, ends[layout.time]!);
    const unitStart = starts[layout.unit]!;
    const unitEnd = ends[layout.unit]!;
    const unit = sameText(text, unitStart, unitEnd, this.lastUnitText)
      ? this.lastUnit
      : this.unit(field(text, unitStart, unitEnd));
    this.emit(
      line,
      layout.endpoint < 0 ? '' : field(text, starts[layout.endpoint]!, ends[layout.endpoint]!),
      layout.serial < 0 ? '' : field(text, starts[layout.serial]!, ends[layout.serial]!),
      time,
      field(text, starts[layout.reading]!, ends[layout.reading]!),
      unit,
      layout.flags < 0 ? '' : text.slice(starts[layout.flags]!, ends[layout.flags]!),
    );
  }

  private timeAt(text: string, start: number, end: number): LocalDateTime | string {
    if (sameText(text, start, end, this.lastTime)) return this.lastWhen;
    return this.when(field(text, start, end));
  }

  private when(timeText: string): LocalDateTime | string {
    if (timeText !== this.lastTime) {
      this.lastTime = timeText;
      this.lastWhen = parseLocalDateTime(timeText);
    }
    return this.lastWhen;
  }

  private unit(unitText: string): ReadUnit | undefined {
    if (unitText !== this.lastUnitText) {
      this.lastUnitText = unitText;
      this.lastUnit = AMI_UNITS[unitText] ?? AMI_UNITS[unitText.toUpperCase()];
    }
    return this.lastUnit;
  }

  private header(fields: string[], line: number): void {
    this.headerSeen = true;
    this.layout = readHeader(fields, line, this.fail);
    if (this.layout !== null) {
      this.starts = new Int32Array(this.layout.width);
      this.ends = new Int32Array(this.layout.width);
    }
  }

  private emit(
    line: number,
    endpoint: string,
    serial: string,
    when: LocalDateTime | string,
    reading: string,
    unit: ReadUnit | undefined,
    flagsText: string,
  ): void {
    let ok = true;
    if (endpoint.length === 0 && serial.length === 0) {
      this.fail(line, 'endpoint_id and meter_serial are both empty: a read needs at least one');
      ok = false;
    }
    if (typeof when === 'string') {
      this.fail(line, `read_time: ${when}`);
      ok = false;
    }
    // A NO_READ row may leave the reading empty; whatever it holds is not a reading.
    const noRead = flagsText.length > 0 && flagsText.toUpperCase().includes('NO_READ');
    if (!noRead && !isReadingText(reading)) {
      this.fail(line, `reading: ${show(reading)} is not a non-negative decimal number`);
      ok = false;
    }
    if (unit === undefined && !noRead) {
      this.fail(
        line,
        `unit: unknown unit ${show(this.lastUnitText)} (GALLON, GAL, CUBIC_FOOT, CF, FT3, CCF or KGAL)`,
      );
      ok = false;
    }
    let flags: readonly ReadFlag[] = NO_FLAGS;
    if (flagsText.length > 0) {
      const parsed = readFlags(flagsText);
      if (typeof parsed === 'string') {
        this.fail(line, parsed);
        ok = false;
      } else flags = parsed;
    }
    if (!ok || typeof when === 'string') return;
    if (noRead && flags.includes('NO_READ')) {
      this.recordCount += 1;
      this.noReads.push({ line, meterSerial: serial.length > 0 ? serial : null, endpointId: endpoint.length > 0 ? endpoint : null, readOn: when.readOn });
      return;
    }
    if (unit === undefined) return;
    this.recordCount += 1;
    this.out.push({
      line,
      meterSerial: serial.length > 0 ? serial : null,
      endpointId: endpoint.length > 0 ? endpoint : null,
      readAt: when.readAt,
      readOn: when.readOn,
      reading,
      unit,
      flags,
      source: 'AMI',
    });
  }
}

/** True when text[start, end) equals `other`, without slicing (no allocation on the hot path). */
function sameText(text: string, start: number, end: number, other: string): boolean {
  if (end - start !== other.length) return false;
  for (let i = end - start - 1; i >= 0; i -= 1)
    if (text.charCodeAt(start + i) !== other.charCodeAt(i)) return false;
  return true;
}

/** A field's text, trimmed only when it has blanks at either end (the common case slices once). */
function field(text: string, start: number, end: number): string {
  if (end > start && (text.charCodeAt(start) <= 32 || text.charCodeAt(end - 1) <= 32))
    return text.slice(start, end).trim();
  return text.slice(start, end);
}

function widthMessage(width: number, found: number): string {
  return `expected ${width} fields as in the header, found ${found}`;
}

/** Parses a whole AMI_CSV text. */
export function parseAmiCsv(text: string, options: AmiCsvOptions = {}): ReadParseResult & { readonly noReads: DatedAmiNoRead[] } {
  const parser = createAmiCsvParser(options);
  const first = parser.push(text);
  const last = parser.end();
  const records = first.records.length === 0 ? last.records : first.records.concat(last.records);
  const errors = [...first.errors, ...last.errors].sort((a, b) => a.line - b.line);
  return {
    records,
    noReads: [...first.noReads, ...last.noReads],
    errors,
    errorLimitReached: last.errorLimitReached,
    ok: errors.length === 0,
    lineCount: last.lineCount,
  };
}

function readHeader(
  fields: string[],
  line: number,
  fail: (line: number, message: string) => void,
): Layout | null {
  const index: Partial<Record<Column, number>> = {};
  let ok = true;
  fields.forEach((raw, i) => {
    const name = raw.trim().toLowerCase() as Column;
    if (!(COLUMNS as readonly string[]).includes(name)) return;
    if (index[name] !== undefined) {
      fail(line, `column "${name}" appears twice in the header`);
      ok = false;
    }
    index[name] = i;
  });
  const missing: string[] = [];
  if (index.endpoint_id === undefined && index.meter_serial === undefined)
    missing.push('endpoint_id or meter_serial');
  for (const c of ['read_time', 'reading', 'unit'] as const) if (index[c] === undefined) missing.push(c);
  if (missing.length > 0) {
    fail(line, `header row is missing column(s): ${missing.join(', ')} (is the first line a header?)`);
    return null;
  }
  if (!ok) return null;
  return {
    width: fields.length,
    endpoint: index.endpoint_id ?? -1,
    serial: index.meter_serial ?? -1,
    time: index.read_time!,
    reading: index.reading!,
    unit: index.unit!,
    flags: index.flags ?? -1,
  };
}

function readFlags(text: string): readonly ReadFlag[] | string {
  if (text.trim().length === 0) return NO_FLAGS;
  const flags: ReadFlag[] = [];
  for (const part of text.split(';')) {
    const flag = part.trim().toUpperCase();
    if (flag.length === 0) continue;
    if (!isReadFlag(flag)) return `flags: unknown flag ${show(part.trim())}`;
    if (!flags.includes(flag)) flags.push(flag);
  }
  return flags.length === 0 ? NO_FLAGS : flags;
}
