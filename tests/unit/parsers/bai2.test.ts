import { describe, expect, it } from 'vitest';
import { parseBai2 } from '../../../server/src/payments/parsers/bai2.js';
import { dropLines, editLine, errorLines, fixture, sample, sampleNames } from './helpers.js';

const DEPOSIT = fixture('payments/bai2-deposit.txt');
const SPEC = fixture('payments/bai2-spec-records.txt');

describe('parseBai2 on every moov-io/bai2 sample', () => {
  it.each(sampleNames('bai2', '.txt'))('should read %s with all control totals and counts agreeing', name => {
    const result = parseBai2(sample(`bai2/${name}`));
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.file).not.toBeNull();
  });

  it('should read sample1, a Canadian file: CAD, V funds, "+" signs, no trailing newline', () => {
    const { file, warnings } = parseBai2(sample('bai2/sample1.txt'));
    expect(warnings).toEqual([]); // 108 and 409 are Appendix A codes ("credit/debit (any type)")
    expect(file).toMatchObject({
      senderId: '0004',
      receiverId: '12345',
      creationDate: '2006-03-21',
      creationTime: '0829',
      fileId: '001',
      version: '2',
      controlTotal: '12800.00',
      groupCount: 1,
      recordCount: 27,
    });
    const group = file!.groups[0]!;
    expect(group).toMatchObject({
      currency: 'CAD',
      asOfDate: '2006-03-17',
      asOfTime: null,
      asOfDateModifier: null,
      accountCount: 2,
      recordCount: 25,
    });
    const account = group.accounts[0]!;
    expect(account).toMatchObject({
      accountNumber: '10200123456',
      currency: 'CAD',
      controlTotal: '8340.00',
      recordCount: 14,
    });
    expect(account.summaries.map(s => [s.typeCode, s.amount, s.itemCount, s.fundsType])).toEqual([
      ['040', '0.00', null, { type: '' }],
      ['045', '0.00', null, { type: '' }],
      ['100', '2085.00', 3, { type: 'V', valueDate: '2006-03-16', valueTime: null }],
      ['400', '2085.00', 8, { type: 'V', valueDate: '2006-03-16', valueTime: null }],
    ]);
    expect(account.transactions).toHaveLength(11);
    expect(account.transactions[0]).toEqual({
      line: 5,
      typeCode: '409',
      amount: '25.00',
      fundsType: { type: 'V', valueDate: '2006-03-16', valueTime: null },
      bankReference: '',
      customerReference: '',
      text: 'RETURNED CHEQUE',
      direction: 'DEBIT',
      standardTypeCode: true,
    });
  });

  it('should read sample2: S and D funds, summaries continued over 88s, a text continued in an 88', () => {
    const { file } = parseBai2(sample('bai2/sample2.txt'));
    expect(file!.groups.map(g => [g.line, g.status, g.accountCount, g.controlTotal])).toEqual([
      [2, '1', 2, '131500.00'],
      [13, '1', 1, '1800000.00'],
      [21, '1', 1, '1405000.00'],
      [26, '3', 1, '118000.00'],
    ]);
    const [first, second] = file!.groups[0]!.accounts;
    expect(first!.transactions[0]).toMatchObject({
      typeCode: '115',
      amount: '4500.00',
      fundsType: { type: 'S', immediate: '1000.00', oneDay: '2000.00', twoOrMoreDays: '1500.00' },
    });
    expect(second!.transactions[0]).toMatchObject({
      typeCode: '115',
      fundsType: { type: 'S', immediate: null, oneDay: '2000.00', twoOrMoreDays: '3000.00' },
      text: 'LOCK BOX NO.68751',
    });
    expect(second!.summaries.map(s => [s.typeCode, s.amount])).toEqual([
      ['010', '-5000.00'],
      ['100', '10000.00'],
      ['400', '20000.00'],
      ['190', '5000.00'],
      ['110', '10000.00'],
      ['072', '5000.00'],
      ['074', '5000.00'],
      ['040', '-15000.00'],
    ]);
    expect(file!.groups[1]!.accounts[0]!.transactions[0]).toMatchObject({
      typeCode: '218',
      fundsType: { type: 'V', valueDate: '2004-06-22', valueTime: null },
      bankReference: 'SP4738',
      customerReference: 'YRC065321',
      text: 'PROCEEDS OF LETTER OF CREDIT FROM THE ARAMCO OIL CO',
    });
    expect(file!.groups[2]!.accounts[0]!.summaries[2]).toMatchObject({
      typeCode: '110',
      itemCount: 15,
      fundsType: {
        type: 'D',
        distributions: [
          { days: 0, amount: '200000.00' },
          { days: 1, amount: '300000.00' },
          { days: 3, amount: '200000.00' },
        ],
      },
    });
  });

  it('should read sample3: several records on one line, a record wrapped over two lines', () => {
    const { file } = parseBai2(sample('bai2/sample3.txt'));
    expect(file!.recordCount).toBe(74);
    const accounts = file!.groups[0]!.accounts;
    expect(accounts).toHaveLength(15);
    expect(accounts[0]!.transactions.slice(0, 2).map(t => [t.line, t.amount, t.text])).toEqual([
      [3, '25.00', 'TRANSFER   PAYPAL             PPD'],
      [3, '5.00', 'TRANSFER   MSPBNA BANK        PPD'],
    ]);
    expect(accounts[1]!.line).toBe(10);
    expect(accounts[7]!.transactions[0]).toMatchObject({ line: 18, amount: '25.00' });
  });
});

describe('parseBai2 on the specification samples and our deposit file', () => {
  it('should read the BAI2 specification records', () => {
    const { file, errors } = parseBai2(SPEC);
    expect(errors).toEqual([]);
    expect(file).toMatchObject({
      senderId: '122099999',
      receiverId: '123456789',
      creationDate: '2004-06-21',
      creationTime: '0200',
      fileId: '1',
      physicalRecordLength: '55',
      blockSize: '',
      version: '2',
    });
    expect(file!.groups[0]).toMatchObject({
      ultimateReceiver: '031001234',
      originator: '122099999',
      status: '1',
      asOfDate: '2004-06-20',
      asOfTime: '2359',
      currency: 'USD',
      asOfDateModifier: '2',
    });
    const [a, b] = file!.groups[0]!.accounts;
    expect(a!.transactions).toEqual([
      {
        line: 4,
        typeCode: '165',
        amount: '15000.00',
        fundsType: { type: '1' },
        bankReference: 'DD1620',
        customerReference: '',
        text: ' DEALER PAYMENTS',
        direction: 'CREDIT',
        standardTypeCode: true,
      },
    ]);
    expect(a!.controlTotal).toBe('186500.00');
    expect(b!.summaries.map(s => [s.typeCode, s.amount, s.itemCount, s.fundsType.type])).toEqual([
      ['010', '5000.00', null, ''],
      ['190', '700000.00', 4, '0'],
    ]);
  });

  it('should read a utility deposit report: lockbox, card and ACH settlements, returned item', () => {
    const { file, errors, warnings, unknownTypeCodes } = parseBai2(DEPOSIT);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      { line: 11, message: 'type code 987 is not in BAI2 Appendix A (bank-specific): kept as debit' },
    ]);
    expect(unknownTypeCodes).toEqual(['987']);
    const t = file!.groups[0]!.accounts[0]!.transactions;
    expect(t.map(x => [x.typeCode, x.amount, x.direction, x.customerReference])).toEqual([
      ['115', '1038.37', 'CREDIT', 'LOCKBOX 20417'],
      ['166', '550.43', 'CREDIT', 'CARDSETTLE'],
      ['165', '1439.84', 'CREDIT', 'AUTOPAY0402'],
      ['195', '300.00', 'CREDIT', ''],
      ['555', '61.50', 'DEBIT', '3318'],
      ['475', '602.59', 'DEBIT', '1188'],
      ['987', '12.50', 'DEBIT', ''],
    ]);
    expect(t[0]!.text).toBe('WEST COUNTY WATER LOCKBOX, 5 ITEMS');
    expect(t[1]!.text).toBe('MERCHANT SETTLEMENT 04/02, BATCH 7713');
    expect(t[2]).toMatchObject({
      fundsType: { type: 'V', valueDate: '2026-04-03', valueTime: '0800' },
      text: 'WCWD AUTOPAY PPD ORIG CO NAME:CITY OF EXAMPLE, ORIG ID:1990012345',
    });
    expect(t[3]!.fundsType).toEqual({
      type: 'D',
      distributions: [
        { days: 0, amount: '100.00' },
        { days: 1, amount: '200.00' },
      ],
    });
  });
});

describe('parseBai2 on malformed files', () => {
  it.each([
    [
      'a wrong account total',
      (t: string) => editLine(t, 12, () => '49,6148404,10/'),
      ["12: 49 account control total 6148404 does not equal the sum of the account's amounts, 6148405"],
    ],
    [
      'a wrong account record count',
      (t: string) => editLine(t, 12, () => '49,6148405,9/'),
      ['12: 49 number of records (03 through 49) is 9, counted 10'],
    ],
    [
      'a wrong group total',
      (t: string) => editLine(t, 13, () => '98,6148406,1,12/'),
      ['13: 98 group control total 6148406 does not equal the total of its accounts, 6148405'],
    ],
    [
      'a wrong number of accounts',
      (t: string) => editLine(t, 13, () => '98,6148405,2,12/'),
      ['13: 98 number of accounts is 2, counted 1'],
    ],
    [
      'a wrong file record count',
      (t: string) => editLine(t, 14, () => '99,6148405,1,13/'),
      ['14: 99 number of records (01 through 99) is 13, counted 14'],
    ],
    [
      'a wrong file total',
      (t: string) => editLine(t, 14, () => '99,-6148405,1,14/'),
      ['14: 99 file control total -6148405 does not equal the total of its groups, 6148405'],
    ],
    [
      'a truncated file',
      (t: string) => dropLines(t, 13, 14),
      ['12: the file ends without its trailer record(s) 98, 99 (truncated file?)'],
    ],
    [
      'a decimal point in an amount',
      (t: string) => editLine(t, 9, l => l.replace('6150', '61.50')),
      ['9: amount "61.50" of type code 555 is not a whole number (BAI2 amounts have no decimal point)'],
    ],
    [
      'a negative detail amount',
      (t: string) => editLine(t, 10, l => l.replace('60259', '-60259')),
      ['10: amount -60259 of type code 475 is negative: only status (balance) amounts may be signed'],
    ],
    [
      'an unknown funds type',
      (t: string) => editLine(t, 9, l => l.replace(',0,RI0402', ',X,RI0402')),
      ['9: funds type "X" is not 0, 1, 2, S, V, D or Z'],
    ],
    [
      'a bad value date',
      (t: string) => editLine(t, 6, l => l.replace('260403', '260431')),
      ['6: funds type V: value date "260431" is not a date YYMMDD'],
    ],
    [
      'a bad as-of date',
      (t: string) => editLine(t, 2, l => l.replace('260402', '261302')),
      ['2: 02 as-of date "261302" is not a date YYMMDD'],
    ],
    [
      'a BAI version 3 header',
      (t: string) => editLine(t, 1, l => l.replace(',10,2/', ',10,3/')),
      ['1: 01 version number "3" is not 2 (only BAI2 is read)'],
    ],
    [
      'a 16 without its references',
      (t: string) => editLine(t, 10, () => '16,475,60259,0/'),
      [
        '10: 16 record ends before its customer reference field (defaulted fields must be marked with commas)',
      ],
    ],
    [
      'an unknown record code',
      (t: string) => editLine(t, 11, l => '17' + l.slice(2)),
      ['11: unknown record code 17'],
    ],
    [
      'a missing 49',
      (t: string) => dropLines(t, 12),
      [
        '12: account "000111122222" (line 3) has no 49 account trailer',
        '12: 98 number of records (02 through 98) is 12, counted 11',
        '13: 99 number of records (01 through 99) is 14, counted 13',
      ],
    ],
    [
      'garbage after a record',
      (t: string) => editLine(t, 2, l => l + ' PAGE 1'),
      ['2: unexpected text after the end of a record: "PAGE 1"'],
    ],
    [
      'a control character',
      (t: string) => editLine(t, 9, l => l.replace('RETURNED', 'RETURN\x0cED')),
      ['9: bad character at column 53: control character U+0C'],
    ],
  ])('should report %s with its line number', (_what, mutate, expected) => {
    const result = parseBai2(mutate(DEPOSIT));
    expect(result.ok).toBe(false);
    expect(errorLines(result)).toEqual(expected);
  });

  it('should refuse a file that does not start with 01', () => {
    expect(errorLines(parseBai2(dropLines(DEPOSIT, 1)))).toEqual([
      '1: the file must start with an 01 file header, found 02',
    ]);
  });
});
