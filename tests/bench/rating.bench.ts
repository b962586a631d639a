import { pathToFileURL } from 'node:url';
import { dec, type Dec } from '../../server/src/shared/money/index.js';
import {
  compileRateSchedule,
  rateCharges,
  validateRateSchedule,
  type CompiledRateSchedule,
  type RateChargesInput,
  type RateScheduleRaw,
} from '../../server/src/rating/core/index.js';

/**
 * Rating throughput of the pure core: charge lines produced per second on one core, over 1,000
 * bills of a realistic mix: 76 % residential water + sewer in KGAL (base charge by meter size,
 * 80 % of them 5/8", three priced water tiers over an included band, sewer base + volume capped at
 * 12 kgal), 15 % a CCF utility read in cubic feet, 5 % partial periods (19-day move-ins and 6-day
 * finals, prorated) and 4 % periods split by a rate change on the 16th.
 * Prints `BENCH rating_lines_per_second <n> lines/s`: the median of 3 runs of 1.5 s of CPU time
 * each after a warm-up, counted in process CPU time so that other work on the machine does not
 * skew it (single-threaded: CPU time is time on one core).
 */

function compile(raw: RateScheduleRaw): CompiledRateSchedule {
  const result = validateRateSchedule(raw);
  if (!result.ok) throw new Error(`bench schedule ${raw.code}: ${JSON.stringify(result.errors)}`);
  return compileRateSchedule(result.value);
}

const sizes = ['5/8', '3/4', '1', '1-1/2', '2'];
const baseBySize = ['18.40', '21.15', '27.60', '46.00', '73.60'];

function waterKgal(effectiveFrom: string, bump: string): CompiledRateSchedule {
  return compile({
    code: 'W-RES-IN',
    name: 'Residential water, inside city',
    service: 'WATER',
    volumeUnit: 'KGAL',
    effectiveFrom,
    fixedCharges: sizes.map((meterSize, i) => ({
      label: 'Base charge',
      amount: dec(baseBySize[i]!).plus(bump).toFixed(2),
      meterSize,
    })),
    tiers: [
      { upTo: '2', rate: '0' },
      { upTo: '5', rate: dec('5.50').plus(bump).toFixed(2) },
      { upTo: '10', rate: dec('6.25').plus(bump).toFixed(2) },
      { upTo: null, rate: dec('7.80').plus(bump).toFixed(2) },
    ],
  });
}

const water = waterKgal('2024-10-01', '0');
const waterNext = waterKgal('2026-05-16', '0.25');
const sewer = compile({
  code: 'S-RES',
  name: 'Residential sewer',
  service: 'SEWER',
  volumeUnit: 'KGAL',
  effectiveFrom: '2024-10-01',
  fixedCharges: [{ label: 'Sewer base charge', amount: '15.25' }],
  tiers: [{ upTo: null, rate: '4.35' }],
  usageCap: '12',
});
const waterCcf = compile({
  code: 'W-CCF',
  name: 'Water (CCF)',
  service: 'WATER',
  volumeUnit: 'CCF',
  effectiveFrom: '2024-07-01',
  fixedCharges: [{ label: 'Customer charge', amount: '12.85' }],
  tiers: [
    { upTo: '8', rate: '3.12' },
    { upTo: '20', rate: '3.96' },
    { upTo: null, rate: '5.21' },
  ],
});
const sewerCcf = compile({
  code: 'S-CCF',
  name: 'Sewer (CCF)',
  service: 'SEWER',
  volumeUnit: 'CCF',
  effectiveFrom: '2024-07-01',
  fixedCharges: [{ label: 'Customer charge', amount: '14.10' }],
  tiers: [{ upTo: null, rate: '4.87' }],
  usageCap: '16',
});

type Case = RateChargesInput;
const cases: Case[] = [];
let seed = 12345;
const random = (n: number): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const gallonUsages: Dec[] = Array.from({ length: 97 }, () => dec(1500 + random(14000)));
const cubicFootUsages: Dec[] = Array.from({ length: 31 }, () => dec(200 + random(2600)));

const gallonSchedules = [
  { code: 'W-RES-IN', versions: [water, waterNext] },
  { code: 'S-RES', versions: [sewer] },
];
const ccfSchedules = [
  { code: 'W-CCF', versions: [waterCcf] },
  { code: 'S-CCF', versions: [sewerCcf] },
];
const fullMonth = (start: string, end: string) => ({ period: { start, end }, partialPeriod: false });

// The mix of a real cycle: mostly full months in gallons, some in cubic feet, a few move-ins and
// move-outs, and the month a rate change takes effect.
for (let i = 0; i < 1000; i += 1) {
  const kind = random(100);
  const size = sizes[random(100) < 80 ? 0 : 1 + random(4)]!;
  const gallons = { quantity: gallonUsages[i % 97]!, unit: 'GALLON' as const };
  const shape =
    kind < 76 ? { schedules: gallonSchedules, usage: gallons, ...fullMonth('2026-03-02', '2026-03-31') }
    : kind < 91 ? { schedules: ccfSchedules, usage: { quantity: cubicFootUsages[i % 31]!, unit: 'CUBIC_FOOT' as const }, ...fullMonth('2026-03-02', '2026-03-31') }
    : kind < 96 ? {
        schedules: gallonSchedules,
        usage: gallons,
        period: kind % 2 === 0 ? { start: '2026-04-12', end: '2026-04-30' } : { start: '2026-04-01', end: '2026-04-06' },
        partialPeriod: true,
      }
    : { schedules: gallonSchedules, usage: gallons, ...fullMonth('2026-05-01', '2026-05-31') };
  cases.push({ ...shape, meterSize: size, standardDays: 30, dwellingUnits: 1 });
}

/** CPU seconds this process has used: the bench is single-threaded, so this is time on one core. */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** Lines per CPU second over `seconds` of CPU time (robust to other processes on the machine). */
function runFor(seconds: number): number {
  let lines = 0;
  const started = cpuSeconds();
  let used = 0;
  while (used < seconds) {
    for (const c of cases) lines += rateCharges(c).lines.length;
    used = cpuSeconds() - started;
  }
  return lines / used;
}

/** Median of 3 timed runs after a warm-up; lines per second on one core. */
export async function runRatingBench(): Promise<{ linesPerSecond: number }> {
  runFor(0.8);
  const runs = [runFor(1.5), runFor(1.5), runFor(1.5)].sort((a, b) => a - b);
  const linesPerSecond = Math.round(runs[1]!);
  console.log(`BENCH rating_lines_per_second ${linesPerSecond} lines/s`);
  return { linesPerSecond };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runRatingBench();
