import type express from 'express';

/** The client hung up: stop reading bills. */
export class ClientGone extends Error {
  constructor() {
    super('client closed the download');
  }
}

/** Headers of a file download; `inline` for a PDF the browser should show (sample bills, one bill). */
export function startDownload(res: express.Response, contentType: string, fileName: string, disposition: 'attachment' | 'inline' = 'attachment'): void {
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Disposition', `${disposition}; filename="${fileName}"`);
  res.setHeader('Cache-Control', 'no-store');
}

export const fileSafe = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '-');

/** Waits until the response has room again (or fails when the client is gone): flat memory. */
export async function drained(res: express.Response): Promise<void> {
  if (res.destroyed || res.writableEnded) throw new ClientGone();
  if (!res.writableNeedDrain) return;
  await new Promise<void>((resolve, reject) => {
    const done = () => { res.off('drain', done); res.off('close', gone); resolve(); };
    const gone = () => { res.off('drain', done); res.off('close', gone); reject(new ClientGone()); };
    res.on('drain', done);
    res.on('close', gone);
  });
}

export async function writeOut(res: express.Response, chunk: string): Promise<void> {
  if (res.destroyed) throw new ClientGone();
  res.write(chunk, 'utf8');
  await drained(res);
}

/**
 * Runs a streaming download: a failure once bytes are out cuts the connection, so the client sees
 * a broken transfer rather than a short file that looks complete (the CSV trailer says the same).
 */
export async function streaming(res: express.Response, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (res.headersSent) res.destroy();
    if (error instanceof ClientGone) return;
    throw error;
  }
}
