import { describe, expect, it } from 'vitest';
import { parseBeaconCsv } from '../../../server/src/reads/parsers/beacon-csv.js';
import { editLine, errorLines, fixture } from './helpers.js';

const REPORT = fixture('reads/beacon-360-report.csv');
const EXPORT = fixture('reads/beacon-export.tsv');

describe('parseBeaconCsv on a BEACON 360 range report', () => {
  const result = parseBeaconCsv(REPORT);

  it('should read the ami-connect fixture row: Raw_Read 022760 is Read 227.6 CCF', () => {
    expect(result.errors).toEqual([]);
    expect(result.records[0]).toEqual({
      line: 2,
      meterSerial: '1470158170',
      endpointId: '130615549',
      accountNumber: '303022',
      premiseKey: '303022',
      readAt: '2024-08-01T00:59:00',
      readOn: '2024-08-01',
      reading: '227.6',
      unit: 'CCF',
      flags: [],
      source: 'AMI',
      rawReading: '022760',
    });
  });

  it.each([
    [3, '227.61', 'CCF', [], { dials: 6, resolution: '0.01' }],
    [4, '44.18', 'CCF', ['LEAK'], { meterSerial: '19283746' }],
    [5, '1033.05', 'CCF', ['ESTIMATED', 'LOW_BATTERY'], {}],
    [6, '184520', 'GALLON', [], { rawReading: '0018452', resolution: '10' }],
  ])('should read line %i as %s %s', (line, reading, unit, flags, extra) => {
    expect(result.records.find(r => r.line === line)).toMatchObject({ reading, unit, flags, ...extra });
  });

  it('should list a meter without any read as a no-read, not an error', () => {
    expect(result.noReads).toEqual([
      {
        line: 7,
        meterSerial: '1470158193',
        endpointId: '130615563',
        accountNumber: '303043',
        premiseKey: '303043',
      },
    ]);
  });
});

describe('parseBeaconCsv on other BEACON exports', () => {
  it('should read the tab-separated export with Current_Read and Current_Read_Date', () => {
    const result = parseBeaconCsv(EXPORT);
    expect(result.errors).toEqual([]);
    expect(
      result.records.map(r => [
        r.line,
        r.meterSerial,
        r.accountNumber,
        r.premiseKey,
        r.reading,
        r.unit,
        r.readAt,
        r.dials,
      ]),
    ).toEqual([
      [2, '72011455', '100100', '3301', '0184523', 'GALLON', '2026-03-31T06:15:00', 6],
      [3, '72011456', '100200', '3302', '0091202', 'GALLON', '2026-03-31T06:17:00', 6],
      [4, '72011457', '100300', '3303', '0012074', 'CUBIC_FOOT', '2026-03-31T06:19:00', 5],
    ]);
  });

  it.each([
    ['022760', '0.01', '227.6'],
    ['0012345', '0.1', '1234.5'],
    ['7', '0.001', '0.007'],
    ['18452', '10', '184520'],
    ['999999999999', '0.001', '999999999.999'],
  ])('should compute Raw_Read %s × Register_Resolution %s = %s exactly', (raw, resolution, reading) => {
    const text = `Meter_SN,Raw_Read,Register_Resolution,Read_Time,Read_Unit\nM1,${raw},${resolution},2026-04-01 00:00,GAL\n`;
    expect(parseBeaconCsv(text).records[0]!.reading).toBe(reading);
  });
});

describe('parseBeaconCsv on malformed files', () => {
  it.each([
    [
      'Read disagreeing with Raw_Read × resolution',
      3,
      (l: string) => l.replace('"227.61"', '"227.16"'),
      /^3: Read 227\.16 does not equal Raw_Read 022761 × Register_Resolution 0\.01 = 227\.61$/,
    ],
    [
      'an unknown unit',
      4,
      (l: string) => l.replace('"CCF"', '"LITERS"'),
      /^4: Read_Unit: unknown unit "LITERS"/,
    ],
    [
      'a bad read time',
      5,
      (l: string) => l.replace('"2024-08-01 01:59","CCF"', '"2024-08-32 01:59","CCF"'),
      /^5: Read_Time: bad date/,
    ],
    [
      'a bad estimated flag',
      5,
      (l: string) => l.replace('"1","5.0"', '"maybe","5.0"'),
      /^5: Estimated_Flag: "maybe" is not 0 or 1$/,
    ],
    [
      'a negative read',
      2,
      (l: string) => l.replace('"227.6"', '"-227.6"'),
      /^2: Read: "-227\.6" is not a non-negative decimal number$/,
    ],
    [
      'a bad leak start date',
      4,
      (l: string) => l.replace('"2024-07-30 03:00"', '"yesterday"'),
      /^4: Current_Leak_Start_Date: bad date/,
    ],
    [
      'a truncated row',
      6,
      (l: string) => l.slice(0, l.lastIndexOf('","') + 1),
      /^6: expected 48 fields as in the header, found \d+$/,
    ],
    [
      'a control character',
      2,
      (l: string) => l.replace('MYSTREET', 'MY\x00STREET'),
      /^2: bad character at column \d+: control character U\+00$/,
    ],
  ])('should report %s on line %i', (_what, line, change, expected) => {
    const result = parseBeaconCsv(editLine(REPORT, line, change));
    expect(result.ok).toBe(false);
    expect(errorLines(result)).toHaveLength(1);
    expect(errorLines(result)[0]).toMatch(expected);
  });

  it('should refuse a header without a read column', () => {
    const result = parseBeaconCsv('Meter_SN,Read_Time,Read_Unit\nM1,2026-04-01 00:00,GAL\n');
    expect(errorLines(result)).toEqual([
      '1: header row is missing column(s): Read (or Raw_Read and Register_Resolution)',
    ]);
  });

  it('should refuse a row with a read but no time', () => {
    const result = parseBeaconCsv('Meter_SN,Read,Read_Time,Read_Unit\nM1,12,,GAL\n');
    expect(errorLines(result)).toEqual(['2: Read_Time: empty for a row with a reading']);
  });
});
