import { describe, expect, it } from 'vitest';
import {
  containsCardNumber,
  parseCardSettlementCsv,
} from '../../../server/src/payments/parsers/card-settlement-csv.js';
import { editLine, errorLines, fixture } from './helpers.js';

const SETTLEMENT = fixture('payments/card-settlement.csv');

describe('parseCardSettlementCsv', () => {
  const result = parseCardSettlementCsv(SETTLEMENT);

  it('should read sales, a refund and a chargeback with fees and nets', () => {
    expect(result.errors).toEqual([]);
    expect(
      result.records.map(r => [
        r.line,
        r.kind,
        r.accountNumber,
        r.amount,
        r.fee,
        r.net,
        r.cardLast4,
        r.naturalKey,
      ]),
    ).toEqual([
      [2, 'PAYMENT', '100412-01', '84.12', '1.96', '82.16', '4242', 'CARD:ch_3PqK81Lk2mX0a1'],
      [3, 'PAYMENT', '100418-02', '61.50', '1.43', '60.07', '0005', 'CARD:ch_3PqK81Lk2mX0a2'],
      [4, 'PAYMENT', '100501-00', '612.40', '14.20', '598.20', '1881', 'CARD:4000012345678901'],
      [5, 'REFUND', '100377-01', '25.00', '0.00', '25.00', '4242', 'CARD:re_3PqK81Lk2mX0b7'],
      [6, 'CHARGEBACK', '100290-04', '150.00', '15.00', '165.00', '9876', 'CARD:dp_3PqK81Lk2mX0c3'],
    ]);
    expect(result.records[2]).toMatchObject({
      method: 'CARD',
      receivedOn: '2026-04-02',
      reference: '4000012345678901',
      payerName: 'RIVERSIDE DENTAL GROUP, LLC',
    });
  });

  it('should total the batch: gross, fees and the net the bank deposits', () => {
    expect(result.controlCount).toBe(5);
    expect(result.controlTotal).toBe('933.02');
    expect(result.feeTotal).toBe('32.59');
    expect(result.netDepositTotal).toBe('550.43');
    expect(result.batchDate).toBe('2026-04-02');
  });
});

describe('parseCardSettlementCsv on malformed files', () => {
  it.each([
    [
      'gross − fee ≠ net',
      2,
      (l: string) => l.replace('82.16', '82.61'),
      ['2: gross_amount 84.12 − fee 1.96 = 82.16, not net_amount 82.61'],
    ],
    [
      'a negative sale',
      3,
      (l: string) => l.replace('61.50,1.43,60.07', '-61.50,1.43,-62.93'),
      ['3: gross_amount "-61.50" is negative', '3: net_amount "-62.93" is negative'],
    ],
    [
      'a negative fee',
      3,
      (l: string) => l.replace('1.43,60.07', '-1.43,62.93'),
      ['3: fee "-1.43" is negative'],
    ],
    [
      'an unknown type',
      5,
      (l: string) => l.replace('REFUND', 'VOID'),
      ['5: type "VOID" is not SALE, REFUND or CHARGEBACK'],
    ],
    [
      'a bad date',
      6,
      (l: string) => l.replace('2026-04-02', '2026-04-31'),
      ['6: settlement_date "2026-04-31" is not a date YYYY-MM-DD'],
    ],
    [
      'a five-digit last4',
      2,
      (l: string) => l.replace(',4242,', ',42424,'),
      ['2: card_last4 "42424" is not 4 digits'],
    ],
    [
      'a duplicate transaction id',
      3,
      (l: string) => l.replace('ch_3PqK81Lk2mX0a2', 'ch_3PqK81Lk2mX0a1'),
      ['3: transaction_id "ch_3PqK81Lk2mX0a1" already appears on line 2'],
    ],
    [
      'three decimals',
      4,
      (l: string) => l.replace('612.40', '612.405'),
      ['4: gross_amount "612.405" is not an amount of money'],
    ],
  ])('should report %s on line %i', (_what, line, change, expected) => {
    const r = parseCardSettlementCsv(editLine(SETTLEMENT, line, change));
    expect(r.ok).toBe(false);
    expect(errorLines(r)).toEqual(expected);
  });

  it.each([
    ['a full card number in card_last4', 2, (l: string) => l.replace(',4242,', ',4242424242424242,'), 8],
    [
      'a spaced card number in the name',
      3,
      (l: string) => l.replace('THANH NGUYEN', 'THANH 5555 5555 5555 4444'),
      9,
    ],
    [
      'a dashed card number in the account',
      5,
      (l: string) => l.replace('100377-01', '4111-1111-1111-1111'),
      3,
    ],
    [
      'a Luhn-valid card number as transaction id',
      2,
      (l: string) => l.replace('ch_3PqK81Lk2mX0a1', '4111111111111111'),
      2,
    ],
  ])('should refuse %s and never echo it', (_what, line, change, column) => {
    const r = parseCardSettlementCsv(editLine(SETTLEMENT, line, change));
    expect(errorLines(r)).toEqual([
      `${line}: column ${column} holds what looks like a full card number: card numbers are never stored (send card_last4 only)`,
    ]);
    expect(r.records.some(x => x.line === line)).toBe(false);
    expect(JSON.stringify(r)).not.toMatch(
      /4242424242424242|5555 5555 5555 4444|4111-1111-1111-1111|4111111111111111/,
    );
  });

  it('should refuse a file without the required columns', () => {
    expect(errorLines(parseCardSettlementCsv('settlement_date,transaction_id,gross_amount\n'))).toEqual([
      '1: header row is missing column(s): account_number, fee, net_amount, type, card_last4',
    ]);
  });

  it.each([
    ['4242424242424242', false, true],
    ['4000012345678901', true, false],
    ['4000012345678901', false, true],
    ['123456789012', false, false],
    ['ch_3PqK81Lk2mX0a1', false, false],
    ['2026-04-02 12:00', false, false],
  ])('containsCardNumber(%s, luhnOnly=%s) should be %s', (text, luhnOnly, expected) => {
    expect(containsCardNumber(text, luhnOnly)).toBe(expected);
  });
});
