import { once } from 'node:events';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

export type PipeOutcome = { readonly rows: number } | { readonly error: Error & { code?: string; constraint?: string } };

/**
 * Streams the rows of a query on one connection into a table on another: COPY (…) TO STDOUT piped
 * into COPY … FROM STDIN, bytes untouched (Node parses nothing). The import matches on a scratch
 * connection and writes on its transaction's connection, so the reads go into meter_read at COPY
 * speed while two backends work at once. When the target refuses a row (a unique violation), the
 * rest of the source is read and dropped so that the source connection stays usable.
 */
export async function pipeRows(source: pg.ClientBase, sql: string, target: pg.ClientBase, table: string, columns: readonly string[]): Promise<PipeOutcome> {
  const out = source.query(copyTo(`copy (${sql}) to stdout`));
  const into = target.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`));
  let failed: Error | null = null;
  const finished = new Promise<void>((resolve, reject) => {
    into.on('finish', resolve);
    into.on('error', reject);
  }).catch(error => {
    failed ??= error as Error;
  });
  for await (const chunk of out) {
    if (failed) continue;
    if (!into.write(chunk)) await Promise.race([once(into, 'drain'), finished]);
  }
  if (!failed) into.end();
  await finished;
  return failed ? { error: failed } : { rows: into.rowCount };
}

/** A literal for COPY (…) TO queries, which take no parameters: ids are digits, or null. */
export const idLiteral = (id: string | null) => (id !== null && /^\d{1,18}$/.test(id) ? id : 'null');
