import type { EntryKind, LedgerEntry, PaymentMethod, ServiceType } from './types.js';

/** A debit and a credit GL account number, e.g. { debit: '110-1200', credit: '610-4100' }. */
export interface GlPair {
  readonly debit: string;
  readonly credit: string;
}

/** A pair with optional overrides by service (revenue kinds). */
export interface GlByService {
  readonly default: GlPair;
  readonly byService?: Partial<Record<ServiceType, GlPair>>;
}

/**
 * Which GL accounts each ledger entry kind posts to (billing-rules.md: "Each entry kind maps to
 * debit and credit GL accounts (configurable, by service for revenue)"). Configuration, not code.
 *
 * Every pair is written the way an accountant reads it: the posting of the kind's NORMAL direction
 * (NORMAL_SIGN below), e.g. PAYMENT { debit: cash, credit: AR }, CHARGE { debit: AR, credit: water
 * revenue }. An entry against its kind's normal direction (a debit adjustment, a negative charge)
 * posts the same pair with sides swapped. `bySource` overrides the kind for special sources
 * (WRITE_OFF, CARD_FEE, RETURNED_PAYMENT_FEE…), read with the entry kind's normal direction.
 * A REVERSAL posts its `originalKind`'s pair (mirrored by its sign); `REVERSAL` is the fallback when
 * the original kind is unknown.
 */
export interface GlAccountMap {
  readonly CHARGE: GlByService;
  readonly PENALTY: GlByService;
  readonly ADJUSTMENT: GlByService;
  readonly PAYMENT: { readonly default: GlPair; readonly byMethod?: Partial<Record<PaymentMethod, GlPair>> };
  readonly DEPOSIT_APPLIED: GlPair;
  readonly REFUND: GlPair;
  readonly TRANSFER: GlPair;
  readonly REVERSAL: GlPair;
  readonly bySource?: Readonly<Record<string, GlPair>>;
}

/** +1 when the kind normally increases what the customer owes, −1 when it normally reduces it. */
export const NORMAL_SIGN: Readonly<Record<EntryKind, 1 | -1>> = {
  CHARGE: 1,
  PENALTY: 1,
  REFUND: 1,
  TRANSFER: 1,
  REVERSAL: 1,
  PAYMENT: -1,
  ADJUSTMENT: -1,
  DEPOSIT_APPLIED: -1,
};

const AR = '110-1200';
const CASH = '101-1000';

/**
 * A typical fund-accounting chart (file-formats.md §5.4): AR 110-1200, cash 101-1000, card clearing
 * 101-1050, water 610-4100, sewer 620-4100, penalties 610-4500, returned-payment fees 610-4600,
 * customer deposits 210-2300, unapplied-cash suspense 210-2500 (a suspense payment later
 * applied to its account: source SUSPENSE), allowance for doubtful accounts 110-1290, card fee expense 101-6200
 * (a card convenience fee charged to the customer recovers it).
 */
export const defaultGlAccountMap: GlAccountMap = {
  CHARGE: {
    default: { debit: AR, credit: '690-4100' },
    byService: {
      WATER: { debit: AR, credit: '610-4100' },
      SEWER: { debit: AR, credit: '620-4100' },
      IRRIGATION: { debit: AR, credit: '610-4150' },
      SOLID_WASTE: { debit: AR, credit: '630-4100' },
      STORMWATER: { debit: AR, credit: '640-4100' },
    },
  },
  PENALTY: {
    default: { debit: AR, credit: '610-4500' },
    byService: { SEWER: { debit: AR, credit: '620-4500' } },
  },
  ADJUSTMENT: {
    default: { debit: '690-4100', credit: AR },
    byService: {
      WATER: { debit: '610-4100', credit: AR },
      SEWER: { debit: '620-4100', credit: AR },
      IRRIGATION: { debit: '610-4150', credit: AR },
      SOLID_WASTE: { debit: '630-4100', credit: AR },
      STORMWATER: { debit: '640-4100', credit: AR },
    },
  },
  PAYMENT: { default: { debit: CASH, credit: AR }, byMethod: { CARD: { debit: '101-1050', credit: AR } } },
  DEPOSIT_APPLIED: { debit: '210-2300', credit: AR },
  REFUND: { debit: AR, credit: CASH },
  TRANSFER: { debit: AR, credit: AR },
  REVERSAL: { debit: AR, credit: CASH },
  bySource: {
    WRITE_OFF: { debit: '110-1290', credit: AR },
    CARD_FEE: { debit: AR, credit: '101-6200' },
    RETURNED_PAYMENT_FEE: { debit: AR, credit: '610-4600' },
    SUSPENSE: { debit: '210-2500', credit: AR },
  },
};

/**
 * The pair and the normal direction that post one entry: source override, else by service (or
 * method), else the kind's default. A REVERSAL uses its original kind.
 */
export function glPairFor(entry: LedgerEntry, map: GlAccountMap): { pair: GlPair; normalSign: 1 | -1 } {
  const kind = entry.kind === 'REVERSAL' && entry.originalKind ? entry.originalKind : entry.kind;
  const normalSign = NORMAL_SIGN[kind];
  const bySource = entry.source === undefined ? undefined : map.bySource?.[entry.source];
  if (bySource) return { pair: bySource, normalSign };
  return { pair: pairOfKind(kind, entry, map), normalSign };
}

function pairOfKind(kind: EntryKind, entry: LedgerEntry, map: GlAccountMap): GlPair {
  switch (kind) {
    case 'CHARGE':
    case 'PENALTY':
    case 'ADJUSTMENT': {
      const config = map[kind];
      return (entry.service && config.byService?.[entry.service]) || config.default;
    }
    case 'PAYMENT':
      return (entry.method && map.PAYMENT.byMethod?.[entry.method]) || map.PAYMENT.default;
    default:
      return map[kind];
  }
}
