import { describe, expect, it } from 'vitest';
import { CsvReader, readCsv, sniffDelimiter } from '../../../server/src/reads/parsers/csv.js';
import { LineErrors } from '../../../server/src/reads/parsers/line-errors.js';
import {
  mmddyyToIso,
  parseLocalDateTime,
  splitLines,
  usDateToIso,
  yymmddToIso,
  yyyymmddToIso,
} from '../../../server/src/reads/parsers/text.js';

describe('parseLocalDateTime', () => {
  it.each([
    ['2026-03-31', '2026-03-31T00:00:00'],
    ['2026-03-31T06:00', '2026-03-31T06:00:00'],
    ['2026-03-31 06:00', '2026-03-31T06:00:00'],
    ['2026-03-31T06:05:09', '2026-03-31T06:05:09'],
    ['2026-03-31 23:59:59.999', '2026-03-31T23:59:59'],
    ['2024-02-29 12:00', '2024-02-29T12:00:00'],
    ['2026-11-01T01:00:00-05:00', '2026-11-01T01:00:00-05:00'],
    ['2026-11-01T01:00:00-0600', '2026-11-01T01:00:00-06:00'],
    ['2026-03-31T06:00Z', '2026-03-31T06:00:00+00:00'],
  ])('should read %s as %s', (text, readAt) => {
    expect(parseLocalDateTime(text)).toEqual({ readAt, readOn: text.slice(0, 10) });
  });

  it.each([
    '2026-02-29',
    '2025-02-29 00:00',
    '2026-04-31',
    '2026-3-31',
    '31/03/2026',
    '2026-03-31T6:00',
    '2026-03-31T06:60',
    '2026-03-31T06:00:61',
    '2026-03-31T06:00:00+25:00',
    '2026-03-31T06:00:00+2',
    '2026-03-31T06:00:00 CDT',
    '2026-03-31T06:00:00.',
    '',
    'yesterday',
  ])('should refuse %j', text => {
    expect(typeof parseLocalDateTime(text)).toBe('string');
  });
});

describe('date shapes of bank files', () => {
  it.each([
    [yymmddToIso, '260402', '2026-04-02'],
    [yymmddToIso, '260230', null],
    [mmddyyToIso, '040226', '2026-04-02'],
    [yyyymmddToIso, '20260402', '2026-04-02'],
    [yyyymmddToIso, '2026040', null],
    [usDateToIso, '04022026', '2026-04-02'],
    [usDateToIso, '4/2/2026', '2026-04-02'],
    [usDateToIso, '2026-04-02', '2026-04-02'],
    [usDateToIso, '04/02/26', null],
    [usDateToIso, '13/02/2026', null],
  ])('%o(%s) should be %s', (fn, text, expected) => {
    expect(fn(text)).toBe(expected);
  });
});

describe('CsvReader', () => {
  const collect = (chunks: string[]) => {
    const records: Array<[number, string[]]> = [];
    const errors: string[] = [];
    const reader = new CsvReader({
      onRecord: (f, l) => records.push([l, f]),
      onError: (l, m) => errors.push(`${l}: ${m}`),
    });
    for (const c of chunks) reader.push(c);
    reader.end();
    return { records, errors, lines: reader.lines };
  };

  it('should read a quoted field over two lines and number the record by its first line', () => {
    expect(collect(['a,b\n1,"two\nlines",x\n3,"q ""uoted""",\n']).records).toEqual([
      [1, ['a', 'b']],
      [2, ['1', 'two\nlines', 'x']],
      [4, ['3', 'q "uoted"', '']],
    ]);
  });

  it('should join a CRLF split between two chunks', () => {
    const result = collect(['a,b\r', '\n1,2\r', '\n']);
    expect(result.records).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
    ]);
    expect(result.errors).toEqual([]);
  });

  it('should refuse a lone carriage return inside a line', () => {
    expect(collect(['a,b\n1\r2,3\n']).errors).toEqual([
      '2: bad character at column 2: control character U+0D',
    ]);
  });

  it('should read tab-separated text and guess the delimiter', () => {
    const text = 'x\ty\n1\t"2\t3"\n';
    expect(sniffDelimiter(text)).toBe('\t');
    const records: string[][] = [];
    readCsv(
      text,
      f => records.push(f),
      () => undefined,
      '\t',
    );
    expect(records).toEqual([
      ['x', 'y'],
      ['1', '2\t3'],
    ]);
  });

  it('should count physical lines including the last one without a newline', () => {
    expect(collect(['a\nb\nc']).lines).toBe(3);
    expect(splitLines('\uFEFFa\r\nb\r\n').map(l => l.text)).toEqual(['a', 'b']);
  });
});

describe('LineErrors', () => {
  it('should keep errors in line order and count the ones over the cap', () => {
    const errors = new LineErrors(2);
    errors.add(9, 'late');
    errors.add(3, 'early');
    errors.add(5, 'dropped');
    expect(errors.sorted()).toEqual([
      { line: 3, message: 'early' },
      { line: 9, message: 'late' },
    ]);
    expect(errors.count).toBe(3);
    expect(errors.limitReached).toBe(true);
  });
});
