import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../server/src/shared/clock.js';
import { startTestServer, type TestServer } from '../setup/harness.js';
import { cardSettlement, lockboxCsv, lockboxFixed, nachaReturns, nextTrace } from './files.js';
import { makeAccount, moneyCounts, postPayment, unique, type TestAccount } from './fixtures.js';

let t: TestServer;
let accounts: TestAccount[];
const bases: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestServer({ clock: fixedClock('2026-04-10T16:00:00Z') });
  accounts = [];
  for (let i = 0; i < 2; i++) {
    const account = await makeAccount(t);
    // Long random numbers: a mutated digit cannot land on another test file's account (they share the database).
    const number = `9${String(Date.now()).slice(-8)}${String(Math.floor(Math.random() * 1e5)).padStart(5, '0')}`;
    await t.sql('update account set number = $2 where id = $1', [account.id, number]);
    accounts.push({ ...account, number });
  }
  const [a, b] = accounts as [TestAccount, TestAccount];
  const trace = nextTrace();
  await postPayment(t, { accountId: a.id, amount: '43.54', method: 'ACH', receivedOn: '2026-04-01', reference: trace });
  bases.LOCKBOX_CSV = lockboxCsv([{ account: a.number, amount: '84.12', check: '1042' }, { account: b.number, amount: '61.50', check: '3318' }, { account: null, amount: '100.00', check: '881' }], { date: '2026-04-02', lockbox: 'LBX-FZ' });
  bases.LOCKBOX_FIXED = lockboxFixed([{ account: a.number, amount: '84.12', check: '1042' }, { account: b.number, amount: '612.40', check: '20571' }], { date: '2026-04-02', lockboxId: '12104499' });
  bases.CARD_SETTLEMENT_CSV = cardSettlement([{ txn: 'ch_fz1', account: a.number, gross: '84.12', fee: '1.96' }, { txn: 're_fz1', account: b.number, gross: '25.00', fee: '0.00', type: 'REFUND' }], { date: '2026-04-02' });
  bases.NACHA_RETURN = nachaReturns([{ originalTrace: trace, amount: '43.54', individualId: a.number, code: 'R01', trace: nextTrace() }, { originalTrace: nextTrace(), amount: '0.00', individualId: b.number, code: 'C01', trace: nextTrace() }]);
});
afterAll(() => t.close());

type Mutation = { kind: 'flip' | 'dropLine' | 'copyLine' | 'truncate' | 'insert' | 'swapLines'; at: number; text: string };

const mutation = fc.record({
  kind: fc.constantFrom<Mutation['kind']>('flip', 'dropLine', 'copyLine', 'truncate', 'insert', 'swapLines'),
  at: fc.nat(),
  text: fc.oneof(fc.string({ minLength: 1, maxLength: 3 }), fc.constantFrom(',', '"', '\n', '\r\n', '/', '\u0000', 'é', '9', '0', '-', ' ')),
});

function mutate(content: string, m: Mutation): string {
  const lines = content.split('\n');
  const i = m.at % Math.max(lines.length, 1);
  switch (m.kind) {
    case 'flip': return content.slice(0, m.at % content.length) + m.text + content.slice((m.at % content.length) + 1);
    case 'insert': return content.slice(0, m.at % content.length) + m.text + content.slice(m.at % content.length);
    case 'truncate': return content.slice(0, m.at % content.length);
    case 'dropLine': return lines.filter((_, j) => j !== i).join('\n');
    case 'copyLine': return [...lines.slice(0, i + 1), lines[i]!, ...lines.slice(i + 1)].join('\n');
    case 'swapLines': { const j = (i + 1) % lines.length; const out = [...lines]; [out[i], out[j]] = [out[j]!, out[i]!]; return out.join('\n'); }
  }
}

const IMPORT = `mutation($i: FileImportInput!) { importPayments(input: $i) { imported duplicates reversed suspense notices unmatched skipped } }`;

describe('importPayments fuzzed with mutated files', () => {
  it.each(['LOCKBOX_CSV', 'LOCKBOX_FIXED', 'CARD_SETTLEMENT_CSV', 'NACHA_RETURN'])('should never crash nor write part of a %s file', async format => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async mutations => {
        const content = mutations.reduce(mutate, bases[format]!);
        const fileName = unique('fuzz');
        const ids = accounts.map(a => a.id);
        const before = await moneyCounts(t, ids, [fileName]);
        const result = await t.gql<any>(IMPORT, { i: { format, fileName, content } });
        if (result.errors) {
          expect(result.errors[0]!.extensions?.code).toBe('BAD_USER_INPUT');
          expect(await moneyCounts(t, ids, [fileName])).toEqual(before);
          return;
        }
        // Taken whole: importing it again changes nothing.
        const after = await moneyCounts(t, ids, [fileName]);
        const again = await t.gql<any>(IMPORT, { i: { format, fileName, content } });
        expect(again.errors).toBeUndefined();
        expect(again.data.importPayments).toMatchObject({ imported: 0, reversed: 0, suspense: 0, notices: 0 });
        expect(await moneyCounts(t, ids, [fileName])).toEqual(after);
      }),
      { numRuns: 25 },
    );
  });
});
