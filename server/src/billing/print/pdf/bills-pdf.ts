import { finished } from 'node:stream/promises';
import type express from 'express';
import PDFDocument from 'pdfkit';
import type pg from 'pg';
import { streamBillDocuments, type BillSelection } from '../bill-document.query.js';
import { drained } from '../http-out.js';
import { drawBillPage, type PageOptions } from './bill-page.js';
import { releaseWrittenPages } from './page-memory.js';
import { put } from './pdf-style.js';

/** Bills read and drawn per round trip: small, so the pages in flight stay a few hundred KB. */
const BATCH = 100;
const PENDING_BYTES = 1 << 20;

/** Waits until both the socket and pdfkit's own output buffer have room (a slow client must not let pages pile up). */
async function flowed(doc: PDFKit.PDFDocument, res: express.Response): Promise<void> {
  await drained(res);
  while (doc.readableLength > PENDING_BYTES) {
    await new Promise(resolve => setImmediate(resolve));
    await drained(res);
  }
}

/**
 * Streams a PDF of the selected bills to the response, one page per bill. pdfkit writes a page
 * out when the next one starts; after each batch we wait for the socket to drain, and the COPY
 * waits for us, so memory stays flat whatever the run size. Returns the number of bills.
 */
export async function streamBillsPdf(client: pg.ClientBase, selection: BillSelection, res: express.Response, opts: PageOptions & { title: string }): Promise<number> {
  const doc = new PDFDocument({ autoFirstPage: false, size: 'LETTER', margin: 0, compress: true, info: { Title: opts.title, Author: opts.utility.name, Creator: 'utility billing' } });
  doc.pipe(res);
  let count = 0;
  let released = 0;
  try {
    await streamBillDocuments(client, selection, { batchSize: BATCH, explain: true }, async bills => {
      for (const bill of bills) drawBillPage(doc, bill, opts);
      count += bills.length;
      released = releaseWrittenPages(doc, released);
      await flowed(doc, res);
    });
  } catch (error) {
    doc.unpipe(res);
    throw error;
  }
  if (count === 0) {
    // A PDF needs a page: an empty run says so rather than sending a file viewers reject.
    doc.addPage({ size: 'LETTER', margin: 0 });
    put(doc, 'This bill run has no bills.', 72, 72, { size: 14, width: 400 });
  }
  doc.end();
  await finished(res);
  return count;
}
