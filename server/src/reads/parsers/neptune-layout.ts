/**
 * Record layouts of the Neptune route file (N_SIGHT / Equinox v4 handheld format), shared by the
 * writer and the parser so that the two cannot drift apart. Positions are 1-based and inclusive
 * as in Neptune's specification (file-formats.md §4.1); record lengths exclude the CRLF.
 *
 * Neptune's spec leaves the widths of the MTRDT fields after position 101 to the export code; we
 * use the widths of the ACS export (`fn_neptuneEquinoxV4`), documented in docs/file-layouts.md.
 */
export interface FieldSpec {
  readonly name: string;
  /** 1-based first position. */
  readonly start: number;
  readonly length: number;
}

export interface RecordSpec {
  readonly id: string;
  readonly length: number;
  readonly fields: Readonly<Record<string, FieldSpec>>;
}

function record(id: string, list: ReadonlyArray<readonly [string, number]>): RecordSpec {
  const fields: Record<string, FieldSpec> = {};
  let start = 1;
  for (const [name, length] of list) {
    fields[name] = { name, start, length };
    start += length;
  }
  return { id, length: start - 1, fields };
}

export const COMHD = record('COMHD', [
  ['recordId', 5],
  ['companyCode', 4],
  ['createDate', 8],
  ['description', 40],
  ['fileVersion', 1],
  ['serviceOrders', 1],
]);

export const RTEHD = record('RTEHD', [
  ['recordId', 5],
  ['office', 4],
  ['cycle', 4],
  ['route', 10],
  ['readDate', 8],
  ['deactivateDate', 8],
  ['routeMessage', 80],
]);

export const PRMDT = record('PRMDT', [
  ['recordId', 5],
  ['address1', 26],
  ['address2', 26],
  ['customerName', 26],
  ['premiseKey', 20],
  ['accountNumber', 20],
  ['accountStatus', 4],
  ['custom1', 26],
  ['custom2', 26],
  ['passThrough', 128],
]);

export const MTRDT = record('MTRDT', [
  ['recordId', 5],
  ['readSequence', 6],
  ['changedReadSequence', 6],
  ['meterKey', 20],
  ['meterNumber', 20],
  ['changedMeterNumber', 20],
  ['meterType', 4],
  ['changedMeterType', 4],
  ['meterSize', 8],
  ['changedMeterSize', 8],
  // Widths below follow the ACS export (positions 102–336).
  ['manufacturer', 3],
  ['changedManufacturer', 3],
  ['unitOfMeasure', 3],
  ['changedUnitOfMeasure', 3],
  ['location1', 4],
  ['changedLocation1', 4],
  ['location2', 4],
  ['changedLocation2', 4],
  ['readInstruction1', 4],
  ['changedReadInstruction1', 4],
  ['readInstruction2', 4],
  ['changedReadInstruction2', 4],
  ['sealNumber', 10],
  ['changedSealNumber', 10],
  ['installDate', 8],
  ['custom1', 26],
  ['custom2', 26],
  ['conditionCode1', 4],
  ['conditionCode2', 4],
  ['mustRead', 1],
  ['collectorError', 10],
  ['previousReadDate', 8],
  ['multiplier', 6],
  ['changedMultiplier', 6],
  ['longitude', 12],
  ['latitude', 12],
  ['future1', 12],
  ['future2', 12],
  ['future3', 12],
  ['future4', 12],
]);

export const RDGDT = record('RDGDT', [
  ['recordId', 5],
  ['readType', 4],
  ['collectionId', 13],
  ['future', 7],
  ['changedCollectionId', 20],
  ['dials', 2],
  ['changedDials', 2],
  ['decimals', 2],
  ['changedDecimals', 2],
  ['readDirection', 1],
  ['highLimit', 10],
  ['lowLimit', 10],
  ['previousRead', 10],
  ['reading', 10],
  ['collectorReading', 10],
  ['readCode', 2],
  ['reentryCount', 2],
  ['noFlow35Days', 1],
  ['peakBackflow', 1],
  ['leak35Days', 1],
  ['currentLeak', 1],
  ['previousErrorCount', 1],
  ['currentErrorCount', 1],
  ['fatalError', 1],
  ['nonFatalError', 1],
  ['voltage', 3],
  ['miuType', 2],
  ['amrReadType', 2],
  ['highPower', 1],
  ['r900Format', 2],
  ['displayDigits', 1],
  ['multiplierApplied', 1],
  ['gasNoFlow', 1],
  ['gasBackflowTamper', 1],
  ['gasRemovalTamper', 1],
  ['gasMagneticTamper', 1],
  ['ertInversionTamper', 1],
  ['ertReverseTamper', 1],
  ['gasBackflowTamper35', 1],
  ['gasRemovalTamper35', 1],
  ['gasMagneticTamper35', 1],
  ['programFlag35', 1],
  ['reedSwitchFailure', 1],
  ['additionalFlags', 69],
  ['registerManufacturer', 25],
  ['registerInstallDate', 8],
  ['registerId', 10],
]);

export const RTETR = record('RTETR', [
  ['recordId', 5],
  ['office', 4],
  ['cycle', 4],
  ['route', 10],
  ['premiseCount', 6],
  ['meterCount', 6],
]);

export const COMTR = record('COMTR', [
  ['recordId', 5],
  ['companyCode', 4],
  ['routeCount', 6],
]);

export const RECORDS: Readonly<Record<string, RecordSpec>> = {
  COMHD,
  RTEHD,
  PRMDT,
  MTRDT,
  RDGDT,
  RTETR,
  COMTR,
};

/** The raw text of a field (not trimmed); '' when the line is shorter. */
export function fieldText(line: string, spec: RecordSpec, name: string): string {
  const f = spec.fields[name];
  if (f === undefined) throw new RangeError(`no field ${name} in ${spec.id}`);
  return line.slice(f.start - 1, f.start - 1 + f.length);
}

/** Positions of the RDGDT tamper indicators counted as TAMPER (118 and 134–141). */
export const TAMPER_FIELDS = [
  'currentErrorCount',
  'gasBackflowTamper',
  'gasRemovalTamper',
  'gasMagneticTamper',
  'ertInversionTamper',
  'ertReverseTamper',
  'gasBackflowTamper35',
  'gasRemovalTamper35',
  'gasMagneticTamper35',
] as const;

/** MTRDT unit-of-measure codes (3 characters) for WTR readings. */
export const UNIT_OF_MEASURE_CODES = { GALLON: 'GAL', CUBIC_FOOT: 'CF', CCF: 'CCF', KGAL: 'KGL' } as const;
