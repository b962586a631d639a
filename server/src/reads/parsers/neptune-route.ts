/**
 * NEPTUNE_ROUTE: parses a completed Neptune route file (file-formats.md §4.1; layouts in
 * neptune-layout.ts and docs/file-layouts.md).
 *
 * COMHD, then per route RTEHD → (PRMDT → (MTRDT → RDGDT…)…)… → RTETR, optionally COMTR. Each
 * RDGDT with a Reading (89–98) becomes a read of the meter of the preceding MTRDT, at the account
 * and premise of the preceding PRMDT, on the RTEHD read date. The Reading carries implied decimals
 * (Decimals 54–55): "0000012345" with 01 is "1234.5". A blank Reading is a no-read (with the
 * handheld's read code, if any). Record lengths are exact per record type.
 */
import { LineErrors, MAX_ERRORS } from './line-errors.js';
import {
  COMHD,
  COMTR,
  MTRDT,
  PRMDT,
  RDGDT,
  RECORDS,
  RTEHD,
  RTETR,
  TAMPER_FIELDS,
  fieldText,
  type RecordSpec,
} from './neptune-layout.js';
import { isBlank, isDigits, nonAsciiCharacter, show, splitLines, yyyymmddToIso } from './text.js';
import {
  NO_FLAGS,
  type MeterReadRecord,
  type NoRead,
  type ReadFlag,
  type ReadParseResult,
  type ReadUnit,
} from './types.js';

export interface NeptuneRouteSummary {
  readonly line: number;
  readonly office: string;
  readonly cycle: string;
  readonly route: string;
  readonly readDate: string | null;
  readonly premiseCount: number;
  readonly meterCount: number;
}

export interface NeptuneParseResult extends ReadParseResult {
  readonly noReads: NoRead[];
  readonly companyCode: string | null;
  readonly createDate: string | null;
  readonly routes: NeptuneRouteSummary[];
}

export interface NeptuneParseOptions {
  readonly maxErrors?: number;
  /** Read date to use when a route header has none (00000000), 'YYYY-MM-DD'. */
  readonly readDate?: string;
}

interface RouteState {
  line: number;
  office: string;
  cycle: string;
  route: string;
  readDate: string | null;
  premises: number;
  meters: number;
}

interface PremiseState {
  accountNumber: string;
  premiseKey: string;
}

interface MeterState {
  line: number;
  meterNumber: string;
  meterKey: string;
  sequence: number | null;
  unitCode: string;
  multiplier: string | null;
  changedMeterNumber: string;
  readings: number;
}

const WATER_UNITS: Readonly<Record<string, ReadUnit>> = {
  GAL: 'GALLON',
  CF: 'CUBIC_FOOT',
  CFT: 'CUBIC_FOOT',
  CCF: 'CCF',
  KGL: 'KGAL',
};

export function parseNeptuneRoute(text: string, options: NeptuneParseOptions = {}): NeptuneParseResult {
  const errors = new LineErrors(options.maxErrors ?? MAX_ERRORS);
  const p = new NeptuneParser(errors, options);
  const lines = splitLines(text);
  let last = lines.length;
  while (last > 0 && isBlank(lines[last - 1]!.text)) last -= 1;
  for (let i = 0; i < last; i += 1) p.line(lines[i]!.text, lines[i]!.line);
  p.finish(last === 0 ? 1 : lines[last - 1]!.line);
  const list = errors.sorted();
  return {
    records: p.records,
    noReads: p.noReads,
    errors: list,
    errorLimitReached: errors.limitReached,
    ok: list.length === 0,
    lineCount: lines.length,
    companyCode: p.companyCode,
    createDate: p.createDate,
    routes: p.routes,
  };
}

class NeptuneParser {
  readonly records: MeterReadRecord[] = [];
  readonly noReads: NoRead[] = [];
  readonly routes: NeptuneRouteSummary[] = [];
  companyCode: string | null = null;
  createDate: string | null = null;
  private sawHeader = false;
  private sawTrailer = false;
  private route: RouteState | null = null;
  private premise: PremiseState | null = null;
  private meter: MeterState | null = null;

  constructor(
    private readonly errors: LineErrors,
    private readonly options: NeptuneParseOptions,
  ) {}

  private fail(line: number, message: string): void {
    this.errors.add(line, message);
  }

  line(text: string, n: number): void {
    // A bad character is reported, and the record still counts for the structure (so that one
    // bad byte does not cascade into trailer-count errors), but yields no read.
    const bad = nonAsciiCharacter(text);
    if (bad !== null) this.fail(n, bad);
    if (isBlank(text)) {
      this.fail(n, 'blank line inside the route file');
      return;
    }
    const id = text.slice(0, 5);
    const spec = RECORDS[id];
    if (spec === undefined) {
      this.fail(n, `unknown record type ${show(id)} (COMHD, RTEHD, PRMDT, MTRDT, RDGDT, RTETR, COMTR)`);
      return;
    }
    if (text.length !== spec.length) {
      this.fail(n, `${id} record is ${text.length} characters; expected ${spec.length}`);
    }
    if (this.sawTrailer) {
      this.fail(n, `${id} record after the COMTR company trailer`);
      return;
    }
    if (!this.sawHeader && id !== 'COMHD') {
      this.fail(n, `the file must start with a COMHD company header, found ${id}`);
      this.sawHeader = true;
    }
    const ok = text.length === spec.length && bad === null;
    switch (id) {
      case 'COMHD':
        return this.comhd(text, n);
      case 'RTEHD':
        return this.rtehd(text, n);
      case 'PRMDT':
        return this.prmdt(text, n);
      case 'MTRDT':
        return this.mtrdt(text, n);
      case 'RDGDT':
        return this.rdgdt(text, n, ok);
      case 'RTETR':
        return this.rtetr(text, n);
      default:
        return this.comtr(text, n);
    }
  }

  finish(lastLine: number): void {
    if (!this.sawHeader) this.fail(1, 'the file is empty: a COMHD company header is required');
    if (this.route !== null) {
      this.fail(
        lastLine,
        `the file ends inside route ${show(this.route.route)}: its RTETR route trailer is missing (truncated file?)`,
      );
      this.closeMeter();
    }
    if (this.sawHeader && this.routes.length === 0 && this.route === null)
      this.fail(lastLine, 'the file has no route (RTEHD … RTETR)');
  }

  private comhd(text: string, n: number): void {
    if (this.sawHeader) {
      this.fail(n, 'second COMHD company header');
      return;
    }
    this.sawHeader = true;
    this.companyCode = get(text, COMHD, 'companyCode');
    const created = get(text, COMHD, 'createDate');
    this.createDate = yyyymmddToIso(created);
    if (this.createDate === null) this.fail(n, `COMHD create date ${show(created)} is not a date YYYYMMDD`);
    const version = get(text, COMHD, 'fileVersion');
    if (version !== '4') this.fail(n, `COMHD file version ${show(version)} is not supported (version 4)`);
  }

  private rtehd(text: string, n: number): void {
    if (this.route !== null) {
      this.fail(n, `route ${show(this.route.route)} has no RTETR trailer before this RTEHD`);
      this.closeMeter();
    }
    const dateText = get(text, RTEHD, 'readDate');
    let readDate: string | null = null;
    if (dateText === '00000000' || dateText === '') {
      readDate = this.options.readDate ?? null;
      if (readDate === null)
        this.fail(n, 'RTEHD read date is 00000000 and no read date was given for the import');
    } else {
      readDate = yyyymmddToIso(dateText);
      if (readDate === null) this.fail(n, `RTEHD read date ${show(dateText)} is not a date YYYYMMDD`);
    }
    const route = get(text, RTEHD, 'route');
    if (route.length === 0) this.fail(n, 'RTEHD route is blank');
    this.route = {
      line: n,
      office: get(text, RTEHD, 'office'),
      cycle: get(text, RTEHD, 'cycle'),
      route,
      readDate,
      premises: 0,
      meters: 0,
    };
    this.premise = null;
    this.meter = null;
  }

  private prmdt(text: string, n: number): void {
    if (this.route === null) {
      this.fail(n, 'PRMDT premise record outside a route (no RTEHD before it)');
      return;
    }
    this.closeMeter();
    this.route.premises += 1;
    const status = get(text, PRMDT, 'accountStatus');
    if (status !== 'ACTI' && status !== 'INAC')
      this.fail(n, `PRMDT account status ${show(status)} is not ACTI or INAC`);
    const accountNumber = get(text, PRMDT, 'accountNumber');
    const premiseKey = get(text, PRMDT, 'premiseKey');
    if (accountNumber.length === 0 && premiseKey.length === 0)
      this.fail(n, 'PRMDT has neither a premise key nor an account number');
    this.premise = { accountNumber, premiseKey };
  }

  private mtrdt(text: string, n: number): void {
    if (this.route === null || this.premise === null) {
      this.fail(n, 'MTRDT meter record outside a premise (no PRMDT before it)');
      return;
    }
    this.closeMeter();
    this.route.meters += 1;
    const meterNumber = get(text, MTRDT, 'meterNumber');
    if (meterNumber.length === 0) this.fail(n, 'MTRDT meter number (38–57) is blank');
    const sequenceText = get(text, MTRDT, 'readSequence');
    let sequence: number | null = null;
    if (sequenceText.length > 0) {
      if (isDigits(sequenceText)) sequence = Number(sequenceText);
      else this.fail(n, `MTRDT read sequence ${show(sequenceText)} is not a number`);
    }
    const unitCode = get(text, MTRDT, 'unitOfMeasure').toUpperCase();
    if (unitCode.length > 0 && WATER_UNITS[unitCode] === undefined) {
      this.fail(n, `MTRDT unit of measure ${show(unitCode)} is unknown (GAL, CF, CFT, CCF or KGL)`);
    }
    const multiplierText = get(text, MTRDT, 'multiplier');
    let multiplier: string | null = null;
    if (multiplierText.length > 0) {
      if (/^\d+(\.\d+)?$/.test(multiplierText) && /[1-9]/.test(multiplierText))
        multiplier = canonicalDecimal(multiplierText);
      else this.fail(n, `MTRDT multiplier ${show(multiplierText)} is not a positive number`);
    }
    const previous = get(text, MTRDT, 'previousReadDate');
    if (previous.length > 0 && previous !== '00000000' && yyyymmddToIso(previous) === null) {
      this.fail(n, `MTRDT previous read date ${show(previous)} is not a date YYYYMMDD`);
    }
    this.meter = {
      line: n,
      meterNumber,
      meterKey: get(text, MTRDT, 'meterKey'),
      sequence,
      unitCode,
      multiplier,
      changedMeterNumber: get(text, MTRDT, 'changedMeterNumber'),
      readings: 0,
    };
  }

  private closeMeter(): void {
    if (this.meter !== null && this.meter.readings === 0) {
      this.fail(this.meter.line, `meter ${show(this.meter.meterNumber)} has no RDGDT reading record`);
    }
    this.meter = null;
  }

  private rdgdt(text: string, n: number, lengthOk: boolean): void {
    const meter = this.meter;
    const route = this.route;
    const premise = this.premise;
    if (meter === null || route === null || premise === null) {
      this.fail(n, 'RDGDT reading record outside a meter (no MTRDT before it)');
      return;
    }
    meter.readings += 1;
    let ok = lengthOk;
    const bad = (message: string): void => {
      this.fail(n, message);
      ok = false;
    };
    const readType = get(text, RDGDT, 'readType').toUpperCase();
    const unit = this.unitOf(readType, meter.unitCode);
    if (unit === null)
      bad(`RDGDT read type ${show(readType)} is not a water read type (WTR, GAL, CFT, CCF or KGAL)`);
    const flags: ReadFlag[] = [];
    const dials = twoDigits(get(text, RDGDT, 'dials'), 1, 8, 'dials (50–51)', bad);
    const decimals = twoDigits(get(text, RDGDT, 'decimals'), 0, 8, 'decimals (54–55)', bad);
    const changedDials = changed(get(text, RDGDT, 'changedDials'), 1, 8, 'changed dials (52–53)', bad);
    const changedDecimals = changed(
      get(text, RDGDT, 'changedDecimals'),
      0,
      8,
      'changed decimals (56–57)',
      bad,
    );
    if (changedDials !== null || changedDecimals !== null || meter.changedMeterNumber.length > 0)
      flags.push('METER_CHANGED');
    const places = changedDecimals ?? decimals ?? 0;
    const limit = (name: string, label: string): string | undefined => {
      const v = get(text, RDGDT, name);
      if (v.length === 0) return undefined;
      if (!isDigits(v)) {
        bad(`RDGDT ${label} ${show(v)} is not a number`);
        return undefined;
      }
      return applyDecimals(v, places);
    };
    const highLimit = limit('highLimit', 'high limit (59–68)');
    const lowLimit = limit('lowLimit', 'low limit (69–78)');
    limit('previousRead', 'previous read (79–88)');
    for (const [name, flag] of [
      ['noFlow35Days', 'NO_FLOW'],
      ['peakBackflow', 'REVERSE_FLOW'],
      ['leak35Days', 'LEAK'],
      ['currentLeak', 'LEAK'],
      ...TAMPER_FIELDS.map(f => [f, 'TAMPER'] as const),
    ] as const) {
      const v = get(text, RDGDT, name);
      if (v.length > 0 && !isDigits(v)) bad(`RDGDT ${name} indicator ${show(v)} is not a digit`);
      else if (v.length > 0 && v !== '0' && !flags.includes(flag)) flags.push(flag);
    }
    const readCode = get(text, RDGDT, 'readCode');
    const readingText = get(text, RDGDT, 'reading');
    const collectionId = get(text, RDGDT, 'collectionId');
    const ids = {
      line: n,
      meterSerial: meter.meterNumber.length > 0 ? meter.meterNumber : null,
      endpointId: collectionId.length > 0 ? collectionId : null,
      ...(premise.accountNumber.length > 0 ? { accountNumber: premise.accountNumber } : {}),
      ...(premise.premiseKey.length > 0 ? { premiseKey: premise.premiseKey } : {}),
    };
    if (readingText.length === 0) {
      if (ok) this.noReads.push({ ...ids, readCode });
      return;
    }
    if (!isDigits(readingText))
      bad(`RDGDT reading (89–98) ${show(readingText)} is not a number (digits with implied decimals)`);
    if (route.readDate === null) ok = false;
    if (!ok || unit === null || route.readDate === null) return;
    this.records.push({
      ...ids,
      readAt: `${route.readDate}T00:00:00`,
      readOn: route.readDate,
      reading: applyDecimals(readingText, places),
      unit,
      flags: flags.length === 0 ? NO_FLAGS : flags,
      source: 'HANDHELD',
      dials: changedDials ?? dials ?? undefined,
      ...(highLimit !== undefined ? { highLimit } : {}),
      ...(lowLimit !== undefined ? { lowLimit } : {}),
      route: route.route,
      ...(meter.sequence !== null ? { sequence: meter.sequence } : {}),
      ...(meter.meterKey.length > 0 ? { meterKey: meter.meterKey } : {}),
      ...(meter.multiplier !== null ? { multiplier: meter.multiplier } : {}),
      ...(readCode.length > 0 ? { readCode } : {}),
      ...(meter.changedMeterNumber.length > 0 ? { changedMeterNumber: meter.changedMeterNumber } : {}),
    } as MeterReadRecord);
  }

  private unitOf(readType: string, unitCode: string): ReadUnit | null {
    switch (readType) {
      case 'WTR':
        return unitCode.length === 0 ? 'GALLON' : (WATER_UNITS[unitCode] ?? null);
      case 'GAL':
        return 'GALLON';
      case 'CFT':
        return 'CUBIC_FOOT';
      case 'CCF':
        return 'CCF';
      case 'KGAL':
        return 'KGAL';
      default:
        return null;
    }
  }

  private rtetr(text: string, n: number): void {
    const route = this.route;
    if (route === null) {
      this.fail(n, 'RTETR route trailer without a route header (RTEHD)');
      return;
    }
    this.closeMeter();
    const office = get(text, RTETR, 'office');
    const cycle = get(text, RTETR, 'cycle');
    const routeId = get(text, RTETR, 'route');
    if (office !== route.office || cycle !== route.cycle || routeId !== route.route) {
      this.fail(
        n,
        `RTETR office/cycle/route ${office}/${cycle}/${routeId} do not match the RTEHD on line ${route.line} (${route.office}/${route.cycle}/${route.route})`,
      );
    }
    this.checkCount(get(text, RTETR, 'premiseCount'), route.premises, 'premises (PRMDT)', n);
    this.checkCount(get(text, RTETR, 'meterCount'), route.meters, 'meters (MTRDT)', n);
    this.routes.push({
      line: route.line,
      office: route.office,
      cycle: route.cycle,
      route: route.route,
      readDate: route.readDate,
      premiseCount: route.premises,
      meterCount: route.meters,
    });
    this.route = null;
    this.premise = null;
  }

  private checkCount(text: string, actual: number, what: string, n: number): void {
    if (text.length === 0) return; // Neptune: "may be blank if total is unavailable"
    if (!isDigits(text)) this.fail(n, `RTETR number of ${what} ${show(text)} is not a number`);
    else if (Number(text) !== actual)
      this.fail(n, `RTETR says ${Number(text)} ${what}, the route has ${actual}`);
  }

  private comtr(text: string, n: number): void {
    if (this.route !== null) {
      this.fail(n, `COMTR company trailer inside route ${show(this.route.route)} (RTETR missing)`);
      this.route = null;
    }
    this.sawTrailer = true;
    const countText = get(text, COMTR, 'routeCount');
    if (countText.length > 0 && (!isDigits(countText) || Number(countText) !== this.routes.length)) {
      this.fail(n, `COMTR says ${show(countText)} routes, the file has ${this.routes.length}`);
    }
  }
}

function get(line: string, spec: RecordSpec, name: string): string {
  return fieldText(line, spec, name).trim();
}

function twoDigits(
  text: string,
  min: number,
  max: number,
  what: string,
  bad: (m: string) => void,
): number | null {
  if (text.length !== 2 || !isDigits(text) || Number(text) < min || Number(text) > max) {
    bad(`RDGDT ${what} ${show(text)} is not ${String(min).padStart(2, '0')}–${String(max).padStart(2, '0')}`);
    return null;
  }
  return Number(text);
}

/** A handheld "changed" field: blank or 00 means unchanged. */
function changed(
  text: string,
  min: number,
  max: number,
  what: string,
  bad: (m: string) => void,
): number | null {
  if (text.length === 0 || text === '00') return null;
  return twoDigits(text, min, max, what, bad);
}

/** '0000012345' with 1 implied decimal → '1234.5'; leading zeros of the whole part dropped. */
export function applyDecimals(digits: string, places: number): string {
  const padded = digits.padStart(places + 1, '0');
  const whole = padded.slice(0, padded.length - places).replace(/^0+(?=\d)/, '');
  return places === 0 ? whole : `${whole}.${padded.slice(padded.length - places)}`;
}

function canonicalDecimal(text: string): string {
  const [whole, fraction] = text.split('.');
  const w = whole!.replace(/^0+(?=\d)/, '');
  const f = (fraction ?? '').replace(/0+$/, '');
  return f.length > 0 ? `${w}.${f}` : w;
}
