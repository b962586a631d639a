import { describe, expect, it } from 'vitest';
import { dec, moneyText, ZERO } from '../../../server/src/shared/money/index.js';
import {
  assertBalanced,
  balance,
  defaultGlAccountMap,
  glJournal,
  glJournalCsv,
  glLines,
  reverse,
  springbrookJournal,
  springbrookSegments,
  transferEntries,
  type GlAccountMap,
  type GlJournalLine,
  type LedgerEntry,
} from '../../../server/src/ledger/core/index.js';
import { charge, entry, payment } from './entries.js';

const p1 = payment('p1', '50.00', '2026-03-05');
const [tOut, tIn] = transferEntries({
  fromAccountId: 'A-1001',
  toAccountId: 'A-3003',
  amount: dec('20.00'),
  postedOn: '2026-03-20',
  ids: { out: 't1', in: 't2' },
});
/** A March of postings on the default chart of accounts. */
const march: LedgerEntry[] = [
  charge('c5', '47.30', 'WATER', '2026-03-31', '2026-04-20'),
  charge('c6', '43.05', 'SEWER', '2026-03-31', '2026-04-20'),
  p1,
  entry({
    id: 'leak',
    kind: 'ADJUSTMENT',
    amount: '-12.40',
    postedOn: '2026-03-12',
    service: 'WATER',
    source: 'LEAK',
  }),
  entry({ id: 'dep', kind: 'DEPOSIT_APPLIED', amount: '-100.00', postedOn: '2026-03-15', source: 'DEPOSIT' }),
  entry({ id: 'ref', kind: 'REFUND', amount: '15.00', postedOn: '2026-03-15', source: 'FINAL_REFUND' }),
  payment('card', '25.00', '2026-03-16', 'CARD'),
  reverse(p1, { id: 'nsf', postedOn: '2026-03-18', source: 'RETURNED_PAYMENT' }),
  entry({
    id: 'fee',
    kind: 'PENALTY',
    amount: '30.00',
    postedOn: '2026-03-18',
    dueOn: '2026-03-18',
    source: 'RETURNED_PAYMENT_FEE',
  }),
  entry({ id: 'wo', kind: 'ADJUSTMENT', amount: '-8.00', postedOn: '2026-03-25', source: 'WRITE_OFF' }),
  entry({ id: 'dadj', kind: 'ADJUSTMENT', amount: '5.00', postedOn: '2026-03-26', service: 'SEWER' }),
  entry({
    id: 'pen',
    kind: 'PENALTY',
    amount: '7.97',
    postedOn: '2026-03-26',
    dueOn: '2026-03-20',
    source: 'LATE_FEE',
  }),
  tOut,
  tIn,
];

const sums = (lines: readonly GlJournalLine[]) => ({
  debit: lines.reduce((s, l) => s.plus(l.debit), ZERO),
  credit: lines.reduce((s, l) => s.plus(l.credit), ZERO),
});

describe('glLines', () => {
  it.each([
    ['c5', '110-1200', '610-4100'],
    ['c6', '110-1200', '620-4100'],
    ['p1', '101-1000', '110-1200'],
    ['leak', '610-4100', '110-1200'],
    ['dep', '210-2300', '110-1200'],
    ['ref', '110-1200', '101-1000'],
    ['card', '101-1050', '110-1200'],
    ['nsf', '110-1200', '101-1000'],
    ['fee', '110-1200', '610-4600'],
    ['wo', '110-1290', '110-1200'],
    ['dadj', '110-1200', '620-4100'],
    ['pen', '110-1200', '610-4500'],
    ['t1', '110-1200', '110-1200'],
  ])('should post %s as Dr %s / Cr %s with equal sides', (id, debit, credit) => {
    const e = march.find(x => x.id === id)!;
    const lines = glLines([e], defaultGlAccountMap);
    expect(lines.map(l => [l.glAccount, moneyText(l.debit), moneyText(l.credit)])).toEqual([
      [debit, moneyText(e.amount.abs()), '0.00'],
      [credit, '0.00', moneyText(e.amount.abs())],
    ]);
  });

  it('should post nothing for a zero entry', () => {
    expect(
      glLines(
        [entry({ id: 'z', kind: 'CHARGE', amount: '0.00', postedOn: '2026-03-01' })],
        defaultGlAccountMap,
      ),
    ).toEqual([]);
  });

  it('should take a reversal\u2019s original kind from the reversed entry when it is not stored', () => {
    const c = march[0]!;
    const r1 = entry({
      id: 'r1',
      kind: 'REVERSAL',
      amount: '-47.30',
      postedOn: '2026-03-31',
      reversesId: 'c5',
      service: 'WATER',
    });
    const r2 = entry({
      id: 'r2',
      kind: 'REVERSAL',
      amount: '47.30',
      postedOn: '2026-03-31',
      reversesId: 'r1',
      service: 'WATER',
    });
    const lines = glLines([c, r1, r2], defaultGlAccountMap);
    expect(
      lines.map(l => `${l.entryId} ${l.glAccount} ${moneyText(l.debit)}/${moneyText(l.credit)}`),
    ).toEqual([
      'c5 110-1200 47.30/0.00',
      'c5 610-4100 0.00/47.30',
      'r1 610-4100 47.30/0.00',
      'r1 110-1200 0.00/47.30',
      'r2 110-1200 47.30/0.00',
      'r2 610-4100 0.00/47.30',
    ]);
  });

  it('should fall back to the REVERSAL pair when the original kind is unknown', () => {
    const orphan = entry({
      id: 'r',
      kind: 'REVERSAL',
      amount: '10.00',
      postedOn: '2026-03-01',
      reversesId: 'gone',
    });
    expect(glLines([orphan], defaultGlAccountMap).map(l => l.glAccount)).toEqual(['110-1200', '101-1000']);
  });
});

describe('glJournal', () => {
  it('should sum March per GL account, sorted, with debits equal to credits', () => {
    const journal = glJournal(march, defaultGlAccountMap);
    expect(journal.map(l => [l.glAccount, moneyText(l.debit), moneyText(l.credit)])).toEqual([
      ['101-1000', '50.00', '65.00'],
      ['101-1050', '25.00', '0.00'],
      ['110-1200', '238.32', '235.40'],
      ['110-1290', '8.00', '0.00'],
      ['210-2300', '100.00', '0.00'],
      ['610-4100', '12.40', '47.30'],
      ['610-4500', '0.00', '7.97'],
      ['610-4600', '0.00', '30.00'],
      ['620-4100', '0.00', '48.05'],
    ]);
    const { debit, credit } = sums(journal);
    expect(moneyText(debit)).toBe('433.72');
    expect(debit.eq(credit)).toBe(true);
    const ar = journal.find(l => l.glAccount === '110-1200')!;
    expect(ar.debit.minus(ar.credit).eq(balance(march))).toBe(true);
  });

  it('should use a configured map, by service and method, and stay balanced', () => {
    const map: GlAccountMap = {
      ...defaultGlAccountMap,
      CHARGE: { default: { debit: '1-AR', credit: '4-OTHER' } },
      PAYMENT: {
        default: { debit: '1-BANK', credit: '1-AR' },
        byMethod: { CHECK: { debit: '1-LOCKBOX', credit: '1-AR' } },
      },
      bySource: {},
    };
    const journal = glJournal(march, map);
    expect(journal.find(l => l.glAccount === '4-OTHER')!.credit.toString()).toBe('90.35');
    expect(journal.find(l => l.glAccount === '1-LOCKBOX')).toBeDefined();
    const { debit, credit } = sums(journal);
    expect(debit.eq(credit)).toBe(true);
  });

  it('should refuse to pass an unbalanced journal', () => {
    expect(() => assertBalanced([{ glAccount: '1', debit: dec('1.00'), credit: dec('0.99') }])).toThrow(
      /unbalanced/,
    );
  });
});

describe('GL writers', () => {
  const journal = glJournal(march, defaultGlAccountMap);

  it('should write the neutral CSV with a header and a balancing total row', () => {
    const csv = glJournalCsv(journal, { from: '2026-03-01', to: '2026-03-31' });
    const rows = csv.trimEnd().split('\r\n');
    expect(rows[0]).toBe('journal_date,gl_account,debit,credit,description');
    expect(rows[1]).toBe('2026-03-31,101-1000,50.00,65.00,Utility billing 2026-03-01 to 2026-03-31');
    expect(rows).toHaveLength(journal.length + 2);
    expect(rows.at(-1)).toBe(
      '2026-03-31,TOTAL,433.72,433.72,"Utility billing 2026-03-01 to 2026-03-31, control total"',
    );
    expect(() => glJournalCsv(journal, { from: '2026-04-01', to: '2026-03-31' })).toThrow();
  });

  it('should split GL accounts into Springbrook\u2019s seven sections, blanks not zero-filled', () => {
    expect(springbrookSegments('610-0-0-1043')).toEqual(['610', '0', '0', '1043', '', '', '']);
    expect(springbrookSegments('110-1200')).toEqual(['110', '1200', '', '', '', '', '']);
    expect(() => springbrookSegments('1-2-3-4-5-6-7-8')).toThrow(/seven/);
    expect(() => springbrookSegments('110--1200')).toThrow();
  });

  it('should write the Springbrook layout: seven sections, debit, credit, description, control total', () => {
    const lines: GlJournalLine[] = [
      { glAccount: '610-0-0-1043', debit: ZERO, credit: dec('47.30') },
      { glAccount: '110-1200', debit: dec('47.30'), credit: ZERO },
    ];
    const file = springbrookJournal(lines, { journalDate: '2026-03-31' });
    expect(file.split('\r\n')).toEqual([
      '610,0,0,1043,,,,0.00,47.30,UB JOURNAL 2026-03-31',
      '110,1200,,,,,,47.30,0.00,UB JOURNAL 2026-03-31',
      ',,,,,,,47.30,47.30,CONTROL TOTAL',
      '',
    ]);
    expect(file.split('\r\n')[0]!.startsWith('610,0,0,1043,,,,')).toBe(true);
    expect(springbrookJournal(journal, { journalDate: '2026-03-31' }).split('\r\n')).toHaveLength(
      journal.length + 2,
    );
  });
});
