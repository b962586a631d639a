import { describe, expect, it } from 'vitest';
import { parseLockboxFixed } from '../../../server/src/payments/parsers/lockbox-fixed.js';
import { dropLines, editLine, errorLines, fixture, linesOf, put } from './helpers.js';

const FULTON = fixture('payments/lockbox-fulton.txt');
const WITH_TRAILER = fixture('payments/lockbox-fulton-trailer.txt');

describe('parseLockboxFixed on the Fulton 80-character layout', () => {
  const result = parseLockboxFixed(FULTON);

  it('should read the header (its trailing blanks stripped, CRLF) and five payments', () => {
    expect(linesOf(FULTON)[0]!.length).toBe(70);
    expect(result.errors).toEqual([]);
    expect(result.processingDate).toBe('2026-04-02');
    expect(result.postingDate).toBe('2026-04-03');
    expect(result.companyName).toBe('WEST COUNTY WATER');
    expect(result.batchDate).toBe('2026-04-02');
    expect(result.controlCount).toBe(5);
    expect(result.controlTotal).toBe('1038.37');
    expect(result.trailer).toBeNull();
  });

  it.each([
    [2, '1004120', '84.12', '0000260920001', 'LOCKBOX:12104417:2026-04-02:260920001'],
    [4, '1005010', '612.40', '0000260920003', 'LOCKBOX:12104417:2026-04-02:260920003'],
    [5, null, '100.00', '0000260920004', 'LOCKBOX:12104417:2026-04-02:260920004'],
  ])(
    'should read line %i: account %s, %s cents as money',
    (line, accountNumber, amount, reference, naturalKey) => {
      expect(result.records.find(r => r.line === line)).toEqual({
        line,
        accountNumber,
        amount,
        receivedOn: '2026-04-02',
        reference,
        naturalKey,
        method: 'LOCKBOX',
        kind: 'PAYMENT',
      });
    },
  );

  it('should check our optional 9 trailer', () => {
    const r = parseLockboxFixed(WITH_TRAILER);
    expect(r.errors).toEqual([]);
    expect(r.trailer).toEqual({ line: 7, count: 5, total: '1038.37' });
    expect(r.fileTotalFromHeaderOrTrailer).toBe('1038.37');
  });
});

describe('parseLockboxFixed on malformed files', () => {
  it.each([
    [
      'a wrong trailer total',
      WITH_TRAILER,
      (t: string) => editLine(t, 7, l => put(l, 8, '000000103838')),
      ['7: trailer total 1038.38 does not equal the sum of the details, 1038.37'],
    ],
    [
      'a wrong trailer count',
      WITH_TRAILER,
      (t: string) => editLine(t, 7, l => put(l, 2, '000006')),
      ['7: trailer says 6 detail records, the file has 5'],
    ],
    [
      'a lost detail (trailer check)',
      WITH_TRAILER,
      (t: string) => dropLines(t, 4),
      [
        '6: trailer says 5 detail records, the file has 4',
        '6: trailer total 1038.37 does not equal the sum of the details, 425.97',
      ],
    ],
    [
      'an 81-character record',
      FULTON,
      (t: string) => editLine(t, 3, l => l + 'X'),
      ['3: record is 81 characters; lockbox records are 80 (trailing blanks may be omitted)'],
    ],
    [
      'a record cut before its dates',
      FULTON,
      (t: string) => editLine(t, 3, l => l.slice(0, 55)),
      ['3: record is 55 characters; lockbox records are 80 (trailing blanks may be omitted)'],
    ],
    [
      'a decimal point in the amount',
      FULTON,
      (t: string) => editLine(t, 2, l => put(l, 42, '00000084.1')),
      ['2: amount (42–51) "00000084.1" is not an amount in cents (digits, no decimal point)'],
    ],
    [
      'dates that disagree',
      FULTON,
      (t: string) => editLine(t, 3, l => put(l, 58, '040326')),
      ['3: processing date MMDDYY (58–63) "040326" does not match "260402"'],
    ],
    [
      'a bad processing date',
      FULTON,
      (t: string) => editLine(t, 3, l => put(l, 52, '260231')),
      ['3: processing date (52–57) "260231" is not a date YYMMDD'],
    ],
    [
      'a debit process control',
      FULTON,
      (t: string) => editLine(t, 4, l => put(l, 36, '000027')),
      ['4: process control (36–41) "000027" is not 20 (credit): only credits are lockbox payments'],
    ],
    [
      'letters in the account',
      FULTON,
      (t: string) => editLine(t, 2, l => put(l, 21, '0000000100412A')),
      ['2: account number (21–34) "0000000100412A" is not zero-filled numeric'],
    ],
    [
      'an unknown record type',
      FULTON,
      (t: string) => editLine(t, 3, l => '70' + l.slice(2)),
      ['3: unknown record type "7000" (1000 header, 60 detail, 9 trailer)'],
    ],
    [
      'a detail before the header',
      FULTON,
      (t: string) => dropLines(t, 1),
      ['1: detail record before the 1000 file header'],
    ],
    [
      'a record after the trailer',
      WITH_TRAILER,
      (t: string) => t + linesOf(t)[1] + '\n',
      ['8: record after the trailer on line 7'],
    ],
    [
      'a zero amount',
      FULTON,
      (t: string) => editLine(t, 6, l => put(l, 42, '0000000000')),
      ['6: amount (42–51) is zero'],
    ],
    [
      'a control character',
      FULTON,
      (t: string) => editLine(t, 5, l => put(l, 70, '\x7f')),
      ['5: bad character at column 70: control character U+7F'],
    ],
  ])('should report %s with its line number', (_what, base, mutate, expected) => {
    const result = parseLockboxFixed(mutate(base));
    expect(result.ok).toBe(false);
    expect(errorLines(result)).toEqual(expected);
  });

  it('should refuse an empty file', () => {
    expect(errorLines(parseLockboxFixed(''))).toEqual(['1: the file is empty: a 1000 header is required']);
  });
});
