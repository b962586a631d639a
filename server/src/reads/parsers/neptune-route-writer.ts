/**
 * Writes a Neptune route file (COMHD, RTEHD, PRMDT, MTRDT, RDGDT, RTETR, COMTR) for the handheld,
 * with the exact record widths of neptune-layout.ts and CRLF line ends. The handheld fills in the
 * Reading (RDGDT 89–98), read code and flags; `parseNeptuneRoute` reads the completed file back.
 *
 * Key fields (premise key, account number, meter key and number, collection ID) must fit their
 * width and be printable ASCII, or the writer throws a RangeError: truncating a key would send
 * the read to the wrong meter. Display fields (addresses, names, messages) are transliterated to
 * ASCII and cut to their width, as every export to a handheld does.
 */
import { dec } from '../../shared/money/index.js';
import {
  COMHD,
  COMTR,
  MTRDT,
  PRMDT,
  RDGDT,
  RTEHD,
  RTETR,
  UNIT_OF_MEASURE_CODES,
  type RecordSpec,
} from './neptune-layout.js';
import { isoDate } from './text.js';

export type NeptuneReadType = 'WTR' | 'GAL' | 'CFT' | 'CCF' | 'KGAL';

export interface NeptuneReadingExport {
  readonly readType: NeptuneReadType;
  /** MIU / endpoint serial (13). */
  readonly collectionId: string;
  /** Register dials, 1–8. */
  readonly dials: number;
  /** Implied decimals of the reading and limits, 0–8. */
  readonly decimals: number;
  /** Decimal text in register units, at most `decimals` decimals ("10450.5"). */
  readonly highLimit: string;
  readonly lowLimit: string;
  readonly previousRead: string;
}

export interface NeptuneMeterExport {
  /** Read sequence on the route (0–999999). */
  readonly sequence: number;
  readonly meterKey: string;
  readonly meterNumber: string;
  /** Meter type code (4), e.g. 'W' or the service code. */
  readonly meterType: string;
  /** Meter size text (8), e.g. '5/8'. */
  readonly meterSize: string;
  /** Register unit, written to MTRDT Unit of Measure (GAL, CF, CCF, KGL); default GALLON. */
  readonly unit?: 'GALLON' | 'CUBIC_FOOT' | 'CCF' | 'KGAL';
  readonly previousReadDate: string | null;
  /** Register multiplier as decimal text ("1", "10", "0.1"). */
  readonly multiplier: string;
  readonly latitude?: string | null;
  readonly longitude?: string | null;
  readonly readings: readonly NeptuneReadingExport[];
}

export interface NeptunePremiseExport {
  readonly address1: string;
  readonly address2?: string | null;
  readonly customerName: string;
  readonly premiseKey: string;
  readonly accountNumber: string;
  readonly active: boolean;
  readonly meters: readonly NeptuneMeterExport[];
}

export interface NeptuneRouteExport {
  readonly companyCode: string;
  /** 'YYYY-MM-DD'. */
  readonly createDate: string;
  readonly description?: string;
  readonly office: string;
  readonly cycle: string;
  readonly route: string;
  /** Scheduled read date 'YYYY-MM-DD', or null (written as 00000000). */
  readonly readDate: string | null;
  readonly deactivateDate?: string | null;
  readonly routeMessage?: string;
  readonly premises: readonly NeptunePremiseExport[];
}

export interface NeptuneWriteOptions {
  readonly lineEnding?: '\r\n' | '\n';
}

export function writeNeptuneRoute(route: NeptuneRouteExport, options: NeptuneWriteOptions = {}): string {
  const eol = options.lineEnding ?? '\r\n';
  const lines: string[] = [];
  lines.push(
    build(COMHD, {
      recordId: 'COMHD',
      companyCode: key(route.companyCode, 4, 'company code'),
      createDate: date8(route.createDate, 'create date'),
      description: display(route.description ?? '', 40),
      fileVersion: '4',
      serviceOrders: 'N',
    }),
  );
  const office = key(route.office, 4, 'office');
  const cycle = key(route.cycle, 4, 'cycle');
  const routeId = key(route.route, 10, 'route');
  lines.push(
    build(RTEHD, {
      recordId: 'RTEHD',
      office,
      cycle,
      route: routeId,
      readDate: route.readDate === null ? '00000000' : date8(route.readDate, 'read date'),
      deactivateDate: route.deactivateDate ? date8(route.deactivateDate, 'deactivate date') : '00000000',
      routeMessage: display(route.routeMessage ?? '', 80),
    }),
  );
  let meterCount = 0;
  for (const premise of route.premises) {
    lines.push(
      build(PRMDT, {
        recordId: 'PRMDT',
        address1: display(premise.address1, 26),
        address2: display(premise.address2 ?? '', 26),
        customerName: display(premise.customerName, 26),
        premiseKey: key(premise.premiseKey, 20, 'premise key'),
        accountNumber: key(premise.accountNumber, 20, 'account number'),
        accountStatus: premise.active ? 'ACTI' : 'INAC',
      }),
    );
    for (const meter of premise.meters) {
      lines.push(meterRecord(meter));
      meterCount += 1;
      for (const reading of meter.readings) lines.push(readingRecord(reading, meter.meterNumber));
    }
  }
  lines.push(
    build(RTETR, {
      recordId: 'RTETR',
      office,
      cycle,
      route: routeId,
      premiseCount: count(route.premises.length, 6),
      meterCount: count(meterCount, 6),
    }),
  );
  lines.push(
    build(COMTR, {
      recordId: 'COMTR',
      companyCode: key(route.companyCode, 4, 'company code'),
      routeCount: count(1, 6),
    }),
  );
  return lines.join(eol) + eol;
}

function meterRecord(meter: NeptuneMeterExport): string {
  if (!Number.isInteger(meter.sequence) || meter.sequence < 0 || meter.sequence > 999_999) {
    throw new RangeError(`read sequence ${meter.sequence} of meter ${meter.meterNumber} is not 0–999999`);
  }
  return build(MTRDT, {
    recordId: 'MTRDT',
    readSequence: String(meter.sequence).padStart(6, '0'),
    meterKey: key(meter.meterKey, 20, 'meter key'),
    meterNumber: key(meter.meterNumber, 20, 'meter number'),
    meterType: key(meter.meterType, 4, 'meter type'),
    meterSize: key(meter.meterSize, 8, 'meter size'),
    unitOfMeasure: UNIT_OF_MEASURE_CODES[meter.unit ?? 'GALLON'],
    mustRead: 'N',
    previousReadDate:
      meter.previousReadDate === null ? '' : date8(meter.previousReadDate, 'previous read date'),
    multiplier: multiplier(meter.multiplier, meter.meterNumber),
    longitude: coordinate(meter.longitude, 'longitude'),
    latitude: coordinate(meter.latitude, 'latitude'),
  });
}

function readingRecord(r: NeptuneReadingExport, meterNumber: string): string {
  if (!Number.isInteger(r.dials) || r.dials < 1 || r.dials > 8)
    throw new RangeError(`dials ${r.dials} of meter ${meterNumber} is not 1–8`);
  if (!Number.isInteger(r.decimals) || r.decimals < 0 || r.decimals > 8) {
    throw new RangeError(`decimals ${r.decimals} of meter ${meterNumber} is not 0–8`);
  }
  const implied = (value: string, what: string): string =>
    impliedDecimals(value, r.decimals, `${what} of meter ${meterNumber}`);
  return build(RDGDT, {
    recordId: 'RDGDT',
    readType: r.readType,
    collectionId: key(r.collectionId, 13, 'collection ID'),
    dials: String(r.dials).padStart(2, '0'),
    changedDials: '00',
    decimals: String(r.decimals).padStart(2, '0'),
    changedDecimals: '00',
    highLimit: implied(r.highLimit, 'high limit'),
    lowLimit: implied(r.lowLimit, 'low limit'),
    previousRead: implied(r.previousRead, 'previous read'),
    reentryCount: '00',
    ...Object.fromEntries(
      [
        'noFlow35Days',
        'peakBackflow',
        'leak35Days',
        'currentLeak',
        'previousErrorCount',
        'currentErrorCount',
        'fatalError',
        'nonFatalError',
        'highPower',
        'displayDigits',
        'multiplierApplied',
        'gasNoFlow',
        'gasBackflowTamper',
        'gasRemovalTamper',
        'gasMagneticTamper',
        'ertInversionTamper',
        'ertReverseTamper',
        'gasBackflowTamper35',
        'gasRemovalTamper35',
        'gasMagneticTamper35',
        'programFlag35',
        'reedSwitchFailure',
      ].map(name => [name, '0']),
    ),
    voltage: '000',
    amrReadType: '00',
    r900Format: '00',
  });
}

/** Assembles a record: every field padded (text left-justified) to its width, blanks elsewhere. */
function build(spec: RecordSpec, values: Readonly<Record<string, string>>): string {
  let out = '';
  for (const f of Object.values(spec.fields)) {
    const value = values[f.name] ?? '';
    if (value.length > f.length)
      throw new RangeError(`${spec.id} ${f.name} "${value}" is longer than ${f.length}`);
    out += value.padEnd(f.length, ' ');
  }
  return out;
}

const PRINTABLE = /^[\x20-\x7E]*$/;

function key(value: string, width: number, what: string): string {
  const v = value.trim();
  if (!PRINTABLE.test(v))
    throw new RangeError(
      `${what} "${value}" has characters a Neptune file cannot carry (printable ASCII only)`,
    );
  if (v.length > width)
    throw new RangeError(`${what} "${value}" is longer than the ${width} characters of the Neptune field`);
  return v;
}

/** Display text: accents stripped, other non-ASCII as '?', cut to the field width. */
function display(value: string, width: number): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7E]/g, '?')
    .trim()
    .slice(0, width)
    .trimEnd();
}

function date8(value: string, what: string): string {
  if (isoDate(value) === null) throw new RangeError(`${what} "${value}" is not a date YYYY-MM-DD`);
  return value.replaceAll('-', '');
}

function count(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** '1234.5' with 1 decimal → '0000012345' (10 digits, implied decimals). */
function impliedDecimals(value: string, decimals: number, what: string): string {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!m) throw new RangeError(`${what} "${value}" is not a non-negative decimal number`);
  const fraction = m[2] ?? '';
  if (fraction.replace(/0+$/, '').length > decimals)
    throw new RangeError(`${what} "${value}" has more than ${decimals} decimals`);
  const digits = (m[1]! + fraction.padEnd(decimals, '0').slice(0, decimals)).replace(/^0+(?=\d)/, '');
  if (digits.length > 10) throw new RangeError(`${what} "${value}" does not fit 10 digits`);
  return digits.padStart(10, '0');
}

/** Register multiplier, zero-filled to 6 ("000010", "0000.1"). */
function multiplier(value: string, meterNumber: string): string {
  const m = /^\d+(\.\d+)?$/.exec(value.trim());
  if (!m || dec(value.trim()).isZero())
    throw new RangeError(`multiplier "${value}" of meter ${meterNumber} is not a positive number`);
  const text = dec(value.trim()).toFixed();
  if (text.length > 6)
    throw new RangeError(`multiplier "${value}" of meter ${meterNumber} does not fit 6 characters`);
  return text.padStart(6, '0');
}

/** A coordinate in 12 characters, decimals dropped (rounded) until it fits. */
function coordinate(value: string | null | undefined, what: string): string {
  if (value === null || value === undefined || value.trim() === '') return '';
  const v = value.trim();
  if (!/^-?\d{1,3}(\.\d+)?$/.test(v)) throw new RangeError(`${what} "${value}" is not a decimal coordinate`);
  const d = dec(v);
  for (let places = Math.min(9, (v.split('.')[1] ?? '').length); places >= 0; places -= 1) {
    const text = d.toFixed(places);
    if (text.length <= 12) return text;
  }
  return d.toFixed(0);
}
