import type pg from 'pg';
import { MAX_ERRORS, type LineError } from '../parsers/line-errors.js';
import { FILL_KEYS, FILL_MATCH, FILL_SPANS, FILL_WHEN, MATCH_ERRORS, MATCH_SUMMARY, MATCH_TABLES } from './classify-sql.js';
import { idLiteral, pipeRows } from './pipe.js';
import * as sql from './record-sql.js';
import { UNMATCHED } from './record-sql.js';

export interface ApplyOptions {
  readonly importId: string;
  readonly source: 'AMI' | 'HANDHELD';
  readonly userId: string | null;
  readonly timeZone: string;
  /** Today in the utility's time zone: reads after it are refused. */
  readonly today: string;
  /** The format has no time of read (Neptune): reads are taken at midday UTC of the read date. */
  readonly dateOnly: boolean;
  readonly engineeringUnits: boolean;
  /** Called after each step with its name (the import logs how long each took). */
  readonly mark?: (step: string) => void;
}

export interface Applied {
  readonly imported: number;
  readonly duplicates: number;
  readonly orphans: number;
  readonly conflicts: number;
  readonly alerts: number;
}

export type ApplyOutcome = { readonly ok: true; readonly applied: Applied } | { readonly ok: false; readonly errors: LineError[] };

/** Connections of an import: `scratch` stages and matches in temp tables; `writer` is the one transaction that writes. */
export interface ImportConnections {
  readonly scratch: pg.ClientBase;
  readonly writer: pg.ClientBase;
}

async function pipe(c: ImportConnections, rows: string, table: string, columns: readonly string[]): Promise<number> {
  const outcome = await pipeRows(c.scratch, rows, c.writer, table, columns);
  if ('error' in outcome) throw outcome.error;
  return outcome.rows;
}

/**
 * Matches, checks and records the staged reads, set-based. Returns the line errors instead when
 * the file cannot be taken whole (the caller rolls the writer back: nothing was written).
 */
export async function applyStagedReads(c: ImportConnections, o: ApplyOptions): Promise<ApplyOutcome> {
  const mark = o.mark ?? (() => undefined);
  const [imp, user] = [idLiteral(o.importId), idLiteral(o.userId)];
  await c.scratch.query(MATCH_TABLES);
  await c.scratch.query(FILL_WHEN, [o.timeZone, o.dateOnly]);
  await c.scratch.query(FILL_KEYS, [o.engineeringUnits]);
  await c.scratch.query(FILL_SPANS);
  await c.scratch.query(FILL_MATCH, [o.today]);
  await c.scratch.query('analyze read_match');
  mark('match');
  const counts = new Map<string | null, number>((await c.scratch.query(MATCH_SUMMARY)).rows.map(r => [r.problem, r.n]));
  if ((counts.get('UNIT') ?? 0) + (counts.get('RANGE') ?? 0) + (counts.get('FUTURE') ?? 0) > 0)
    return { ok: false, errors: (await c.scratch.query(MATCH_ERRORS, [MAX_ERRORS])).rows.map(matchError) };
  const offered = counts.get(null) ?? 0;
  const unmatched = UNMATCHED.reduce((n, reason) => n + (counts.get(reason) ?? 0), 0);
  const orphans = unmatched ? await pipe(c, sql.orphanRows(imp), 'read_orphan', sql.ORPHAN_COLUMNS) : 0;
  mark('orphans');
  // An unmatched read already waiting in the queue (or twice in this file) counts as a duplicate,
  // so that reads = imported + duplicates + orphans always holds.
  let duplicates = unmatched - orphans;
  let conflicts = 0;
  let imported = offered && (await insertClean(c, sql.readRows(imp, o.source, user))) ? offered : 0;
  mark('insert');
  if (offered && !imported) {
    await c.scratch.query(sql.FIND_REPEATS);
    const summary = (await c.scratch.query(sql.REPEAT_SUMMARY)).rows[0];
    if (summary.inconsistent > 0) return { ok: false, errors: (await c.scratch.query(sql.INCONSISTENT_REPEATS, [MAX_ERRORS])).rows.flatMap(inconsistent) };
    duplicates += summary.duplicates;
    conflicts = summary.conflicts ? await pipe(c, sql.conflictRows(imp), 'read_orphan', sql.ORPHAN_COLUMNS) : 0;
    duplicates += (summary.conflicts ?? 0) - conflicts; // already queued by another file
    imported = await pipe(c, sql.newReadRows(imp, o.source, user), 'meter_read', sql.READ_COLUMNS);
    mark('repeats');
  }
  const alerts = imported ? await insertAlerts(c, o.importId) : 0;
  mark('alerts');
  return { ok: true, applied: { imported, duplicates, orphans: orphans + conflicts, conflicts, alerts } };
}

/**
 * The fast path: every offered read piped into meter_read at once. False when the unique index
 * refuses one (the file repeats a read, or one is already on record): the savepoint undoes it.
 */
async function insertClean(c: ImportConnections, rows: string): Promise<boolean> {
  await c.writer.query('savepoint read_insert');
  const outcome = await pipeRows(c.scratch, rows, c.writer, 'meter_read', sql.READ_COLUMNS);
  if (!('error' in outcome)) {
    await c.writer.query('release savepoint read_insert');
    return true;
  }
  if (outcome.error.code !== '23505' || outcome.error.constraint !== 'meter_read_valid_key') throw outcome.error;
  await c.writer.query('rollback to savepoint read_insert');
  return false;
}

async function insertAlerts(c: ImportConnections, importId: string): Promise<number> {
  await c.writer.query(sql.FLAGGED_TABLE);
  await pipe(c, sql.FLAGGED_ROWS, 'read_flagged', ['meter_id', 'read_at', 'read_on', 'premise_id', 'flags']);
  await c.writer.query('analyze read_flagged'); // a few rows: probe meter_read by its unique index, not scan it
  return (await c.writer.query(sql.INSERT_ALERTS, [importId])).rows[0].n;
}

function matchError(r: Record<string, string | number>): LineError {
  const meter = `meter ${r.meter}`;
  if (r.problem === 'FUTURE') return { line: Number(r.line), message: `read_time: ${r.read_on} is in the future` };
  if (r.problem === 'UNIT') return { line: Number(r.line), message: `unit: ${r.unit} is not a unit of ${meter}'s ${r.register_unit} register` };
  const max = '9'.repeat(Number(r.dials));
  return { line: Number(r.line), message: `reading: ${r.reading} ${r.unit} is register value ${r.value}, which does not fit on ${meter}'s ${r.dials}-dial register (at most ${max})` };
}

function inconsistent(r: { lines: number[]; meter: string; read_at: Date }): LineError[] {
  const message = `meter ${r.meter} has different readings at ${r.read_at.toISOString()} on lines ${r.lines.join(', ')}`;
  return r.lines.map(line => ({ line, message }));
}
