import { glJournal, type GlJournalLine, type LedgerEntry } from '../ledger/core/index.js';
import type { EntryKind, PaymentMethod, ServiceType } from '../ledger/core/types.js';
import { loadGlAccountMap } from '../ledger/gl-account.service.js';
import { rows, type Db } from '../ledger/sql.js';
import { dec } from '../shared/money/index.js';

/**
 * Ledger entries of the range summed by what selects their GL pair (kind, service, method, source,
 * original kind) and by sign (debits and credits stay gross): a month of a million entries becomes
 * a few dozen rows before the pure core maps them.
 */
const LEDGER_SUMS = `select kind::text, service::text, method, source, original_kind::text as "originalKind", sum(amount)::text as amount
  from ledger_entry where posted_on between $1 and $2 group by kind, service, method, source, original_kind, (amount < 0)`;

/**
 * Money that moves in the GL without touching AR, from the tables that hold it (each row below is a
 * balanced pair in the GL map, posted as a PAYMENT-direction pseudo entry):
 * card processor fees (expense / card clearing); payments received into suspense (cash / unapplied
 * cash); deposits collected (cash / customer deposits) and refunded (customer deposits / cash).
 */
const GL_ONLY_SUMS = `
  select 'CARD_PROCESSOR_FEE' as source, sum(fee)::text as amount from (
    select fee from payment where fee > 0 and received_on between $1 and $2
    union all select fee from refund where fee > 0 and refunded_on between $1 and $2) f having sum(fee) > 0
  union all
  select case when method = 'CARD' then 'SUSPENSE_RECEIPT_CARD' else 'SUSPENSE_RECEIPT' end, sum(amount)::text
    from payment where via_suspense and received_on between $1 and $2 group by 1
  union all
  select 'DEPOSIT_COLLECTED', sum(amount)::text from deposit where received_on between $1 and $2 having count(*) > 0
  union all
  select 'DEPOSIT_REFUNDED', sum(amount)::text from deposit where status = 'REFUNDED' and refunded_on between $1 and $2 having count(*) > 0`;

type Sum = { kind: EntryKind; service: ServiceType | null; method: string | null; source: string; originalKind: EntryKind | null; amount: string };

/**
 * The GL journal of a date range (billing-rules.md: "The GL export for a date range sums entries per
 * GL account; debits equal credits, always"): sums from SQL, mapped by ledger/core glJournal with
 * the configured GL account map, which asserts the balance.
 */
export async function glJournalFor(db: Db, from: string, to: string): Promise<GlJournalLine[]> {
  const map = await loadGlAccountMap(db);
  const ledger = await rows<Sum>(db, LEDGER_SUMS, [from, to]);
  const glOnly = await rows<{ source: string; amount: string }>(db, GL_ONLY_SUMS, [from, to]);
  const pseudo = (s: Sum, i: number): LedgerEntry => ({
    id: `sum-${i}`, accountId: 'GL', kind: s.kind, amount: dec(s.amount), postedOn: to, dueOn: null, service: s.service, reversesId: null, source: s.source,
    ...(s.originalKind ? { originalKind: s.originalKind } : {}),
    ...(s.method ? { method: s.method as PaymentMethod } : {}),
  });
  const entries = [
    ...ledger.map(pseudo),
    ...glOnly.map((g, i) => pseudo({ kind: 'PAYMENT', service: null, method: null, source: g.source, originalKind: null, amount: dec(g.amount).negated().toFixed(2) }, ledger.length + i)),
  ];
  return glJournal(entries, map);
}
