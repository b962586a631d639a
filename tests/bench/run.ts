/**
 * `npm run bench`: every speed figure, one `BENCH <name> <value> <unit>` line each, with the
 * baseline measured in the same run. Each benchmark builds its own data in a fresh database.
 *
 *   npm run bench                  all, the bill run at 100,000 accounts
 *   npm run bench -- --1m          also the 1,000,000-account bill run (several minutes of setup)
 *   npm run bench -- rating bill   only the named ones (rating, ami, reads, payments, bill)
 */
import 'reflect-metadata';
import { runAmiParseBench } from './ami-parse.bench.js';
import { runBillRunBench } from './bill-run.bench.js';
import { runPaymentImportBench } from './payment-import.bench.js';
import { runRatingBench } from './rating.bench.js';
import { runReadImportBench } from './read-import.bench.js';

const args = process.argv.slice(2);
const million = args.includes('--1m') || process.env.BENCH_1M === '1';
const only = args.filter(a => !a.startsWith('--'));
const want = (name: string) => only.length === 0 || only.includes(name);

const benches: [string, () => Promise<unknown>][] = [
  ['rating', () => runRatingBench()],
  ['ami', async () => runAmiParseBench()],
  ['reads', () => runReadImportBench()],
  ['payments', () => runPaymentImportBench()],
  ['bill', () => runBillRunBench(100_000)],
];
if (million) benches.push(['bill', () => runBillRunBench(1_000_000)]);

console.log(`# ${new Date().toISOString()} node ${process.version}, ${(await import('node:os')).cpus().length} cores`);
for (const [name, run] of benches) {
  if (!want(name)) continue;
  try {
    await run();
  } catch (error) {
    console.log(`BENCH ${name}_failed 1 (${(error as Error).message})`);
    process.exitCode = 1;
  }
}
