import type express from 'express';
import { maskText, onlyReporting } from '../../auth/mask.middleware.js';
import { ownCustomerOnly } from '../../auth/ownership.js';
import { OFFICE, READERS_AND_CUSTOMERS } from '../../auth/roles.js';
import type { Context } from '../../context.js';
import { BadUserInput, NotFound } from '../../shared/graphql/errors.js';
import { withSession, type RouteMount } from '../../shared/http/routes.js';
import { startDownload, streaming, writeOut } from './http-out.js';
import { loadPrintRun, requirePosted, requireSampleable, withReadSnapshot } from './print-access.js';
import { printFileNames, printManifest, writeEbills, writePrintFile } from './print-file.js';
import { streamBillsPdf } from './pdf/bills-pdf.js';
import { loadUtilityIdentity } from './utility-identity.js';

const MAX_SAMPLE = 500;
const idParam = (req: express.Request) => String(req.params.id ?? '');
const pageOptions = async (ctx: Context) => ({ utility: await loadUtilityIdentity(ctx.app.pool), mask: onlyReporting(ctx) ? maskText : (s: string) => s });

async function postedRun(ctx: Context, req: express.Request) {
  const run = await loadPrintRun(ctx.app.pool, idParam(req));
  requirePosted(run);
  return run;
}

/** The vendor's print file: header, one record per bill, trailer (docs/bill-print-file.md). */
async function printCsv(ctx: Context, req: express.Request, res: express.Response): Promise<void> {
  const run = await postedRun(ctx, req);
  startDownload(res, 'text/csv; charset=utf-8', printFileNames(run).csv);
  await streaming(res, () => withReadSnapshot(ctx.app.pool, client => writePrintFile(client, run, chunk => writeOut(res, chunk))).then(() => void res.end()));
}

async function manifest(ctx: Context, req: express.Request, res: express.Response): Promise<void> {
  const run = await postedRun(ctx, req);
  const body = await withReadSnapshot(ctx.app.pool, client => printManifest(client, run, ctx.app.clock.now()));
  res.setHeader('Content-Disposition', `inline; filename="${printFileNames(run).manifest}"`);
  res.json(body);
}

async function ebillsCsv(ctx: Context, req: express.Request, res: express.Response): Promise<void> {
  const run = await postedRun(ctx, req);
  startDownload(res, 'text/csv; charset=utf-8', printFileNames(run).ebills);
  await streaming(res, () => withReadSnapshot(ctx.app.pool, client => writeEbills(client, run, chunk => writeOut(res, chunk))).then(() => void res.end()));
}

/** All the bills of a run as one PDF, or the first `sample` of them (the run console's sample bills, DRAFT before posting). */
async function runPdf(ctx: Context, req: express.Request, res: express.Response): Promise<void> {
  const run = await loadPrintRun(ctx.app.pool, idParam(req));
  requireSampleable(run);
  const sampleText = typeof req.query.sample === 'string' ? req.query.sample : undefined;
  const sample = sampleText === undefined ? undefined : Number(sampleText);
  if (sample !== undefined && !(Number.isInteger(sample) && sample >= 1 && sample <= MAX_SAMPLE)) throw BadUserInput.field('sample', `is a whole number from 1 to ${MAX_SAMPLE}`);
  const { pdf } = printFileNames(run);
  const options = await pageOptions(ctx);
  if (sample) startDownload(res, 'application/pdf', pdf.replace(/\.pdf$/, `-sample-${sample}.pdf`), 'inline');
  else startDownload(res, 'application/pdf', pdf);
  await streaming(res, () => withReadSnapshot(ctx.app.pool, client =>
    streamBillsPdf(client, { runId: run.id, limit: sample }, res, { ...options, title: `Bills of run ${run.number}` })).then(() => undefined));
}

/**
 * One bill (account 360, reprints, the portal). A customer sees only its own posted bills; any
 * other bill is "not found", so the answer never tells whether a bill id exists.
 */
async function billPdf(ctx: Context, req: express.Request, res: express.Response): Promise<void> {
  const id = idParam(req);
  const rows = /^\d{1,18}$/.test(id) ? (await ctx.app.pool.query(`select a.customer_id::text customer, br.status in ('POSTED','EXPORTED') posted
    from bill b join account a on a.id = b.account_id join bill_run br on br.id = b.run_id where b.id = $1`, [id])).rows : [];
  const only = ownCustomerOnly(ctx);
  if (!rows[0] || (only && (rows[0].customer !== only || !rows[0].posted))) throw new NotFound('Bill', id);
  const options = await pageOptions(ctx);
  startDownload(res, 'application/pdf', `bill-${id}.pdf`, 'inline');
  await streaming(res, () => withReadSnapshot(ctx.app.pool, client =>
    streamBillsPdf(client, { billId: id }, res, { ...options, title: `Bill ${id}` })).then(() => undefined));
}

/** Print and mail files of a run (office roles) and single bills (readers, and customers for their own). */
export const printRoutes: RouteMount = (http, _services, contextFor) => {
  http.get('/bill-runs/:id/print.csv', withSession(contextFor, OFFICE, printCsv));
  http.get('/bill-runs/:id/manifest.json', withSession(contextFor, OFFICE, manifest));
  http.get('/bill-runs/:id/ebills.csv', withSession(contextFor, OFFICE, ebillsCsv));
  http.get('/bill-runs/:id/bills.pdf', withSession(contextFor, OFFICE, runPdf));
  http.get('/bills/:id/bill.pdf', withSession(contextFor, READERS_AND_CUSTOMERS, billPdf));
};
