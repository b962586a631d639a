import type express from 'express';
import { maskText, onlyReporting } from '../auth/mask.middleware.js';
import type { Context } from '../context.js';
import { csvRecord } from '../ledger/core/csv.js';
import { glJournalCsv, springbrookJournal } from '../ledger/core/index.js';
import { REPORT_READERS } from '../ledger/money-roles.js';
import { BadUserInput } from '../shared/graphql/errors.js';
import { withSession, type RouteMount } from '../shared/http/routes.js';
import { dec, moneyText } from '../shared/money/index.js';
import { agingByAccount } from './aging-report.service.js';
import { cashReceipts } from './cash-receipts.service.js';
import { glJournalFor } from './gl-journal.service.js';
import { checkAsOf, checkRange } from './report-args.js';
import { rollForwardFor } from './roll-forward.service.js';
import { withSnapshot } from './snapshot.js';

const text = (req: express.Request, name: string) => (typeof req.query[name] === 'string' ? (req.query[name] as string) : '');

function startCsv(res: express.Response, fileName: string): void {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
}

/** GL export file: the neutral CSV or Springbrook's seven-segment layout (file-formats.md §5). */
async function glJournalFile(ctx: Context, req: express.Request, res: express.Response): Promise<void> {
  const [from, to, layout] = [text(req, 'from'), text(req, 'to'), text(req, 'layout') || 'neutral'];
  checkRange(from, to);
  if (layout !== 'neutral' && layout !== 'springbrook') throw BadUserInput.field('layout', 'is neutral or springbrook');
  const lines = await withSnapshot(ctx.app.pool, client => glJournalFor(client, from, to));
  startCsv(res, `gl-journal-${from}-${to}${layout === 'springbrook' ? '-springbrook' : ''}.csv`);
  res.send(layout === 'springbrook' ? springbrookJournal(lines, { journalDate: to }) : glJournalCsv(lines, { from, to }));
}

/** AR aging, one row per account with a balance, streamed chunk by chunk; names masked for REPORTING. */
async function agingFile(ctx: Context, req: express.Request, res: express.Response): Promise<void> {
  const asOf = text(req, 'asOf') || ctx.app.clock.today();
  checkAsOf(asOf);
  const mask = onlyReporting(ctx);
  startCsv(res, `ar-aging-${asOf}.csv`);
  res.write(csvRecord(['as_of', 'account_number', 'customer', 'current', 'days_1_30', 'days_31_60', 'days_61_90', 'days_91_plus', 'credit', 'balance']));
  await withSnapshot(ctx.app.pool, async client => {
    for await (const chunk of agingByAccount(client, asOf)) {
      const lines = chunk.filter(a => !a.buckets.total.isZero() || !a.buckets.credit.isZero()).map(a => {
        const b = a.buckets;
        return csvRecord([asOf, a.number, mask ? maskText(a.customerName) : a.customerName, ...[b.current, b.days1to30, b.days31to60, b.days61to90, b.days91plus, b.credit, b.total].map(moneyText)]);
      });
      if (lines.length) res.write(lines.join(''));
    }
  });
  res.end();
}

async function rollForwardFile(ctx: Context, req: express.Request, res: express.Response): Promise<void> {
  const [from, to] = [text(req, 'from'), text(req, 'to')];
  checkRange(from, to);
  const r = await withSnapshot(ctx.app.pool, client => rollForwardFor(client, from, to));
  const rows: [string, string][] = [
    ['Opening AR', moneyText(r.openingAr)], ['Charges', moneyText(r.charges)], ['Payments', moneyText(r.payments)], ['Adjustments', moneyText(r.adjustments)],
    ['Penalties', moneyText(r.penalties)], ['Deposits applied', moneyText(r.other.depositsApplied)], ['Refunds', moneyText(r.other.refunds)],
    ['Transfers', moneyText(r.other.transfers)], ['Reversals', moneyText(r.other.reversals)], ['Closing AR', moneyText(r.closingAr)], ['Sum of account balances', moneyText(dec(r.sumOfBalances))],
  ];
  startCsv(res, `ar-roll-forward-${from}-${to}.csv`);
  res.send(csvRecord(['from', 'to', 'line', 'amount']) + rows.map(([line, amount]) => csvRecord([from, to, line, amount])).join(''));
}

async function cashReceiptsFile(ctx: Context, req: express.Request, res: express.Response): Promise<void> {
  const [from, to] = [text(req, 'from'), text(req, 'to')];
  checkRange(from, to);
  const report = await cashReceipts(ctx.app.pool, from, to);
  startCsv(res, `cash-receipts-${from}-${to}.csv`);
  res.send(csvRecord(['received_on', 'method', 'batch_id', 'batch_kind', 'batch_name', 'count', 'total'])
    + report.lines.map(l => csvRecord([l.receivedOn, l.method, l.batchId ?? '', l.batchKind, l.batchName, String(l.count), l.total])).join('')
    + csvRecord(['', 'TOTAL', '', '', '', String(report.lines.reduce((n, l) => n + l.count, 0)), report.total]));
}

/** CSV downloads of the receivables reports, with the GraphQL session and roles (REPORT_READERS). */
export const reportRoutes: RouteMount = (http, _services, contextFor) => {
  http.get('/reports/gl-journal.csv', withSession(contextFor, REPORT_READERS, glJournalFile));
  http.get('/reports/aging.csv', withSession(contextFor, REPORT_READERS, agingFile));
  http.get('/reports/roll-forward.csv', withSession(contextFor, REPORT_READERS, rollForwardFile));
  http.get('/reports/cash-receipts.csv', withSession(contextFor, REPORT_READERS, cashReceiptsFile));
};
