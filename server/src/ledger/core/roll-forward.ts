import { type Dec, ZERO } from '../../shared/money/index.js';
import type { CalendarDate } from '../../shared/dates/index.js';
import { balance, balancesByAccount } from './balance.js';
import type { EntryKind, LedgerEntry } from './types.js';

/**
 * Month-end AR roll-forward. Every movement is the signed sum of its entries (payments and credit
 * adjustments are negative), so openingAr + charges + payments + adjustments + penalties +
 * depositsApplied + refunds + transfers + reversals = closingAr.
 */
export interface RollForward {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly openingAr: Dec;
  readonly charges: Dec;
  readonly payments: Dec;
  readonly adjustments: Dec;
  readonly penalties: Dec;
  readonly other: {
    readonly depositsApplied: Dec;
    readonly refunds: Dec;
    readonly transfers: Dec;
    readonly reversals: Dec;
  };
  readonly closingAr: Dec;
  /** Accounts with a non-zero balance at `to`. */
  readonly accountsWithBalance: number;
}

export interface RollForwardInput {
  /** Every entry posted before `from` (any account). */
  readonly openingEntries: readonly LedgerEntry[];
  /** Every entry posted from `from` through `to`, inclusive. */
  readonly periodEntries: readonly LedgerEntry[];
}

const MOVEMENT: Record<EntryKind, keyof typeof EMPTY> = {
  CHARGE: 'charges',
  PAYMENT: 'payments',
  ADJUSTMENT: 'adjustments',
  PENALTY: 'penalties',
  DEPOSIT_APPLIED: 'depositsApplied',
  REFUND: 'refunds',
  TRANSFER: 'transfers',
  REVERSAL: 'reversals',
};
const EMPTY = {
  charges: ZERO,
  payments: ZERO,
  adjustments: ZERO,
  penalties: ZERO,
  depositsApplied: ZERO,
  refunds: ZERO,
  transfers: ZERO,
  reversals: ZERO,
};

/**
 * The month-end roll-forward (billing-rules.md: "opening AR + charges − payments ± adjustments +
 * penalties = closing AR, and it ties to the sum of balances"), with deposits applied, refunds,
 * transfers and reversals broken out so nothing hides in a plug. Exact sums; no rounding.
 * Closing AR is the sum of every account's balance at `to` (opening + period entries); the function
 * checks it equals opening + movements and throws if not (it cannot, unless entries are misdated:
 * entries outside their range are rejected).
 */
export function rollForward(input: RollForwardInput, from: CalendarDate, to: CalendarDate): RollForward {
  if (from > to) throw new RangeError(`roll-forward ends before it starts: ${from}..${to}`);
  const misdated =
    input.openingEntries.find(e => e.postedOn >= from) ??
    input.periodEntries.find(e => e.postedOn < from || e.postedOn > to);
  if (misdated) throw new RangeError(`entry ${misdated.id} posted ${misdated.postedOn} is outside its range`);
  const moves = { ...EMPTY };
  for (const entry of input.periodEntries) {
    const key = MOVEMENT[entry.kind];
    moves[key] = moves[key].plus(entry.amount);
  }
  const openingAr = balance(input.openingEntries);
  const movement = Object.values(moves).reduce((s, m) => s.plus(m), ZERO);
  const balances = [...balancesByAccount([...input.openingEntries, ...input.periodEntries]).values()];
  const closingAr = balances.reduce((s, b) => s.plus(b), ZERO);
  if (!openingAr.plus(movement).eq(closingAr)) throw new Error('roll-forward does not tie');
  const { depositsApplied, refunds, transfers, reversals, ...main } = moves;
  return {
    from,
    to,
    openingAr,
    ...main,
    other: { depositsApplied, refunds, transfers, reversals },
    closingAr,
    accountsWithBalance: balances.filter(b => !b.isZero()).length,
  };
}
