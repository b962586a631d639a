import { describe, expect, it } from 'vitest';
import { createAmiCsvParser, parseAmiCsv } from '../../../server/src/reads/parsers/ami-csv.js';
import { buildAmiText } from '../../bench/ami-parse.bench.js';
import { errorLines, fixture } from './helpers.js';

const GOOD = fixture('reads/ami-good.csv');
const HEADER = 'endpoint_id,meter_serial,read_time,reading,unit,flags\n';

describe('parseAmiCsv on a good file', () => {
  const result = parseAmiCsv(GOOD);

  it('should read every line of the fixture', () => {
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.records).toHaveLength(7);
    expect(result.lineCount).toBe(9);
  });

  it('should take a row flagged NO_READ as a meter not read (its reading column is not a reading), never as a read', () => {
    expect(result.records.find(r => r.line === 9)).toBeUndefined();
    expect(result.noReads).toEqual([{ line: 9, meterSerial: 'N1234574', endpointId: 'MIU-1550019', readOn: '2026-03-31' }]);
    const blank = parseAmiCsv('endpoint_id,meter_serial,read_time,reading,unit,flags\nMIU-1,N1,2026-03-31T06:00:00,,,NO_READ\n');
    expect(blank.errors).toEqual([]);
    expect(blank.records).toEqual([]);
    expect(blank.noReads).toEqual([{ line: 2, meterSerial: 'N1', endpointId: 'MIU-1', readOn: '2026-03-31' }]);
  });

  it.each([
    [2, 'N1234567', 'MIU-1550012', '2026-03-31T06:00:00', '184523.5', 'GALLON', []],
    [3, 'N1234568', 'MIU-1550013', '2026-03-31T06:00:00', '9120.25', 'CUBIC_FOOT', []],
    [4, null, 'MIU-1550014', '2026-03-31T06:00:00', '0.000', 'GALLON', ['LEAK']],
    [5, 'N1234570', null, '2026-03-31T06:00:00', '1207.43', 'CCF', ['ESTIMATED']],
    [6, 'N1234571', 'MIU-1550016', '2026-03-31T00:00:00', '88.301', 'KGAL', ['LEAK', 'REVERSE_FLOW']],
    [
      7,
      'N1234572, bay "B"',
      'MIU-1550017',
      '2026-03-31T06:00:00',
      '4410',
      'CUBIC_FOOT',
      ['NO_FLOW', 'LOW_BATTERY'],
    ],
    [8, 'N1234573', 'MIU-1550018', '2026-03-31T06:00:00', '000731', 'CUBIC_FOOT', ['TAMPER']],
  ])('should read line %i as meter %s', (line, meterSerial, endpointId, readAt, reading, unit, flags) => {
    const record = result.records.find(r => r.line === line)!;
    expect(record).toEqual({
      line,
      meterSerial,
      endpointId,
      readAt,
      readOn: '2026-03-31',
      reading,
      unit,
      flags,
      source: 'AMI',
    });
  });

  it('should read a CRLF file with a byte-order mark and no final newline the same way', () => {
    const crlf = '\uFEFF' + GOOD.replace(/\n/g, '\r\n').replace(/\r\n$/, '');
    expect(parseAmiCsv(crlf).records).toEqual(result.records);
  });

  it('should match columns by name in any order and ignore unknown columns', () => {
    const text = 'Reading,UNIT,Read_Time,Meter_Serial,firmware\n12.5,gal,2026-04-01 07:30,S-1,v2.1\n';
    expect(parseAmiCsv(text).records).toEqual([
      {
        line: 2,
        meterSerial: 'S-1',
        endpointId: null,
        readAt: '2026-04-01T07:30:00',
        readOn: '2026-04-01',
        reading: '12.5',
        unit: 'GALLON',
        flags: [],
        source: 'AMI',
      },
    ]);
  });

  it('should skip blank lines but keep physical line numbers', () => {
    const text = HEADER + '\n' + 'E1,,2026-04-01,10,GAL,\n\n   \nE2,,2026-04-01,11,GAL,BURST\n';
    expect(errorLines(parseAmiCsv(text))).toEqual(['6: flags: unknown flag "BURST"']);
  });
});

describe('parseAmiCsv on malformed files', () => {
  const row = (fields: string): string =>
    HEADER + 'MIU-1,N-1,2026-03-31T06:00:00,100,GALLON,\n' + fields + '\n';
  it.each([
    [
      'a bad calendar date',
      row('MIU-2,N-2,2026-02-30T06:00:00,100,GALLON,'),
      [/^3: read_time: bad date "2026-02-30T06:00:00"$/],
    ],
    [
      'an offset out of range',
      row('MIU-2,N-2,2026-03-31T06:00:00+25:00,100,GALLON,'),
      [/^3: read_time: bad time zone offset "\+25:00"/],
    ],
    ['an hour 24', row('MIU-2,N-2,2026-03-31 24:00,100,GALLON,'), [/^3: read_time: bad time/]],
    ['an unknown unit', row('MIU-2,N-2,2026-03-31,100,LITRE,'), [/^3: unit: unknown unit "LITRE"/]],
    [
      'a negative reading',
      row('MIU-2,N-2,2026-03-31,-5,GAL,'),
      [/^3: reading: "-5" is not a non-negative decimal number$/],
    ],
    ['a grouped reading', row('MIU-2,N-2,2026-03-31,"1,234",GAL,'), [/^3: reading: "1,234"/]],
    ['an exponent', row('MIU-2,N-2,2026-03-31,1e5,GAL,'), [/^3: reading: "1e5"/]],
    ['an unknown flag', row('MIU-2,N-2,2026-03-31,1,GAL,LEAK;BURST'), [/^3: flags: unknown flag "BURST"$/]],
    [
      'no meter and no endpoint',
      row(',,2026-03-31,1,GAL,'),
      [/^3: endpoint_id and meter_serial are both empty/],
    ],
    [
      'a truncated last line',
      HEADER + 'MIU-1,N-1,2026-03-31T06:00:00,100,GALLON,\nMIU-2,N-2,2026-03-3',
      [/^3: expected 6 fields as in the header, found 3$/],
    ],
    [
      'an extra field',
      row('MIU-2,N-2,2026-03-31,1,GAL,,x'),
      [/^3: expected 6 fields as in the header, found 7$/],
    ],
    [
      'a control character',
      row('MIU-2,N-\x07,2026-03-31,1,GAL,'),
      [/^3: bad character at column 9: control character U\+07$/],
    ],
    [
      'a tab',
      row('MIU-2,N-2\t,2026-03-31,1,GAL,'),
      [/^3: bad character at column 10: control character U\+09$/],
    ],
    [
      'an undecodable byte',
      row('MIU-2,N-\uFFFD,2026-03-31,1,GAL,'),
      [/^3: bad character .*invalid \(non-UTF-8\) byte/],
    ],
    [
      'a quote never closed',
      row('MIU-2,"N-2,2026-03-31,1,GAL,') + 'MIU-3,N-3,2026-03-31,1,GAL,\n',
      [/^3: quoted field is not closed before the end of the file/],
    ],
    [
      'a stray quote',
      row('MIU-2,N"2,2026-03-31,1,GAL,') + 'MIU-3,"N-3",2026-03-31,1,GAL,\n',
      [/^3: quote inside unquoted field 2/],
    ],
    [
      'no header',
      'MIU-2,N-2,2026-03-31,1,GAL,\n',
      [/^1: header row is missing column\(s\): endpoint_id or meter_serial, read_time, reading, unit/],
    ],
    [
      'a duplicated column',
      'reading,unit,read_time,endpoint_id,reading\n',
      [/^1: column "reading" appears twice/],
    ],
    ['an empty file', '', [/^1: the file is empty/]],
    ['a header without reads', HEADER, [/^1: the file has no reads, only a header row$/]],
  ])('should report %s with its line number', (_what, text, expected) => {
    const result = parseAmiCsv(text);
    expect(result.ok).toBe(false);
    expect(errorLines(result)).toHaveLength(expected.length);
    errorLines(result).forEach((e, i) => expect(e).toMatch(expected[i]!));
  });

  it('should report every bad line, not just the first, and keep the good ones', () => {
    const text =
      HEADER +
      'E1,,2026-03-31,10,GAL,\n' +
      'E2,,2026-13-31,10,GAL,\n' +
      'E3,,2026-03-31,10,GAL,\n' +
      'E4,,2026-03-31,ten,GAL,\n' +
      'E5,,2026-03-31,10,LITRE,SPLASH\n';
    const result = parseAmiCsv(text);
    expect(result.errors.map(e => e.line)).toEqual([3, 5, 6, 6]);
    expect(result.records.map(r => r.endpointId)).toEqual(['E1', 'E3']);
  });

  it('should stop collecting at 1,000 errors and say so', () => {
    const text = HEADER + 'E,,2026-03-31,x,GAL,\n'.repeat(1500);
    const result = parseAmiCsv(text);
    expect(result.errors).toHaveLength(1000);
    expect(result.errorLimitReached).toBe(true);
    expect(result.errors[999]!.line).toBe(1001);
  });
});

describe('createAmiCsvParser (streaming)', () => {
  it('should give the same reads whatever the chunk boundaries', () => {
    const whole = parseAmiCsv(GOOD).records;
    for (let size = 1; size <= 40; size += 1) {
      const parser = createAmiCsvParser();
      const records = [];
      for (let at = 0; at < GOOD.length; at += size)
        records.push(...parser.push(GOOD.slice(at, at + size)).records);
      const end = parser.end();
      records.push(...end.records);
      expect(records).toEqual(whole);
      expect(end.errorCount).toBe(0);
      expect(end.recordCount).toBe(8);
    }
  });

  it('should hand errors out with the chunk that completes the line', () => {
    const parser = createAmiCsvParser();
    expect(parser.push(HEADER + 'E1,,2026-03-31,1,GAL,\nE2,,2026-03-31,x').errors).toEqual([]);
    expect(parser.push(',GAL,\nE3').errors).toEqual([
      { line: 3, message: 'reading: "x" is not a non-negative decimal number' },
    ]);
    const end = parser.end();
    expect(end.errors).toEqual([{ line: 4, message: 'expected 6 fields as in the header, found 1' }]);
    expect(end.errorCount).toBe(2);
    expect(end.lineCount).toBe(4);
  });

  it('should parse a generated hourly file of 50,000 reads cleanly', () => {
    const text = buildAmiText(50_000);
    const result = parseAmiCsv(text);
    expect(result.errors).toEqual([]);
    expect(result.records).toHaveLength(50_000);
    expect(result.records[0]).toMatchObject({
      line: 2,
      endpointId: 'MIU-1550000',
      meterSerial: 'N0, bay 2',
      flags: ['LEAK'],
    });
  });
});
