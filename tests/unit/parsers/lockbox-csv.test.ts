import { describe, expect, it } from 'vitest';
import { dec, sumMoney } from '../../../server/src/shared/money/index.js';
import { parseLockboxCsv } from '../../../server/src/payments/parsers/lockbox-csv.js';
import { dropLines, editLine, errorLines, fixture } from './helpers.js';

const GOTRANSVERSE = fixture('payments/lockbox-gotransverse.csv');
const BOSTONPOST = fixture('payments/lockbox-bostonpost.csv');

describe('parseLockboxCsv, gotransverse layout with a lockbox line', () => {
  const result = parseLockboxCsv(GOTRANSVERSE);

  it('should read the five payments and balance them to the file total', () => {
    expect(result.errors).toEqual([]);
    expect(result.layout).toBe('GOTRANSVERSE');
    expect(result.header).toEqual({
      line: 1,
      serviceCompany: 'First National Lockbox Services',
      lockboxId: 'LBX-20417',
      companyName: 'West County Water District',
      fileDate: '2026-04-02',
      fileTotal: '1038.37',
    });
    expect(result.controlCount).toBe(5);
    expect(result.controlTotal).toBe('1038.37');
    expect(result.fileTotalFromHeaderOrTrailer).toBe('1038.37');
    expect(sumMoney(result.records.map(r => dec(r.amount))).eq(dec(result.controlTotal))).toBe(true);
    expect(result.batchDate).toBe('2026-04-02');
  });

  it.each([
    [3, '100412-01', '84.12', '1042', 'GARCIA, ROSA'],
    [5, '100501-00', '612.40', '20571', 'RIVERSIDE DENTAL GROUP LLC'],
    [6, null, '100.00', '881', "O'BRIEN, PAT & SHEILA"],
  ])(
    'should read line %i: account %s pays %s by check %s',
    (line, accountNumber, amount, reference, payerName) => {
      expect(result.records.find(r => r.line === line)).toEqual({
        line,
        accountNumber,
        amount,
        receivedOn: '2026-04-02',
        reference,
        naturalKey: `LOCKBOX:LBX-20417:2026-04-02:${line - 2}:${reference}`,
        method: 'LOCKBOX',
        kind: 'PAYMENT',
        payerName,
      });
    },
  );

  it('should give the same natural keys when the same file is imported again', () => {
    expect(parseLockboxCsv(GOTRANSVERSE).records.map(r => r.naturalKey)).toEqual(
      result.records.map(r => r.naturalKey),
    );
  });

  it('should never keep the payer bank account numbers', () => {
    expect(JSON.stringify(result.records)).not.toContain('000123456789');
  });
});

describe('parseLockboxCsv, BostonPost standard lockbox layout', () => {
  it('should take the account from the scan line and the money from the check', () => {
    const result = parseLockboxCsv(BOSTONPOST, { lockboxId: '20417' });
    expect(result.errors).toEqual([]);
    expect(result.layout).toBe('BOSTONPOST');
    expect(
      result.records.map(r => [r.line, r.accountNumber, r.amount, r.reference, r.receivedOn, r.naturalKey]),
    ).toEqual([
      [2, '1004120', '84.12', '1042', '2026-04-02', 'LOCKBOX:20417:2026-04-02:1:1042'],
      [3, '1004180', '70.00', '3318', '2026-04-02', 'LOCKBOX:20417:2026-04-02:2:3318'],
      [4, '1005010', '612.40', '20571', '2026-04-02', 'LOCKBOX:20417:2026-04-02:3:20571'],
    ]);
    expect(result.controlTotal).toBe('766.52');
    expect(result.fileTotalFromHeaderOrTrailer).toBeUndefined();
  });
  it('should key items of a file without a lockbox number by account and amount too (two lockboxes on one day are different items)', () => {
    const keys = parseLockboxCsv(BOSTONPOST).records.map(r => r.naturalKey);
    expect(keys[0]).toBe('LOCKBOX::2026-04-02:1:1042:1004120:84.12');
    const other = parseLockboxCsv(BOSTONPOST.replace('1004120', '1009999')).records.map(r => r.naturalKey);
    expect(other[0]).not.toBe(keys[0]);
  });
});

describe('parseLockboxCsv on malformed files', () => {
  it.each([
    [
      'a wrong file total',
      (t: string) => editLine(t, 1, l => l.replace('1,038.37', '1,083.37')),
      ['1: file total 1083.37 on line 1 does not equal the sum of the payments, 1038.37'],
    ],
    [
      'a missing payment line (truncated)',
      (t: string) => dropLines(t, 7),
      ['1: file total 1038.37 on line 1 does not equal the sum of the payments, 858.02'],
    ],
    [
      'three decimals',
      (t: string) => editLine(t, 4, l => l.replace('61.50', '61.505')),
      ['4: amount "61.505" is not an amount of money'],
    ],
    [
      'a negative amount',
      (t: string) => editLine(t, 4, l => l.replace('61.50', '-61.50')),
      ['4: amount "-61.50" is negative'],
    ],
    [
      'a zero amount',
      (t: string) => editLine(t, 4, l => l.replace('61.50', '0.00')),
      ['4: amount 0.00 must be greater than zero'],
    ],
    [
      'a bad deposit date',
      (t: string) => editLine(t, 5, l => l.replace('2026-04-02,"$', '2026-02-30,"$')),
      ['5: deposit date "2026-02-30" is not a date (YYYY-MM-DD, MM/DD/YYYY or MMDDYYYY)'],
    ],
    [
      'another currency',
      (t: string) => editLine(t, 3, l => l.replace('USD', 'CAD')),
      ['3: currency "CAD" is not USD'],
    ],
    [
      'a short line',
      (t: string) => editLine(t, 7, l => l.split(',').slice(0, 9).join(',')),
      ['7: expected 12 fields as in the header line, found 9'],
    ],
    [
      'the same item twice',
      (t: string) => editLine(t, 4, l => l.replace(/^2,100418-02/, '1,100418-02').replace('3318', '1042')),
      ['4: same lockbox item as line 3 (LOCKBOX:LBX-20417:2026-04-02:1:1042)'],
    ],
    [
      'a bad file date',
      (t: string) => editLine(t, 1, l => l.replace('2026-04-02', '04/31/2026')),
      ['1: file creation date "04/31/2026" is not a date (YYYY-MM-DD, MM/DD/YYYY or MMDDYYYY)'],
    ],
    [
      'a control character',
      (t: string) => editLine(t, 6, l => l.replace('SHEILA', 'SHE\x00ILA')),
      ['6: bad character at column 23: control character U+00'],
    ],
  ])('should report %s with its line number', (_what, mutate, expected) => {
    const result = parseLockboxCsv(mutate(GOTRANSVERSE));
    expect(result.ok).toBe(false);
    expect(errorLines(result)).toEqual(expected);
  });

  it('should refuse a header line without an amount column', () => {
    const result = parseLockboxCsv('Account Number,Deposit Date,Check Number\n100100,2026-04-02,1\n');
    expect(errorLines(result)).toEqual(['1: column(s) missing from the header line: Amount']);
  });

  it('should report every bad line at once', () => {
    let t = editLine(BOSTONPOST, 2, l => l.replace('84.12,04022026', '84.1x,04022026'));
    t = editLine(t, 4, l => l.replace('04022026', '13022026'));
    expect(errorLines(parseLockboxCsv(t))).toEqual([
      '2: amount "84.1x" is not an amount of money',
      '4: deposit date "13022026" is not a date (YYYY-MM-DD, MM/DD/YYYY or MMDDYYYY)',
    ]);
  });
});
