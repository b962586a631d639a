import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { agingView } from '../ledger/aging.types.js';
import { REPORT_READERS } from '../ledger/money-roles.js';
import { Connection, type ConnectionShape } from '../shared/graphql/connection.js';
import { BadUserInput } from '../shared/graphql/errors.js';
import { DateScalar } from '../shared/graphql/scalars.js';
import { MAX_PAGE_SIZE } from '../shared/orm/paginate.js';
import { dec, moneyText } from '../shared/money/index.js';
import { agingPage, agingTotals } from './aging-report.service.js';
import { cashReceipts } from './cash-receipts.service.js';
import { glJournalFor } from './gl-journal.service.js';
import { checkAsOf, checkRange } from './report-args.js';
import { AgingReport, AgingRow, CashReceiptsReport, GlJournalLine, RollForwardReport } from './reports.types.js';
import { rollForwardFor } from './roll-forward.service.js';
import { withSnapshot } from './snapshot.js';

export const AgingRowConnection = Connection(AgingRow);
const cursorOf = (number: string) => Buffer.from(number).toString('base64url');

@Resolver(() => AgingReport)
export class ReportsResolver {
  @Authorized(...REPORT_READERS)
  @Query(() => AgingReport, { description: 'AR aging as of a date: bucket totals and per-account rows.' })
  async agingReport(@Arg('asOf', () => DateScalar) asOf: string, @Ctx() ctx: Context): Promise<AgingReport> {
    checkAsOf(asOf);
    const { buckets, accountsWithBalance } = await withSnapshot(ctx.app.pool, client => agingTotals(client, asOf));
    return { ...agingView(buckets, asOf), accountsWithBalance };
  }

  @FieldResolver(() => AgingRowConnection, { description: 'Accounts with a balance or a credit, by account number.' })
  async rows(@Root() report: AgingReport, @Arg('first', () => Int, { nullable: true }) first: number | null, @Arg('after', () => String, { nullable: true }) after: string | null, @Ctx() ctx: Context): Promise<ConnectionShape<AgingRow>> {
    const size = first ?? 50;
    if (size < 0 || size > MAX_PAGE_SIZE) throw BadUserInput.field('first', `must be between 0 and ${MAX_PAGE_SIZE}`);
    const afterNumber = after ? Buffer.from(after, 'base64url').toString('utf8') : '';
    const page = await withSnapshot(ctx.app.pool, client => agingPage(client, report.asOf, size, afterNumber));
    const nodes = page.rows.map(r => ({ ...agingView(r.buckets, report.asOf), accountId: r.accountId, accountNumber: r.number }));
    const cursors = page.rows.map(r => cursorOf(r.number));
    return {
      nodes,
      edges: nodes.map((node, i) => ({ node, cursor: cursors[i]! })),
      pageInfo: { hasNextPage: page.more, hasPreviousPage: Boolean(after), startCursor: cursors[0] ?? null, endCursor: cursors[cursors.length - 1] ?? null },
      totalCount: Promise.resolve(report.accountsWithBalance),
    };
  }

  @Authorized(...REPORT_READERS)
  @Query(() => [GlJournalLine], { description: 'GL journal of a date range: debits and credits per GL account; debits equal credits.' })
  async glJournal(@Arg('from', () => DateScalar) from: string, @Arg('to', () => DateScalar) to: string, @Ctx() ctx: Context): Promise<GlJournalLine[]> {
    checkRange(from, to);
    const lines = await withSnapshot(ctx.app.pool, client => glJournalFor(client, from, to));
    return lines.map(l => ({ glAccount: l.glAccount, debit: moneyText(l.debit), credit: moneyText(l.credit) }));
  }

  @Authorized(...REPORT_READERS)
  @Query(() => RollForwardReport, { description: 'Month-end AR roll-forward over a date range.' })
  async rollForward(@Arg('from', () => DateScalar) from: string, @Arg('to', () => DateScalar) to: string, @Ctx() ctx: Context): Promise<RollForwardReport> {
    checkRange(from, to);
    const r = await withSnapshot(ctx.app.pool, client => rollForwardFor(client, from, to));
    const m = moneyText;
    return {
      from, to, openingAr: m(r.openingAr), charges: m(r.charges), payments: m(r.payments), adjustments: m(r.adjustments), penalties: m(r.penalties),
      depositsApplied: m(r.other.depositsApplied), refunds: m(r.other.refunds), transfers: m(r.other.transfers), reversals: m(r.other.reversals),
      closingAr: m(r.closingAr), sumOfBalances: m(dec(r.sumOfBalances)), ties: r.closingAr.eq(r.sumOfBalances), accountsWithBalance: r.accountsWithBalance,
    };
  }

  @Authorized(...REPORT_READERS)
  @Query(() => CashReceiptsReport, { description: 'Daily cash receipts by method and batch.' })
  async cashReceipts(@Arg('from', () => DateScalar) from: string, @Arg('to', () => DateScalar) to: string, @Ctx() ctx: Context): Promise<CashReceiptsReport> {
    checkRange(from, to);
    return { from, to, ...(await cashReceipts(ctx.app.pool, from, to)) } as CashReceiptsReport;
  }
}
