import { createWriteStream, type WriteStream } from 'node:fs';
import type pg from 'pg';

export interface AmiFileSpec {
  readonly reads: number;
  /** Every nth read names an unknown endpoint (an orphan); 0 for none. */
  readonly orphanEvery: number;
  /** Every nth read is written twice (a duplicate inside the file); 0 for none. */
  readonly duplicateEvery: number;
  /** Every nth read carries LEAK (an alert). */
  readonly leakEvery: number;
  /** Days after 2026-07-02 of the first read (a second file reads later days). */
  readonly firstDay?: number;
}

export interface AmiFile {
  /** Lines of reads in the file (duplicates included). */
  readonly lines: number;
  /** Reads the import must record: also the rows of the psql baseline file. */
  readonly recordable: number;
}

const write = (out: WriteStream, text: string) => (out.write(text) ? Promise.resolve() : new Promise<void>(r => out.once('drain', () => r())));
const close = (out: WriteStream) => new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));

/**
 * A daily AMI file of the generated utility's meters (endpoint E<id>, register unit of the meter),
 * grouped by read day as head-ends send them: day d = 2026-07-02 + d at 06:00 local, for every
 * meter, until `reads` lines. Also writes the rows the import should record, shaped like
 * meter_read (meter_id, read_on, read_at local, value, source, flags), for the psql \copy baseline.
 */
export async function writeAmiFile(pool: pg.Pool, spec: AmiFileSpec, amiPath: string, baselinePath: string): Promise<AmiFile> {
  const meters = (await pool.query<{ id: string; unit: string }>(`select id::text, register_unit::text unit from meter order by id`)).rows;
  const ami = createWriteStream(amiPath);
  const base = createWriteStream(baselinePath);
  let chunk = 'endpoint_id,meter_serial,read_time,reading,unit,flags\n';
  let rows = '';
  let lines = 0;
  let recordable = 0;
  for (let day = spec.firstDay ?? 0; lines < spec.reads; day += 1) {
    const date = new Date(Date.UTC(2026, 6, 2 + day)).toISOString().slice(0, 10);
    for (let i = 0; i < meters.length && lines < spec.reads; i += 1) {
      const n = lines + 1;
      const m = meters[i]!;
      const flags = n % spec.leakEvery === 0 ? 'LEAK' : '';
      const reading = String(26_000 + ((Number(m.id) * 7919) % 7000) * 13 + day * 97 + (n % 10) / 10);
      const endpoint = spec.orphanEvery && n % spec.orphanEvery === 0 ? `X${n}` : `E${m.id}`;
      const line = `${endpoint},,${date}T06:00:00,${reading},${m.unit},${flags}\n`;
      chunk += line;
      lines += 1;
      if (spec.duplicateEvery && n % spec.duplicateEvery === 1 && lines < spec.reads) {
        chunk += line;
        lines += 1;
      }
      if (endpoint[0] === 'E') {
        rows += `${m.id}\t${date}\t${date} 06:00:00\t${reading}\tAMI\t{${flags}}\n`;
        recordable += 1;
      }
      if (chunk.length > 1 << 20) {
        await write(ami, chunk);
        await write(base, rows);
        chunk = rows = '';
      }
    }
  }
  await write(ami, chunk);
  await write(base, rows);
  await Promise.all([close(ami), close(base)]);
  return { lines, recordable };
}
