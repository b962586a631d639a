import { describe, expect, it } from 'vitest';
import { dec, moneyText, ZERO } from '../../../server/src/shared/money/index.js';
import {
  balance,
  defaultGlAccountMap,
  glLines,
  type LedgerEntry,
} from '../../../server/src/ledger/core/index.js';
import {
  ACH_RETURN_CODES,
  achReturnCode,
  returnedPaymentEntries,
  shouldRemoveFromDraft,
  type ReturnReason,
} from '../../../server/src/payments/core/index.js';

const charges: LedgerEntry = {
  id: 'c1',
  accountId: 'A-1001',
  kind: 'CHARGE',
  amount: dec('79.65'),
  postedOn: '2026-03-31',
  dueOn: '2026-04-20',
  service: 'WATER',
  reversesId: null,
  source: 'BILL',
};
const draft: LedgerEntry = {
  id: 'p1',
  accountId: 'A-1001',
  kind: 'PAYMENT',
  amount: dec('-79.65'),
  postedOn: '2026-04-20',
  dueOn: null,
  service: null,
  reversesId: null,
  method: 'ACH',
  source: 'PAYMENT',
};
const fee = { returnedPaymentFee: dec('30.00') };
const ids = { reversal: 'r1', fee: 'f1' };

describe('returnedPaymentEntries', () => {
  it.each<[string, ReturnReason, LedgerEntry['method'], string[], boolean, boolean]>([
    ['R01 insufficient funds', { kind: 'ACH', code: 'R01' }, 'ACH', ['79.65', '30.00'], false, true],
    ['R02 account closed', { kind: 'ACH', code: 'r02' }, 'ACH', ['79.65', '30.00'], true, false],
    ['R07 authorization revoked', { kind: 'ACH', code: 'R07' }, 'ACH', ['79.65'], true, false],
    ['R06 returned at the ODFI request', { kind: 'ACH', code: 'R06' }, 'ACH', ['79.65'], false, false],
    ['a bounced check', { kind: 'NSF' }, 'CHECK', ['79.65', '30.00'], false, false],
    ['a check on a closed account', { kind: 'CLOSED_ACCOUNT' }, 'CHECK', ['79.65', '30.00'], false, false],
    [
      'an ACH payment from a closed account',
      { kind: 'CLOSED_ACCOUNT' },
      'ACH',
      ['79.65', '30.00'],
      true,
      false,
    ],
  ])('should reverse %s and charge the fee when due', (_label, reason, method, amounts, stop, represent) => {
    const payment = { ...draft, method };
    const result = returnedPaymentEntries({ payment, returnedOn: '2026-04-24', reason, ids }, fee);
    expect(result.entries.map(e => moneyText(e.amount))).toEqual(amounts);
    expect(result.entries[0]).toMatchObject({
      kind: 'REVERSAL',
      reversesId: 'p1',
      originalKind: 'PAYMENT',
      source: 'RETURNED_PAYMENT',
      postedOn: '2026-04-24',
    });
    if (amounts.length === 2) {
      expect(result.entries[1]).toMatchObject({
        kind: 'PENALTY',
        source: 'RETURNED_PAYMENT_FEE',
        dueOn: '2026-04-24',
      });
    }
    expect([result.stopAutopay, result.mayRepresent]).toEqual([stop, represent]);
    const before = balance([charges, payment]);
    const after = balance([charges, payment, ...result.entries]);
    expect(after.eq(before.minus(payment.amount).plus(result.fee))).toBe(true);
    const lines = glLines(result.entries, defaultGlAccountMap);
    expect(
      lines.reduce((s, l) => s.plus(l.debit), ZERO).eq(lines.reduce((s, l) => s.plus(l.credit), ZERO)),
    ).toBe(true);
  });

  it('should post the return to AR and cash, and the fee to fee revenue', () => {
    const result = returnedPaymentEntries(
      { payment: draft, returnedOn: '2026-04-24', reason: { kind: 'ACH', code: 'R01' }, ids },
      fee,
    );
    expect(
      glLines(result.entries, defaultGlAccountMap).map(
        l => `${l.glAccount} ${moneyText(l.debit)}/${moneyText(l.credit)}`,
      ),
    ).toEqual(['110-1200 79.65/0.00', '101-1000 0.00/79.65', '110-1200 30.00/0.00', '610-4600 0.00/30.00']);
    expect(result.description).toBe('R01 Insufficient funds');
  });

  it('should charge no fee when none is configured', () => {
    const result = returnedPaymentEntries(
      { payment: draft, returnedOn: '2026-04-24', reason: { kind: 'NSF' }, ids },
      { returnedPaymentFee: null },
    );
    expect(result.entries).toHaveLength(1);
    expect(moneyText(result.fee)).toBe('0.00');
  });

  it('should refuse to return something that is not a payment', () => {
    expect(() =>
      returnedPaymentEntries(
        { payment: charges, returnedOn: '2026-04-24', reason: { kind: 'NSF' }, ids },
        fee,
      ),
    ).toThrow();
  });
});

describe('ACH return codes', () => {
  it('should know R01–R29 and the listed groups, not the unlisted codes', () => {
    for (let n = 1; n <= 29; n++) expect(ACH_RETURN_CODES.has(`R${String(n).padStart(2, '0')}`)).toBe(true);
    for (const code of ['R30', 'R35', 'R37', 'R47', 'R53', 'R61', 'R77', 'R85'])
      expect(ACH_RETURN_CODES.has(code)).toBe(true);
    for (const code of ['R36', 'R48', 'R54', 'R60', 'R63', 'R78', 'R86'])
      expect(ACH_RETURN_CODES.has(code)).toBe(false);
    expect(ACH_RETURN_CODES.size).toBe(29 + 6 + 3 + 8 + 4 + 2 + 11 + 6);
  });

  it('should stop autopay exactly for closed, invalid, unauthorized, deceased and frozen accounts', () => {
    const stops = [...ACH_RETURN_CODES.values()].filter(c => c.stopAutopay).map(c => c.code);
    expect(stops).toEqual(['R02', 'R03', 'R04', 'R07', 'R10', 'R14', 'R15', 'R16', 'R20', 'R29']);
    expect([...ACH_RETURN_CODES.values()].filter(c => c.mayRepresent).map(c => c.code)).toEqual([
      'R01',
      'R09',
    ]);
  });

  it('should treat an unknown code as a plain return for review', () => {
    expect(achReturnCode(' r99 ')).toEqual({
      code: 'R99',
      reason: 'Unknown return code',
      stopAutopay: false,
      mayRepresent: false,
      chargeFee: false,
    });
  });
});

describe('shouldRemoveFromDraft', () => {
  it.each([
    [['2025-05-10', '2026-04-02'], true],
    [['2025-04-15', '2026-04-02'], false],
    [['2025-04-16', '2026-04-15'], true],
    [['2026-04-02'], false],
    [['2026-04-02', '2026-04-16'], false],
    [[], false],
  ])('should decide for returns on %j as of 2026-04-15: %s', (dates, expected) => {
    expect(shouldRemoveFromDraft(dates, '2026-04-15')).toBe(expected);
  });
});
