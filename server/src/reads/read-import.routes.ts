import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type express from 'express';
import { FIELD_WORK } from '../auth/roles.js';
import type { Context } from '../context.js';
import { BadUserInput } from '../shared/graphql/errors.js';
import { ImportFormat } from '../shared/graphql/file-import.js';
import { withSession, type RouteMount } from '../shared/http/routes.js';
import { importMeterReads, type ReadFile } from './read-import.service.js';

/**
 * The request body as text chunks, hashed as it is read: the SHA-256 is that of the file's bytes
 * (after gzip, when the client sent Content-Encoding: gzip), the same as for GraphQL `content`.
 */
export function streamedFile(format: ImportFormat, fileName: string, body: Readable): ReadFile {
  const hash = createHash('sha256');
  let digest: string | null = null;
  // An error before the import starts reading (a bad gzip header) must not crash the process, and
  // must not pass for the end of the file either: it is kept and thrown after the loop.
  let failed: unknown = null;
  body.on('error', error => (failed ??= error));
  async function* chunks(): AsyncGenerator<string> {
    const decoder = new TextDecoder('utf-8');
    try {
      for await (const buffer of body) {
        hash.update(buffer as Buffer);
        yield decoder.decode(buffer as Buffer, { stream: true });
      }
      if (failed) throw failed;
    } catch (error) {
      if (String((error as { code?: string }).code).startsWith('Z_')) throw BadUserInput.field('content', 'is not a valid gzip stream');
      throw error;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  }
  return { format, fileName, chunks: chunks(), sha256: () => (digest ??= hash.digest('hex')) };
}

/**
 * POST /imports/meter-reads?format=AMI_CSV&fileName=reads.csv with the file as the body: the same
 * import as importMeterReads for files too large for a GraphQL string; answers the same
 * ReadImportResult as JSON, and the same error codes (400 with `extensions.lines`).
 */
async function uploadReads(ctx: Context, req: express.Request, res: express.Response): Promise<void> {
  const format = String(req.query.format ?? '');
  const fileName = String(req.query.fileName ?? '').trim();
  if (!(Object.values(ImportFormat) as string[]).includes(format)) throw BadUserInput.field('format', `unknown import format ${format || '(none)'}`);
  if (!fileName) throw BadUserInput.field('fileName', 'is required');
  const gzip = /gzip/i.test(req.headers['content-encoding'] ?? '');
  const body: Readable = gzip ? req.pipe(createGunzip()) : req;
  const result = await importMeterReads(ctx.app, streamedFile(format as ImportFormat, fileName, body), ctx.user!);
  res.json(result);
}

export const readImportRoutes: RouteMount = (http, _services, contextFor) => {
  http.post('/imports/meter-reads', withSession(contextFor, FIELD_WORK, uploadReads));
};
