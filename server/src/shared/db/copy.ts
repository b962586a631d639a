import { StringDecoder } from 'node:string_decoder';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

/** JSON already in text form (e.g. read back from a jsonb column): written as is, not stringified again. */
export class JsonText {
  constructor(readonly text: string) {}
}

/** A value as COPY text format wants it: \N for null, backslash escapes for tab, newline, CR. */
export function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'object' && !(value instanceof JsonText) && !(value instanceof Date)) {
    // JSON.stringify writes no raw tab, newline or CR (they are escaped inside strings): only backslashes need doubling.
    const json = JSON.stringify(value);
    return json.indexOf('\\') < 0 ? json : json.replaceAll('\\', '\\\\');
  }
  const text = typeof value === 'string' ? value : value instanceof JsonText ? value.text : value instanceof Date ? value.toISOString() : String(value);
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, c => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : text;
}

/** A row as one line of COPY text format, newline included. */
export function copyLine(row: readonly unknown[]): string {
  let line = '';
  for (let i = 0; i < row.length; i++) line += (i ? '\t' : '') + copyText(row[i]);
  return line + '\n';
}

/** An open COPY … FROM STDIN to write rows into as they are produced (bounded memory). */
export class CopyWriter {
  private readonly stream;
  private readonly done: Promise<void>;
  private chunk = '';
  count = 0;

  constructor(client: pg.ClientBase, table: string, columns: readonly string[]) {
    this.stream = client.query(copyFrom(`copy ${table} (${columns.map(c => `"${c}"`).join(', ')}) from stdin`));
    this.done = new Promise<void>((resolve, reject) => {
      this.stream.on('finish', () => resolve());
      this.stream.on('error', reject);
    });
    this.done.catch(() => undefined);
  }

  /** Queues a row; returns a promise only when the buffer had to be flushed (await it then). */
  write(row: readonly unknown[]): Promise<void> | undefined {
    this.chunk += copyLine(row);
    this.count++;
    return this.chunk.length > 262_144 ? this.flush() : undefined;
  }

  private flush(): Promise<void> {
    const text = this.chunk;
    this.chunk = '';
    return this.stream.write(text) ? Promise.resolve() : new Promise<void>(resolve => this.stream.once('drain', () => resolve()));
  }

  async end(): Promise<number> {
    if (this.chunk) await this.flush();
    this.stream.end();
    await this.done;
    return this.count;
  }

  /**
   * Abandons the COPY when the rows cannot be finished (an error while producing them): sends
   * CopyFail, so the statement fails and the connection can roll back. A COPY left open would
   * hold the transaction forever, the server waiting for rows that never come.
   */
  async abort(reason: unknown): Promise<void> {
    this.chunk = '';
    this.stream.destroy(reason instanceof Error ? reason : new Error(String(reason)));
    await this.done.catch(() => undefined);
  }
}

/** Runs `produce` against a COPY writer, ending it on success and aborting it on failure. */
export async function withCopyWriter<T>(writer: CopyWriter, produce: (writer: CopyWriter) => Promise<T>): Promise<T> {
  let result: T;
  try {
    result = await produce(writer);
  } catch (error) {
    await writer.abort(error);
    throw error;
  }
  await writer.end();
  return result;
}

/**
 * Streams rows into a table with COPY … FROM STDIN (the set-based write path: ~1 M narrow rows/s on
 * one connection, against ~25 k/s for an ORM unit of work). Rows are packed into ~256 KiB chunks.
 */
export async function copyInto(client: pg.ClientBase, table: string, columns: readonly string[], rows: Iterable<readonly unknown[]>): Promise<number> {
  const writer = new CopyWriter(client, table, columns);
  await withCopyWriter(writer, async w => {
    for (const row of rows) {
      const flushed = w.write(row);
      if (flushed) await flushed;
    }
  });
  return writer.count;
}

function unescape(field: string): string | null {
  if (field === '\\N') return null;
  if (field.indexOf('\\') < 0) return field;
  return field.replace(/\\(.)/g, (_m, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : c === 'r' ? '\r' : c));
}

/**
 * Streams the rows of a query out with COPY (…) TO STDOUT, handing them to `onRows` in batches.
 * About twice as fast as a cursor for bulk reads (performance-limits.md B.4).
 */
export async function copyOut(client: pg.ClientBase, sql: string, onRows: (rows: (string | null)[][]) => Promise<void> | void, batchSize = 5_000): Promise<number> {
  const source = client.query(copyTo(`copy (${sql}) to stdout`));
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let batch: (string | null)[][] = [];
  let count = 0;
  const sink = new Writable({
    decodeStrings: false,
    write(chunk: Buffer, _enc, callback) {
      const text = rest + decoder.write(chunk);
      const lines = text.split('\n');
      rest = lines.pop()!;
      for (const line of lines) batch.push(line.split('\t').map(unescape));
      count += lines.length;
      if (batch.length >= batchSize) {
        const rows = batch;
        batch = [];
        Promise.resolve(onRows(rows)).then(() => callback(), callback);
      } else callback();
    },
    final(callback) {
      if (rest) batch.push(rest.split('\t').map(unescape));
      if (rest) count++;
      Promise.resolve(batch.length ? onRows(batch) : undefined).then(() => callback(), callback);
    },
  });
  await pipeline(source, sink);
  return count;
}

/**
 * The rows of a query streamed out with COPY, as an async iterator of batches (pull-based, so two
 * ordered streams can be merged). Each row is its fields as text (null for \N).
 */
export async function* copyBatches(client: pg.ClientBase, sql: string, batchSize = 2_000): AsyncGenerator<(string | null)[][]> {
  const source = client.query(copyTo(`copy (${sql}) to stdout`));
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let batch: (string | null)[][] = [];
  for await (const chunk of source as AsyncIterable<Buffer>) {
    const lines = (rest + decoder.write(chunk)).split('\n');
    rest = lines.pop()!;
    for (const line of lines) batch.push(fields(line));
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (rest) batch.push(fields(rest));
  if (batch.length) yield batch;
}

/** The fields of a COPY text line, unescaped in place. */
function fields(line: string): (string | null)[] {
  const out: (string | null)[] = line.split('\t');
  for (let i = 0; i < out.length; i++) out[i] = unescape(out[i] as string);
  return out;
}

/**
 * One row at a time over copyBatches, with a look at the next row (for merge joins). `peekNow` and
 * `skip` work synchronously inside the current batch: a merge over millions of rows must not make
 * a promise per row; `fill` awaits the next batch.
 */
export class RowCursor {
  private batch: (string | null)[][] = [];
  private index = 0;
  private done = false;

  constructor(private readonly source: AsyncGenerator<(string | null)[][]>) {}

  /** The next row; undefined when the batch is used up (call fill), null at the end. */
  peekNow(): (string | null)[] | null | undefined {
    if (this.index < this.batch.length) return this.batch[this.index]!;
    return this.done ? null : undefined;
  }

  skip(): void {
    this.index++;
  }

  async fill(): Promise<void> {
    while (this.index >= this.batch.length && !this.done) {
      const next = await this.source.next();
      if (next.done) this.done = true;
      else {
        this.batch = next.value;
        this.index = 0;
      }
    }
  }

  async peek(): Promise<(string | null)[] | null> {
    await this.fill();
    return this.peekNow() ?? null;
  }

  async next(): Promise<(string | null)[] | null> {
    const row = await this.peek();
    if (row) this.index++;
    return row;
  }
}
