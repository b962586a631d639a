import { createHash } from 'node:crypto';
import pg from 'pg';
import type { AppServices, SessionUser } from '../context.js';
import { auditWithClient } from '../audit/audit.service.js';
import { withTransaction } from '../shared/db/transaction.js';
import { BadFile, BadUserInput, Conflict } from '../shared/graphql/errors.js';
import { ImportFormat } from '../shared/graphql/file-import.js';
import { applyStagedReads, type Applied } from './import/apply-import.js';
import { stageFile } from './import/parse-file.js';
import { insertNoReadAlerts } from './import/no-read-alerts.js';
import { queueEditListRefresh, runsTouchedByImport } from './import/refresh-edit-lists.js';
import type { ReadImportResult } from './read-import.types.js';

export const READ_FORMATS: readonly ImportFormat[] = [ImportFormat.AMI_CSV, ImportFormat.BEACON_CSV, ImportFormat.NEPTUNE_ROUTE];

/** A read file as it arrives: whole (GraphQL `content`) or streamed (HTTP upload), with its SHA-256 when known up front. */
export interface ReadFile {
  readonly format: ImportFormat;
  readonly fileName: string;
  readonly chunks: AsyncIterable<string>;
  /** Known before reading (a whole text), or computed while the chunks are read. */
  readonly sha256: string | (() => string);
}

/** Imports lock one key: one import at a time, so de-duplication against meter_read and the SHA check are race-free. */
const IMPORT_LOCK = 4_250_001;

class AlreadyImported extends Error {
  constructor(readonly row: ImportRow) {
    super('already imported');
  }
}

interface ImportRow { id: string; file_name: string; format: ImportFormat; reads: number }

/**
 * importMeterReads (api-contract.md "File imports"; docs/read-imports.md): one transaction; a file
 * with any line error writes nothing; the same file twice writes nothing and reports all its reads
 * as duplicates. Edit lists of open runs are rebuilt after the commit.
 */
export async function importMeterReads(app: AppServices, file: ReadFile, user: SessionUser): Promise<ReadImportResult> {
  if (!READ_FORMATS.includes(file.format)) throw BadUserInput.field('format', `${file.format} is not a meter-read format (${READ_FORMATS.join(', ')})`);
  if (!file.fileName.trim()) throw BadUserInput.field('fileName', 'is required');
  if (typeof file.sha256 === 'string') {
    const known = await findBySha(app.pool, file.sha256);
    if (known) return alreadyImported(known);
  }
  try {
    const { id, staged, applied, runs } = await withTransaction(app.pool, client => importInTransaction(app, client, file, user), 1);
    const editListsRefreshed = runs.length ? await queueEditListRefresh(app, runs, user) : [];
    return {
      importId: id, fileName: file.fileName, format: file.format, reads: staged.reads,
      imported: applied.imported, duplicates: applied.duplicates, orphans: applied.orphans, conflicts: applied.conflicts,
      alerts: applied.alerts, noReads: staged.noReads.length, alreadyImported: false, editListsRefreshed,
    };
  } catch (error) {
    if (error instanceof AlreadyImported) return alreadyImported(error.row);
    if ((error as { constraint?: string }).constraint === 'meter_read_valid_key') throw new Conflict('a read of this file was recorded by someone else meanwhile: import the file again');
    throw error;
  }
}

/** Milliseconds of each step of an import, for the log line (where the time of a large file goes). */
function stopwatch() {
  const ms: Record<string, number> = {};
  let last = performance.now();
  return { ms, mark: (step: string) => { const now = performance.now(); ms[step] = Math.round(now - last); last = now; } };
}

async function importInTransaction(app: AppServices, writer: pg.PoolClient, file: ReadFile, user: SessionUser) {
  const watch = stopwatch();
  await writer.query('select pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
  watch.mark('lock');
  // The same file may have been committed by another import while this one waited for the lock.
  const committed = typeof file.sha256 === 'string' ? await findBySha(writer, file.sha256) : null;
  if (committed) throw new AlreadyImported(committed);
  const placeholder = typeof file.sha256 === 'string' ? file.sha256 : `pending:${process.pid}:${Date.now()}`;
  const { id } = (await writer.query(`insert into read_import (file_name, sha256, format, reads, imported, duplicates, orphans, conflicts, alerts, no_reads, imported_by)
    values ($1, $2, $3, 0, 0, 0, 0, 0, 0, 0, $4) returning id::text`, [file.fileName.trim(), placeholder, file.format, user.id])).rows[0];
  // The scratch connection is not pooled: an import waiting for the lock must never starve the one holding it.
  const scratch = new pg.Client(app.pool.options);
  await scratch.connect();
  try {
    // A fresh session, so temp buffers can still be sized: the staged file and its match stay in
    // this backend's memory instead of going to temp files page by page (8 MB by default).
    await scratch.query(`set temp_buffers = '1536MB'`);
    await scratch.query('begin');
    // The match and the sort of a large file stay in memory instead of spilling to temp files
    // (one import at a time: the advisory lock bounds this to one backend).
    await scratch.query(`set local work_mem = '1GB'`);
    const today = app.clock.today();
    const staged = await stageFile(scratch, file.format, file.chunks, today);
    watch.mark('parse+stage');
    if (staged.errors.length) throw new BadFile(file.fileName, staged.errors);
    const sha = typeof file.sha256 === 'string' ? file.sha256 : file.sha256();
    const earlier = await findBySha(writer, sha, id);
    if (earlier) throw new AlreadyImported(earlier);
    const handheld = file.format === ImportFormat.NEPTUNE_ROUTE;
    const outcome = await applyStagedReads({ scratch, writer }, {
      importId: id, source: handheld ? 'HANDHELD' : 'AMI', userId: user.id, timeZone: app.config.timeZone, today,
      dateOnly: handheld, engineeringUnits: !handheld, mark: watch.mark,
    });
    if (!outcome.ok) throw new BadFile(file.fileName, outcome.errors);
    const noReadAlerts = await insertNoReadAlerts(writer, id, staged.noReads);
    const applied = { ...outcome.applied, alerts: outcome.applied.alerts + noReadAlerts };
    const runs = await runsTouchedByImport(scratch);
    await writer.query(`update read_import set sha256 = $2, reads = $3, imported = $4, duplicates = $5, orphans = $6, conflicts = $7, alerts = $8, no_reads = $9 where id = $1`,
      [id, sha, staged.reads, applied.imported, applied.duplicates, applied.orphans, applied.conflicts, applied.alerts, staged.noReads.length]);
    await auditWithClient(writer, { entity: 'read_import', entityId: id, action: 'IMPORTED', after: { fileName: file.fileName, format: file.format, sha256: sha, reads: staged.reads, ...counts(applied) } });
    watch.mark('finish');
    app.logger.info({ importId: id, fileName: file.fileName, reads: staged.reads, ...counts(applied), ms: watch.ms }, 'meter reads imported');
    return { id, staged, applied, runs };
  } finally {
    await scratch.end().catch(() => undefined);
  }
}

const counts = (a: Applied) => ({ imported: a.imported, duplicates: a.duplicates, orphans: a.orphans, conflicts: a.conflicts, alerts: a.alerts });

async function findBySha(db: pg.Pool | pg.ClientBase, sha: string, exceptId = '0'): Promise<ImportRow | null> {
  const rows = (await db.query(`select id::text, file_name, format, reads from read_import where sha256 = $1 and id <> $2`, [sha, exceptId])).rows;
  return rows[0] ?? null;
}

function alreadyImported(row: ImportRow): ReadImportResult {
  return {
    importId: row.id, fileName: row.file_name, format: row.format, reads: row.reads, imported: 0, duplicates: row.reads,
    orphans: 0, conflicts: 0, alerts: 0, noReads: 0, alreadyImported: true, editListsRefreshed: [],
  };
}

/** The text of a GraphQL `content` as chunks the streaming parser takes (1 MiB each). */
export function wholeText(format: ImportFormat, fileName: string, content: string): ReadFile {
  async function* chunks() {
    for (let at = 0; at < content.length; ) {
      let end = Math.min(content.length, at + (1 << 20));
      const code = content.charCodeAt(end - 1);
      if (end < content.length && code >= 0xd800 && code <= 0xdbff) end -= 1; // never split a surrogate pair
      yield content.slice(at, end);
      at = end;
    }
  }
  return { format, fileName, chunks: chunks(), sha256: createHash('sha256').update(content, 'utf8').digest('hex') };
}
