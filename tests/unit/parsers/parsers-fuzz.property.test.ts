import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAmiCsvParser, parseAmiCsv } from '../../../server/src/reads/parsers/ami-csv.js';
import { parseBeaconCsv } from '../../../server/src/reads/parsers/beacon-csv.js';
import { parseNeptuneRoute } from '../../../server/src/reads/parsers/neptune-route.js';
import { parseBai2 } from '../../../server/src/payments/parsers/bai2.js';
import { parseCardSettlementCsv } from '../../../server/src/payments/parsers/card-settlement-csv.js';
import { parseLockboxCsv } from '../../../server/src/payments/parsers/lockbox-csv.js';
import { parseLockboxFixed } from '../../../server/src/payments/parsers/lockbox-fixed.js';
import { parseNachaReturn } from '../../../server/src/payments/parsers/nacha-return.js';
import { fixture, linesOf, put, sample } from './helpers.js';

interface AnyResult {
  readonly ok: boolean;
  readonly errors: ReadonlyArray<{ line: number; message: string }>;
  readonly lineCount: number;
}

const PARSERS: ReadonlyArray<readonly [string, (text: string) => AnyResult, string]> = [
  ['AMI_CSV', parseAmiCsv, fixture('reads/ami-good.csv')],
  ['BEACON_CSV', parseBeaconCsv, fixture('reads/beacon-360-report.csv')],
  ['NEPTUNE_ROUTE', parseNeptuneRoute, fixture('reads/neptune-route-completed.txt')],
  ['LOCKBOX_CSV', parseLockboxCsv, fixture('payments/lockbox-gotransverse.csv')],
  ['LOCKBOX_FIXED', parseLockboxFixed, fixture('payments/lockbox-fulton-trailer.txt')],
  ['CARD_SETTLEMENT_CSV', parseCardSettlementCsv, fixture('payments/card-settlement.csv')],
  ['BAI2', parseBai2, sample('bai2/sample2.txt')],
  ['NACHA_RETURN', parseNachaReturn, fixture('payments/return-autopay.ach')],
];

const CHARS = [
  ',',
  '"',
  '/',
  '\n',
  '\r',
  '\x00',
  '\x1b',
  '\t',
  ' ',
  '0',
  '7',
  '9',
  'A',
  'R',
  '-',
  '.',
  '+',
  '$',
  '\uFFFD',
  'é',
];

type Mutation =
  | { kind: 'deleteChar' | 'truncate' | 'deleteLine' | 'duplicateLine'; at: number }
  | { kind: 'insertChar' | 'replaceChar'; at: number; ch: string }
  | { kind: 'swapLines'; at: number; other: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constantFrom(
      'deleteChar' as const,
      'truncate' as const,
      'deleteLine' as const,
      'duplicateLine' as const,
    ),
    at: fc.nat(),
  }),
  fc.record({
    kind: fc.constantFrom('insertChar' as const, 'replaceChar' as const),
    at: fc.nat(),
    ch: fc.constantFrom(...CHARS),
  }),
  fc.record({ kind: fc.constant('swapLines' as const), at: fc.nat(), other: fc.nat() }),
);

function apply(text: string, m: Mutation): string {
  if (text.length === 0) return text;
  const at = m.at % text.length;
  switch (m.kind) {
    case 'deleteChar':
      return text.slice(0, at) + text.slice(at + 1);
    case 'truncate':
      return text.slice(0, at);
    case 'insertChar':
      return text.slice(0, at) + m.ch + text.slice(at);
    case 'replaceChar':
      return text.slice(0, at) + m.ch + text.slice(at + 1);
    default: {
      const lines = text.split('\n');
      const i = m.at % lines.length;
      if (m.kind === 'deleteLine') lines.splice(i, 1);
      else if (m.kind === 'duplicateLine') lines.splice(i, 0, lines[i]!);
      else if (m.kind === 'swapLines') {
        const j = m.other % lines.length;
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      }
      return lines.join('\n');
    }
  }
}

describe.each(PARSERS)('%s under random damage', (_name, parse, good) => {
  it('should read the undamaged fixture without errors', () => {
    expect(parse(good).errors).toEqual([]);
  });

  it('should never throw, and should report errors as numbered lines of the file', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), mutations => {
        const text = mutations.reduce(apply, good);
        const started = performance.now();
        const result = parse(text);
        expect(performance.now() - started).toBeLessThan(2000);
        expect(result.ok).toBe(result.errors.length === 0);
        expect(result.errors.length).toBeLessThanOrEqual(1000);
        for (const e of result.errors) {
          expect(Number.isInteger(e.line)).toBe(true);
          expect(e.line).toBeGreaterThanOrEqual(1);
          expect(e.line).toBeLessThanOrEqual(Math.max(1, result.lineCount + 1));
          expect(e.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('control totals catch any change of one digit of an amount', () => {
  const changeDigit = (line: string, start: number, end: number, k: number, d: number): string | null => {
    const i = start - 1 + (k % (end - start + 1));
    const old = line[i]!;
    const next = String((Number(old) + 1 + (d % 9)) % 10);
    return next === old ? null : put(line, i + 1, next);
  };

  it('NACHA: an entry amount (30–39) no longer matches its batch control', () => {
    const text = fixture('payments/return-autopay.ach');
    const lines = linesOf(text);
    const entries = lines.map((l, i) => (l.startsWith('6') ? i : -1)).filter(i => i >= 0);
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.nat(), (e, k, d) => {
        const at = entries[e % entries.length]!;
        const changed = changeDigit(lines[at]!, 30, 39, k, d);
        if (changed === null) return;
        const copy = [...lines];
        copy[at] = changed;
        expect(parseNachaReturn(copy.join('\n')).ok).toBe(false);
      }),
    );
  });

  it('BAI2: a transaction amount no longer matches its account trailer', () => {
    const lines = linesOf(fixture('payments/bai2-deposit.txt'));
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 10 }), fc.nat(), fc.nat(), (i, k, d) => {
        const line = lines[i]!;
        if (!line.startsWith('16,')) return;
        const [start, end] = [8, 7 + line.split(',')[2]!.length];
        const changed = changeDigit(line, start, end, k, d);
        if (changed === null) return;
        const copy = [...lines];
        copy[i] = changed;
        expect(parseBai2(copy.join('\n')).ok).toBe(false);
      }),
    );
  });

  it('LOCKBOX_FIXED: a detail amount no longer matches the trailer', () => {
    const lines = linesOf(fixture('payments/lockbox-fulton-trailer.txt'));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.nat(), fc.nat(), (i, k, d) => {
        const changed = changeDigit(lines[i]!, 42, 51, k, d);
        if (changed === null) return;
        const copy = [...lines];
        copy[i] = changed;
        expect(parseLockboxFixed(copy.join('\n')).ok).toBe(false);
      }),
    );
  });
});

describe('AMI_CSV streaming', () => {
  it('should give the same reads and errors for any chunking of a damaged file', () => {
    const good = fixture('reads/ami-good.csv');
    fc.assert(
      fc.property(
        fc.array(mutation, { maxLength: 3 }),
        fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 20 }),
        (mutations, sizes) => {
          const text = mutations.reduce(apply, good);
          const whole = parseAmiCsv(text);
          const parser = createAmiCsvParser();
          const records = [];
          const errors = [];
          let at = 0;
          for (let i = 0; at < text.length; i += 1) {
            const size = sizes[i % sizes.length]!;
            const batch = parser.push(text.slice(at, at + size));
            records.push(...batch.records);
            errors.push(...batch.errors);
            at += size;
          }
          const end = parser.end();
          records.push(...end.records);
          errors.push(...end.errors);
          expect(records).toEqual(whole.records);
          expect(errors.sort((a, b) => a.line - b.line)).toEqual(whole.errors);
        },
      ),
      { numRuns: 300 },
    );
  });
});
