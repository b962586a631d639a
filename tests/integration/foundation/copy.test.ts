import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyInto, copyOut } from '../../../server/src/shared/db/copy.js';
import { startTestServer, type TestServer } from '../setup/harness.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
  await t.sql(`create table if not exists copy_probe (id int primary key, note text)`);
});
afterAll(async () => {
  await t.sql(`drop table if exists copy_probe`);
  await t.close();
});

describe('COPY helpers', () => {
  it('should round-trip tabs, newlines, backslashes and nulls', async () => {
    const client = await t.running.services.pool.connect();
    try {
      await client.query('begin');
      const notes = ['tab\there', 'line\nbreak', 'back\\slash', null, 'cr\rhere', '{"json": "\\u00e9"}'];
      expect(await copyInto(client, 'copy_probe', ['id', 'note'], notes.map((note, i) => [i + 1, note]))).toBe(notes.length);
      const out: (string | null)[] = [];
      await copyOut(client, `select note from copy_probe order by id`, rows => void out.push(...rows.map(r => r[0]!)));
      expect(out).toEqual(notes);
      await client.query('rollback');
    } finally {
      client.release();
    }
  });

  it('should write objects as JSON whatever their strings hold (quotes, backslashes, tabs, newlines)', async () => {
    const client = await t.running.services.pool.connect();
    try {
      await client.query('begin');
      await client.query(`create temp table copy_json (id int, doc jsonb) on commit drop`);
      const docs = [{ d: '5/8" meter' }, { d: 'C:\\path\\x', t: 'a\tb\nc\rd' }, [['x', null, 1.5]], { plain: 'no escapes' }];
      await copyInto(client, 'copy_json', ['id', 'doc'], docs.map((doc, i) => [i + 1, doc]));
      const back = (await client.query(`select doc from copy_json order by id`)).rows.map(r => r.doc);
      expect(back).toEqual(docs);
      await client.query('rollback');
    } finally {
      client.release();
    }
  });

  it('should abandon a COPY whose rows fail part-way: nothing written, and the connection can roll back and go on', async () => {
    const client = await t.running.services.pool.connect();
    try {
      await client.query('begin');
      function* rows() {
        for (let i = 1; i <= 100_000; i++) {
          if (i === 60_000) throw new Error('line 60000: bad amount');
          yield [i, `row ${i}`];
        }
      }
      await expect(copyInto(client, 'copy_probe', ['id', 'note'], rows())).rejects.toThrow('line 60000: bad amount');
      await client.query('rollback');
      expect((await client.query(`select count(*)::int n from copy_probe`)).rows[0].n).toBe(0);
    } finally {
      client.release();
    }
  });
});
