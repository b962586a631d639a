import { describe, expect, it } from 'vitest';
import { abaCheckDigit, parseNachaReturn } from '../../../server/src/payments/parsers/nacha-return.js';
import { dropLines, editLine, errorLines, fixture, linesOf, put, sample, sampleNames } from './helpers.js';

const RETURNS = fixture('payments/return-autopay.ach');
const NOTES_PPD = fixture('payments/ppd-debit-notes.ach');

describe('parseNachaReturn on the moov-io/ach samples', () => {
  it('should read return-WEB.ach: an R01 of a checking debit and an R03 of a credit', () => {
    const result = parseNachaReturn(sample('ach/return-WEB.ach'));
    expect(result.errors).toEqual([]);
    expect(result.records).toEqual([
      {
        line: 3,
        accountNumber: 'MjMxNDAwMjAtOGQ',
        amount: '123.54',
        receivedOn: '2018-10-17',
        reference: '091000017611242',
        naturalKey: 'ACH-RETURN:091400600000001:091000017611242',
        method: 'ACH',
        kind: 'RETURN',
        returnCode: 'R01',
        returnReason: 'Insufficient funds',
        originalTrace: '091400600000001',
        transactionCode: '26',
        payerName: 'Paul Jones',
      },
      {
        line: 7,
        accountNumber: 'NmRjZTJmMzItMGN',
        amount: '45.65',
        receivedOn: '2018-10-17',
        reference: '021000029461242',
        naturalKey: 'ACH-RETURN:091400600000003:021000029461242',
        method: 'ACH',
        kind: 'RETURN',
        returnCode: 'R03',
        returnReason: 'No account / unable to locate account',
        originalTrace: '091400600000003',
        transactionCode: '21',
        payerName: 'Bob Marley',
      },
    ]);
    expect(result).toMatchObject({
      returnCount: 2,
      nocCount: 0,
      controlCount: 2,
      controlTotal: '169.19',
      fileTotalFromHeaderOrTrailer: '169.19',
      batchDate: '2018-10-17',
    });
  });

  it('should read return-PPD-custom-reason-code.ach (stripped header and control) and flag R97', () => {
    const result = parseNachaReturn(sample('ach/return-PPD-custom-reason-code.ach'));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      { line: 4, message: 'return reason code R97 is not a standard Nacha code' },
    ]);
    expect(result.records).toHaveLength(1);
    expect(result.records[0]).toMatchObject({
      accountNumber: 'xxxxxxx3105',
      amount: '1061.61',
      returnCode: 'R97',
      originalTrace: '092221172022300',
      kind: 'RETURN',
      payerName: 'Jane Doe',
    });
    expect(result.records[0]!.returnReason).toBeUndefined();
  });

  it('should read cor-example.ach as a notification of change C01 with the corrected account', () => {
    const result = parseNachaReturn(sample('ach/cor-example.ach'));
    expect(result.errors).toEqual([]);
    expect(result.records).toEqual([
      {
        line: 3,
        accountNumber: 'location #23',
        amount: '0.00',
        receivedOn: '2019-08-29',
        reference: '121042880000001',
        naturalKey: 'ACH-NOC:121042880000001:121042880000001',
        method: 'ACH',
        kind: 'NOC',
        changeCode: 'C01',
        correctedData: '1918171614',
        originalTrace: '121042880000001',
        transactionCode: '21',
        payerName: 'Best Co. #23',
      },
    ]);
  });

  it.each(['ppd-debit.ach', 'ppd-mixedDebitCredit.ach', 'web-debit.ach'])(
    'should read %s with zero returns',
    name => {
      const result = parseNachaReturn(sample(`ach/${name}`));
      expect(result.errors).toEqual([]);
      expect(result.records).toEqual([]);
      expect(result.forwardEntryCount).toBeGreaterThan(0);
    },
  );

  it('should accept the stripped trailing blanks of ppd-debit.ach (header 75, file control 55 characters)', () => {
    const lines = linesOf(sample('ach/ppd-debit.ach'));
    expect([lines[0]!.length, lines[4]!.length]).toEqual([75, 55]);
    expect(parseNachaReturn(sample('ach/ppd-debit.ach')).fileControl).toEqual({
      batchCount: 1,
      blockCount: 1,
      entryAddendaCount: 1,
      entryHash: '0023138010',
      totalDebit: '1000000.00',
      totalCredit: '0.00',
    });
  });

  it('should catch the wrong batch count in the file control of 20110805A.ach (4 batches, control says 5)', () => {
    const result = parseNachaReturn(sample('ach/20110805A.ach'));
    expect(errorLines(result)).toEqual(['93: batch count (2–7) is 5, counted 4']);
    expect(result.forwardEntryCount).toBe(48);
  });

  it('should read every sample without throwing', () => {
    for (const name of sampleNames('ach', '.ach'))
      expect(() => parseNachaReturn(sample(`ach/${name}`))).not.toThrow();
  });
});

describe('parseNachaReturn on our files', () => {
  it('should read the synthetic PPD debit file of file-formats.md §2.5 as three forward entries', () => {
    const result = parseNachaReturn(NOTES_PPD);
    expect(result.errors).toEqual([]);
    expect(result.records).toEqual([]);
    expect(result.forwardEntryCount).toBe(3);
    expect(result.fileControl).toMatchObject({
      entryHash: '0041338013',
      totalDebit: '128.94',
      blockCount: 1,
    });
  });

  it('should read two returns and a notification of change for our autopay drafts', () => {
    const result = parseNachaReturn(RETURNS);
    expect(result.errors).toEqual([]);
    expect(
      result.records.map(r => [
        r.line,
        r.kind,
        r.accountNumber,
        r.amount,
        r.returnCode ?? r.changeCode,
        r.originalTrace,
        r.transactionCode,
      ]),
    ).toEqual([
      [3, 'RETURN', '100100', '43.54', 'R01', '121042880000001', '26'],
      [5, 'RETURN', '200200', '85.40', 'R02', '121042880000002', '36'],
      [9, 'NOC', '300300', '0.00', 'C01', '121042880000003', '26'],
    ]);
    expect(result.records[2]!.correctedData).toBe('55501234999');
    expect(result).toMatchObject({
      returnCount: 2,
      nocCount: 1,
      controlTotal: '128.94',
      batchDate: '2026-04-03',
    });
  });
});

describe('parseNachaReturn on malformed files', () => {
  it.each([
    [
      'a wrong batch entry hash',
      (t: string) => editLine(t, 7, l => put(l, 11, '0024208577')),
      ["7: entry hash (11–20) 0024208577 does not match the entries' RDFI ids, 0024208576"],
    ],
    [
      'a wrong batch debit total',
      (t: string) => editLine(t, 7, l => put(l, 21, '000000012895')),
      ['7: total debit amount (21–32) is 128.95, the entries add up to 128.94'],
    ],
    [
      'a wrong entry/addenda count',
      (t: string) => editLine(t, 7, l => put(l, 5, '000003')),
      ['7: entry/addenda count (5–10) is 3, counted 4'],
    ],
    [
      'a wrong file debit total',
      (t: string) => editLine(t, 12, l => put(l, 32, '000000012984')),
      ['12: total debit amount in file (32–43) is 129.84, the entries add up to 128.94'],
    ],
    [
      'a wrong block count',
      (t: string) => editLine(t, 12, l => put(l, 8, '000001')),
      ['12: block count (8–13) is 1, counted 2'],
    ],
    [
      'a wrong file hash',
      (t: string) => editLine(t, 12, l => put(l, 22, '0036312865')),
      ["12: entry hash (22–31) 0036312865 does not match the file's RDFI ids, 0036312864"],
    ],
    [
      'a truncated file',
      (t: string) => linesOf(t).slice(0, 8).join('\n'),
      [
        '8: batch 0000002 (line 8) has no batch control (type 8): truncated file?',
        '8: the file ends without its file control record (type 9): truncated file?',
      ],
    ],
    [
      'a record cut short',
      (t: string) => editLine(t, 3, l => l.slice(0, 80)),
      [
        '3: record is 80 characters; ACH records are 94 (trailing blanks may be omitted, not other characters)',
        '3: trace number (80–94) "2              " is not 15 digits',
      ],
    ],
    [
      'a record one character too long',
      (t: string) => editLine(t, 5, l => l + ' '),
      [
        '5: record is 95 characters; ACH records are 94 (trailing blanks may be omitted, not other characters)',
      ],
    ],
    [
      'a wrong check digit',
      (t: string) => editLine(t, 3, l => put(l, 12, '7')),
      ['3: check digit (12) 7 does not match routing 12104288 (expected 2)'],
    ],
    [
      'letters in an amount',
      (t: string) => editLine(t, 5, l => put(l, 30, '00000085A0')),
      ['5: amount (30–39) "00000085A0" is not a zero-filled amount in cents'],
    ],
    [
      'a bad return code',
      (t: string) => editLine(t, 4, l => put(l, 4, 'X01')),
      ['4: return reason code (4–6) "X01" is not Rnn'],
    ],
    [
      'an addenda the entry does not announce',
      (t: string) => editLine(t, 3, l => put(l, 79, '0')),
      ['4: addenda follows the entry on line 3, whose addenda indicator is 0'],
    ],
    [
      'a bad file creation date',
      (t: string) => editLine(t, 1, l => put(l, 24, '261403')),
      ['1: file creation date (24–29) "261403" is not a date YYMMDD'],
    ],
    [
      'a record after the filler',
      (t: string) => t + linesOf(t)[2] + '\n',
      ['21: record among the filler records after the file control'],
    ],
    [
      'a control character',
      (t: string) => editLine(t, 3, l => put(l, 60, '\x00')),
      ['3: bad character at column 60: control character U+00'],
    ],
    [
      'a missing batch control',
      (t: string) => dropLines(t, 11),
      ['11: batch 0000002 (line 8) has no batch control before the file control'],
    ],
  ])('should report %s with its line number', (_what, mutate, expected) => {
    const result = parseNachaReturn(mutate(RETURNS));
    expect(result.ok).toBe(false);
    expect(errorLines(result)).toEqual(expected);
  });

  it.each([
    ['23138010', 4],
    ['12104288', 2],
    ['07100001', 3],
    ['11100002', 5],
  ])('abaCheckDigit(%s) should be %i', (routing, digit) => {
    expect(abaCheckDigit(routing)).toBe(digit);
  });
});
