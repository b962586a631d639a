import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../server/src/shared/clock.js';
import { unique } from '../fixtures.js';
import { startTestServer, type TestServer } from '../setup/harness.js';
import { amiCsv, importReads, makeAmiPoint, tableCounts, type AmiPoint } from './read-fixture.js';

let t: TestServer;
let points: AmiPoint[];
let base: string;
beforeAll(async () => {
  t = await startTestServer({ clock: fixedClock('2026-08-01T16:00:00Z', 'America/Chicago') });
  points = [await makeAmiPoint(t), await makeAmiPoint(t, { meter: { dials: 4 } }), await makeAmiPoint(t, { installedOn: '2026-04-01' })];
  base = amiCsv([
    [points[0]!.endpoint, points[0]!.serial, '2026-03-31T06:00:00', '1200.5'],
    [points[1]!.endpoint, '', '2026-03-31T06:00:00', '9876', 'GALLON', 'LEAK'],
    ['', points[2]!.serial, '2026-03-31 06:00', '15', 'KGAL'],
    [points[0]!.endpoint, '', '2026-04-30', '1500', 'GAL', 'NO_READ;TAMPER'],
    ['MIU-FUZZ-UNKNOWN', '', '2026-04-30T06:00:00', '88.301', 'KGAL', ''],
  ]);
});
afterAll(() => t.close());

const PIECES = [',', '"', '\n', '\r\n', ';', '0', '9', '.', '-', ':', 'T', ' ', 'x', 'é', '\u0000', 'LEAK', 'CCF', '1e5', '\ud83d\ude00'];
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...PIECES) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicateLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('digit' as const), at: fc.nat(), digit: fc.integer({ min: 0, max: 9 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, m: Mutation): string {
  const at = text.length ? m.at % text.length : 0;
  if (m.kind === 'delete') return text.slice(0, at) + text.slice(at + m.len);
  if (m.kind === 'insert') return text.slice(0, at) + m.text + text.slice(at);
  if (m.kind === 'truncate') return text.slice(0, at);
  if (m.kind === 'digit') return /\d/.test(text[at] ?? '') ? text.slice(0, at) + m.digit + text.slice(at + 1) : text;
  const lines = text.split('\n');
  const i = m.at % lines.length;
  lines.splice(i, 0, lines[i]!);
  return lines.join('\n');
}

describe('importMeterReads under mutated AMI files', () => {
  it('should either import consistently or refuse with line numbers, never crash, never write part of a file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async mutations => {
        const text = mutations.reduce(mutate, base);
        const fileName = `${unique('fuzz-')}.csv`;
        const scope = { meterIds: points.map(p => p.meterId), fileNames: [fileName] };
        const before = await tableCounts(t, scope);
        const result = await importReads(t, text, { fileName });
        const after = await tableCounts(t, scope);
        if (result.errors?.length) {
          const error = result.errors[0]!;
          expect(error.extensions?.code).toBe('BAD_USER_INPUT');
          const lines = error.extensions!.lines as { line: number; message: string }[];
          expect(lines.length).toBeGreaterThan(0);
          for (const l of lines) expect(l.line).toBeGreaterThanOrEqual(1);
          expect(after).toEqual(before);
          return;
        }
        const r = result.data.importMeterReads;
        expect(r.reads).toBe(r.imported + r.duplicates + r.orphans);
        expect(after.reads - before.reads).toBe(r.imported);
        expect(after.imports - before.imports).toBe(r.alreadyImported ? 0 : 1);
        if (r.alreadyImported) expect(r.imported).toBe(0);
      }),
      { numRuns: 80, seed: Number(process.env.FUZZ_SEED ?? 4_250_001) },
    );
  });
});
