import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { readingTextProblem } from '../core/file-reading.js';
import type { LineErrors } from '../parsers/line-errors.js';
import type { MeterReadRecord } from '../parsers/types.js';

/**
 * The parsed reads of one import, on the scratch connection (temp tables: gone at its end). A read
 * is staged narrow: its line, a key id and a time id, the reading and flags. The key is the
 * distinct (endpoint, serial, unit) of the file (read_key) and the time the distinct local read
 * time (read_time), so PostgreSQL matches each meter and converts each time once, not per read:
 * an AMI file has ~12 reads per meter and a handful of read times.
 */
export const STAGE_TABLES = `
  create temp table read_stage (line int not null, k int not null, t int not null, reading text not null, flags text[]) on commit drop;
  create temp table read_key (k int primary key, endpoint text, serial text, unit text not null) on commit drop;
  create temp table read_time (id int primary key, local text not null) on commit drop`;

const CHUNK = 1 << 18;
const NEEDS_ESCAPE = /[\\\t\n\r]/;
const esc = (v: string | null): string =>
  v === null ? '\\N' : NEEDS_ESCAPE.test(v) ? v.replace(/[\\\t\n\r]/g, c => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : v;

/** Streams parsed reads into read_stage with COPY while the parser runs (bounded memory). */
export class ReadStager {
  private readonly stream: ReturnType<typeof copyFrom>;
  private readonly done: Promise<void>;
  private readonly keys = new Map<string, number>();
  private readonly times = new Map<string, number>();
  private chunk = '';
  count = 0;

  constructor(private readonly client: pg.ClientBase, private readonly errors: LineErrors) {
    this.stream = client.query(copyFrom(`copy read_stage (line, k, t, reading, flags) from stdin`));
    this.done = new Promise<void>((resolve, reject) => {
      this.stream.on('finish', resolve);
      this.stream.on('error', reject);
    });
    this.done.catch(() => undefined);
  }

  /** Stages a batch; once the file has an error nothing more is sent (the import is refused anyway). */
  async add(records: readonly MeterReadRecord[]): Promise<void> {
    for (const r of records) {
      const problem = readingTextProblem(r.reading);
      if (problem) this.errors.add(r.line, problem);
      if (!this.errors.isEmpty) continue;
      const flags = r.flags.length === 0 ? '\\N' : `{${r.flags.join(',')}}`;
      this.chunk += `${r.line}\t${idOf(this.keys, `${r.endpointId ?? ''}\u0000${r.meterSerial ?? ''}\u0000${r.unit}`)}\t${idOf(this.times, r.readAt)}\t${r.reading}\t${flags}\n`;
      this.count += 1;
    }
    if (this.chunk.length >= CHUNK) await this.flush();
  }

  private flush(): Promise<void> {
    const text = this.chunk;
    this.chunk = '';
    if (!text) return Promise.resolve();
    return this.stream.write(text) ? Promise.resolve() : new Promise<void>(resolve => this.stream.once('drain', () => resolve()));
  }

  /** Ends the COPY of the reads and stages the distinct keys and read times. */
  async finish(): Promise<number> {
    await this.flush();
    this.stream.end();
    await this.done;
    const keys = this.client.query(copyFrom(`copy read_key (k, endpoint, serial, unit) from stdin`));
    const keysDone = new Promise<void>((resolve, reject) => keys.on('finish', resolve).on('error', reject));
    let text = '';
    for (const [key, id] of this.keys) {
      const [endpoint, serial, unit] = key.split('\u0000') as [string, string, string];
      text += `${id}\t${endpoint ? esc(endpoint) : '\\N'}\t${serial ? esc(serial) : '\\N'}\t${unit}\n`;
      if (text.length < CHUNK) continue;
      const flowing = keys.write(text);
      text = '';
      if (!flowing) await new Promise(resolve => keys.once('drain', resolve));
    }
    keys.end(text);
    await keysDone;
    await this.client.query(`insert into read_time (id, local) select * from unnest($1::int[], $2::text[])`, [[...this.times.values()], [...this.times.keys()]]);
    return this.count;
  }

  /** Stops a COPY that will not be used (a failure mid-stream). */
  abort(): void {
    this.stream.destroy(new Error('import abandoned'));
  }
}

/** The id of a distinct value, assigned in order of first appearance. */
function idOf(ids: Map<string, number>, value: string): number {
  let id = ids.get(value);
  if (id === undefined) ids.set(value, (id = ids.size));
  return id;
}
