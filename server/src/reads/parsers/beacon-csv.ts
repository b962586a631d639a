/**
 * BEACON_CSV: Badger Meter BEACON / BEACON 360 read exports (file-formats.md §4.3).
 *
 * Accepts the BEACON 360 range report (comma-separated, every field quoted, the `Header_Columns`
 * the API was asked for, in any order) and the older tab-separated "Import from BEACON" export.
 * Columns are matched by name, case-insensitively; columns not listed in docs/file-layouts.md are
 * ignored. `Read` is already resolution-applied; when a file has only `Raw_Read` and
 * `Register_Resolution`, the reading is their exact decimal product, and when it has all three
 * they must agree.
 */
import { dec } from '../../shared/money/index.js';
import { readCsv, sniffDelimiter } from './csv.js';
import { LineErrors, MAX_ERRORS } from './line-errors.js';
import { isDigits, parseLocalDateTime, show } from './text.js';
import {
  NO_FLAGS,
  isReadingText,
  readUnitOf,
  type MeterReadRecord,
  type NoRead,
  type ReadFlag,
  type ReadParseResult,
} from './types.js';

export interface BeaconParseResult extends ReadParseResult {
  /** Rows that name a meter but carry no read at all (BEACON lists meters without reads in range). */
  readonly noReads: NoRead[];
}

export interface BeaconCsvOptions {
  readonly maxErrors?: number;
}

/** Column → accepted header names (lower case), first match wins. */
const COLUMNS = {
  meterSerial: ['meter_sn'],
  meterId: ['meter_id'],
  endpoint: ['endpoint_sn'],
  account: ['account_id'],
  location: ['location_id'],
  time: ['read_time', 'current_read_date'],
  read: ['read', 'current_read'],
  rawRead: ['raw_read'],
  resolution: ['register_resolution'],
  unit: ['read_unit', 'register_unit_of_measure'],
  dials: ['dials'],
  estimated: ['estimated_flag'],
  leakRate: ['current_leak_rate'],
  leakStart: ['current_leak_start_date'],
  battery: ['battery_level'],
  route: ['service_point_route'],
  sequence: ['read_sequence'],
  highLimit: ['high_read_limit'],
  lowLimit: ['low_read_limit'],
} as const;
type Column = keyof typeof COLUMNS;
type Layout = Record<Column, number> & { readonly width: number };

const LOW_BATTERY = new Set(['low', 'poor', 'critical', 'dead', 'replace']);
const TRUE_TEXT = new Set(['1', 'y', 'yes', 'true', 't']);
const FALSE_TEXT = new Set(['', '0', 'n', 'no', 'false', 'f']);

export function parseBeaconCsv(text: string, options: BeaconCsvOptions = {}): BeaconParseResult {
  const errors = new LineErrors(options.maxErrors ?? MAX_ERRORS);
  const fail = (line: number, message: string): void => errors.add(line, message);
  const records: MeterReadRecord[] = [];
  const noReads: NoRead[] = [];
  let layout: Layout | null = null;
  let headerSeen = false;

  const lineCount = readCsv(
    text,
    (fields, line) => {
      if (!headerSeen) {
        headerSeen = true;
        layout = readHeader(fields, line, fail);
        return;
      }
      if (layout === null) return;
      if (fields.length !== layout.width) {
        fail(line, `expected ${layout.width} fields as in the header, found ${fields.length}`);
        return;
      }
      const row = readRow(fields, line, layout, fail);
      if (row === null) return;
      if ('reading' in row) records.push(row);
      else noReads.push(row);
    },
    fail,
    sniffDelimiter(text),
  );
  if (!headerSeen) fail(1, 'the file is empty: a header row is required');
  else if (records.length === 0 && noReads.length === 0 && errors.isEmpty)
    fail(1, 'the file has no rows, only a header row');
  const list = errors.sorted();
  return {
    records,
    noReads,
    errors: list,
    errorLimitReached: errors.limitReached,
    ok: list.length === 0,
    lineCount,
  };
}

function readHeader(
  fields: string[],
  line: number,
  fail: (line: number, message: string) => void,
): Layout | null {
  const names = fields.map(f => f.trim().toLowerCase());
  const layout = { width: fields.length } as Record<string, number>;
  for (const [column, accepted] of Object.entries(COLUMNS)) {
    layout[column] = -1;
    for (const name of accepted) {
      const i = names.indexOf(name);
      if (i === -1) continue;
      if (names.indexOf(name, i + 1) !== -1)
        fail(line, `column "${fields[i]!.trim()}" appears twice in the header`);
      layout[column] = i;
      break;
    }
  }
  const l = layout as Layout;
  const missing: string[] = [];
  if (l.meterSerial < 0 && l.meterId < 0 && l.endpoint < 0) missing.push('Meter_SN, Meter_ID or Endpoint_SN');
  if (l.time < 0) missing.push('Read_Time (or Current_Read_Date)');
  if (l.read < 0 && (l.rawRead < 0 || l.resolution < 0))
    missing.push('Read (or Raw_Read and Register_Resolution)');
  if (l.unit < 0) missing.push('Read_Unit');
  if (missing.length > 0) {
    fail(line, `header row is missing column(s): ${missing.join(', ')}`);
    return null;
  }
  return l;
}

function readRow(
  fields: string[],
  line: number,
  l: Layout,
  fail: (line: number, message: string) => void,
): MeterReadRecord | NoRead | null {
  const get = (i: number): string => (i < 0 ? '' : fields[i]!.trim());
  const serial = get(l.meterSerial) || get(l.meterId);
  const endpoint = get(l.endpoint);
  const account = get(l.account);
  const location = get(l.location);
  let ok = true;
  const bad = (message: string): void => {
    fail(line, message);
    ok = false;
  };
  if (serial.length === 0 && endpoint.length === 0)
    bad('Meter_SN, Meter_ID and Endpoint_SN are all empty: a read needs one of them');

  const timeText = get(l.time);
  const readText = get(l.read);
  const rawText = get(l.rawRead);
  const resolutionText = get(l.resolution);
  const ids = {
    line,
    meterSerial: serial.length > 0 ? serial : null,
    endpointId: endpoint.length > 0 ? endpoint : null,
    ...(account.length > 0 ? { accountNumber: account } : {}),
    ...(location.length > 0 ? { premiseKey: location } : {}),
  };
  if (timeText.length === 0 && readText.length === 0 && rawText.length === 0) return ok ? ids : null;

  const when = parseLocalDateTime(timeText);
  if (typeof when === 'string')
    bad(`Read_Time: ${timeText.length === 0 ? 'empty for a row with a reading' : when}`);

  const reading = readingOf(readText, rawText, resolutionText, bad);

  const unitText = get(l.unit);
  const unit = readUnitOf(unitText);
  if (unit === null) bad(`Read_Unit: unknown unit ${show(unitText)} (GAL, CF, CCF or KGAL)`);

  const flags = flagsOf(fields, l, bad);
  const dialsText = get(l.dials);
  let dials: number | undefined;
  if (dialsText.length > 0) {
    if (!isDigits(dialsText) || Number(dialsText) < 1 || Number(dialsText) > 12)
      bad(`Dials: ${show(dialsText)} is not a dial count (1–12)`);
    else dials = Number(dialsText);
  }
  const extras = optionalColumns(fields, l, bad);
  if (!ok || typeof when === 'string' || reading === null || unit === null) return null;
  return {
    ...ids,
    readAt: when.readAt,
    readOn: when.readOn,
    reading: reading.value,
    unit,
    flags,
    source: 'AMI',
    ...(dials !== undefined ? { dials } : {}),
    ...(rawText.length > 0 ? { rawReading: rawText } : {}),
    ...(resolutionText.length > 0 ? { resolution: resolutionText } : {}),
    ...extras,
  };
}

/** `Read`, or `Raw_Read` × `Register_Resolution` in exact decimal; both when given must agree. */
function readingOf(
  readText: string,
  rawText: string,
  resolutionText: string,
  bad: (message: string) => void,
): { value: string } | null {
  if (readText.length > 0 && !isReadingText(readText)) {
    bad(`Read: ${show(readText)} is not a non-negative decimal number`);
    return null;
  }
  let product: string | null = null;
  if (rawText.length > 0 && resolutionText.length > 0) {
    if (!isReadingText(rawText)) {
      bad(`Raw_Read: ${show(rawText)} is not a non-negative decimal number`);
      return null;
    }
    if (!isReadingText(resolutionText) || dec(resolutionText).isZero()) {
      bad(`Register_Resolution: ${show(resolutionText)} is not a positive decimal number`);
      return null;
    }
    product = dec(rawText).times(dec(resolutionText)).toFixed();
  }
  if (readText.length > 0) {
    if (product !== null && !dec(readText).eq(dec(product))) {
      bad(
        `Read ${readText} does not equal Raw_Read ${rawText} × Register_Resolution ${resolutionText} = ${product}`,
      );
      return null;
    }
    return { value: readText };
  }
  if (product !== null) return { value: product };
  bad(
    rawText.length > 0
      ? 'Read is empty and Register_Resolution is missing: cannot scale Raw_Read'
      : 'Read is empty',
  );
  return null;
}

function flagsOf(fields: string[], l: Layout, bad: (message: string) => void): readonly ReadFlag[] {
  const get = (i: number): string => (i < 0 ? '' : fields[i]!.trim());
  const flags: ReadFlag[] = [];
  const estimated = get(l.estimated).toLowerCase();
  if (TRUE_TEXT.has(estimated)) flags.push('ESTIMATED');
  else if (!FALSE_TEXT.has(estimated)) bad(`Estimated_Flag: ${show(estimated)} is not 0 or 1`);
  const rate = get(l.leakRate);
  const leakStart = get(l.leakStart);
  let leak = false;
  if (rate.length > 0) {
    if (!isReadingText(rate)) bad(`Current_Leak_Rate: ${show(rate)} is not a non-negative decimal number`);
    else if (!dec(rate).isZero()) leak = true;
  }
  if (leakStart.length > 0) {
    const when = parseLocalDateTime(leakStart);
    if (typeof when === 'string') bad(`Current_Leak_Start_Date: ${when}`);
    else leak = true;
  }
  if (leak) flags.push('LEAK');
  if (LOW_BATTERY.has(get(l.battery).toLowerCase())) flags.push('LOW_BATTERY');
  return flags.length === 0 ? NO_FLAGS : flags;
}

function optionalColumns(
  fields: string[],
  l: Layout,
  bad: (message: string) => void,
): { route?: string; sequence?: number; highLimit?: string; lowLimit?: string } {
  const get = (i: number): string => (i < 0 ? '' : fields[i]!.trim());
  const out: { route?: string; sequence?: number; highLimit?: string; lowLimit?: string } = {};
  const route = get(l.route);
  if (route.length > 0) out.route = route;
  const sequence = get(l.sequence);
  if (sequence.length > 0) {
    if (isDigits(sequence) && sequence.length <= 9) out.sequence = Number(sequence);
    else bad(`Read_Sequence: ${show(sequence)} is not a whole number`);
  }
  for (const [key, column, label] of [
    ['highLimit', l.highLimit, 'High_Read_Limit'],
    ['lowLimit', l.lowLimit, 'Low_Read_Limit'],
  ] as const) {
    const value = get(column);
    if (value.length === 0) continue;
    if (isReadingText(value)) out[key] = value;
    else bad(`${label}: ${show(value)} is not a non-negative decimal number`);
  }
  return out;
}
