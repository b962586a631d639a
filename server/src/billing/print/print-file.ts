import { createHash } from 'node:crypto';
import type pg from 'pg';
import { streamBillDocuments } from './bill-document.query.js';
import { csvRecord } from './core/csv.js';
import { LAYOUT_VERSION, printHeader, printRecord, trailerRecord } from './core/print-layout.js';
import { PrintTally, type PrintTotals } from './core/print-totals.js';
import { fileSafe } from './http-out.js';
import type { PrintRun } from './print-access.js';

const BATCH = 2_000;

export const printFileNames = (run: PrintRun) => {
  const tag = fileSafe(run.number);
  return { csv: `bill-print-${tag}.csv`, pdf: `bills-${tag}.pdf`, ebills: `ebills-${tag}.csv`, manifest: `bill-print-${tag}.manifest.json` };
};

/**
 * Writes the print file (header, one record per bill in bill order, trailer) to `write`, a batch
 * of records at a time. The CSV download and the manifest's SHA-256 both come from here, so the
 * hash is of the very bytes the vendor receives.
 */
export async function writePrintFile(client: pg.ClientBase, run: PrintRun, write: (chunk: string) => Promise<void>): Promise<PrintTotals> {
  await write(printHeader());
  const tally = new PrintTally();
  let sequence = 0;
  await streamBillDocuments(client, { runId: run.id }, { batchSize: BATCH, explain: false }, async docs => {
    let chunk = '';
    for (const doc of docs) {
      tally.add(doc);
      chunk += printRecord(doc, ++sequence);
    }
    await write(chunk);
  });
  const totals = tally.totals();
  await write(trailerRecord(run.number, totals));
  return totals;
}

/** The manifest the vendor reconciles the files against (counts, totals, hash of the CSV). */
export async function printManifest(client: pg.ClientBase, run: PrintRun, generatedAt: Date) {
  const hash = createHash('sha256');
  let bytes = 0;
  const totals = await writePrintFile(client, run, async chunk => {
    const buffer = Buffer.from(chunk, 'utf8');
    hash.update(buffer);
    bytes += buffer.length;
  });
  return {
    layoutVersion: LAYOUT_VERSION,
    batchNumber: run.number,
    run: { id: run.id, number: run.number, status: run.status, billDate: run.billDate, dueDate: run.dueDate },
    files: printFileNames(run),
    billCount: totals.bills,
    paperCount: totals.paper,
    paperlessCount: totals.paperless,
    totalCurrentCharges: totals.currentCharges,
    totalAmountDue: totals.amountDue,
    csv: { sha256: hash.digest('hex'), bytes, records: totals.bills + 2 },
    generatedAt: generatedAt.toISOString(),
  };
}

export const EBILL_COLUMNS = ['account_number', 'customer_name', 'email', 'bill_number', 'amount_due', 'due_date'];

/** The paperless bills of a run for the e-bill service, in bill order. */
export async function writeEbills(client: pg.ClientBase, run: PrintRun, write: (chunk: string) => Promise<void>): Promise<number> {
  await write(csvRecord(EBILL_COLUMNS));
  return streamBillDocuments(client, { runId: run.id, paperlessOnly: true }, { batchSize: BATCH, explain: false }, docs =>
    write(docs.map(d => csvRecord([d.accountNumber, d.customerName, d.email ?? '', d.billNumber ?? '', d.amountDue, d.dueDate])).join('')));
}
