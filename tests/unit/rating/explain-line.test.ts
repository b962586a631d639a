import { describe, expect, it } from 'vitest';
import { dec, type Dec } from '../../../server/src/shared/money/index.js';
import {
  explainLine,
  rateCharges,
  type ChargeLine,
  type CompiledRateSchedule,
} from '../../../server/src/rating/core/index.js';
import { schedule } from './schedule-fixture.js';

function lines(versions: CompiledRateSchedule[], usage: string, partial = false): readonly ChargeLine[] {
  return rateCharges({
    schedules: versions.map(v => ({ code: v.code, versions: [v] })),
    meterSize: '5/8',
    usage: { quantity: dec(usage), unit: 'GALLON' },
    period: partial ? { start: '2026-04-12', end: '2026-04-30' } : { start: '2026-03-02', end: '2026-03-31' },
    partialPeriod: partial,
    standardDays: 30,
    dwellingUnits: 1,
  }).lines;
}

const water = schedule({
  code: 'W-RES-IN',
  fixedCharges: [{ label: 'Base charge', amount: '18.40' }],
  tiers: [
    { upTo: '2', rate: '0' },
    { upTo: '5', rate: '5.50' },
    { upTo: '10', rate: '6.25' },
    { upTo: null, rate: '7.80' },
  ],
});

/** What a ledger row keeps: every decimal as text (numeric columns), the rest as is. */
function stored(line: ChargeLine): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify(line, (_k, v: unknown) =>
      v instanceof Object && 'toFixed' in v ? (v as Dec).toFixed() : v,
    ),
  );
}

function restored(row: Record<string, unknown>): ChargeLine {
  const d = (key: string): Dec | null => (row[key] === null ? null : dec(row[key] as string));
  return {
    ...(row as unknown as ChargeLine),
    quantity: d('quantity'),
    rate: d('rate'),
    amount: d('amount')!,
    bandFrom: d('bandFrom'),
    bandTo: d('bandTo'),
    factor: d('factor'),
  };
}

describe('explainLine', () => {
  it.each<[string, () => ChargeLine, string]>([
    ['a band line', () => lines([water], '7250')[2]!, '3.000 kgal × $5.50 = $16.50, 2,001–5,000 gallons'],
    [
      'a prorated base charge',
      () => lines([water], '0', true)[0]!,
      'Base charge $18.40 × 19/30 days = $11.65',
    ],
    [
      'a minimum charge',
      () =>
        lines(
          [
            schedule({
              code: 'W-MIN',
              fixedCharges: [{ label: 'Base charge', amount: '10.00' }],
              minimumCharge: '25.00',
            }),
          ],
          '0',
        )[1]!,
      'Minimum charge brings water to $25.00',
    ],
    [
      'a percent of another service',
      () =>
        lines(
          [water, schedule({ code: 'W-FEE', service: 'OTHER', percentOfService: 'WATER', percent: '10' })],
          '5848',
        )[4]!,
      '10% of water charges $40.20 = $4.02',
    ],
    [
      'a tax line',
      () =>
        lines(
          [
            schedule({
              code: 'SW-COM',
              service: 'SOLID_WASTE',
              name: 'Commercial dumpster',
              flatCharge: '52.75',
              taxPercent: '7',
            }),
          ],
          '0',
        )[1]!,
      'Tax 7% on $52.75 = $3.69',
    ],
    [
      'a prorated minimum',
      () => lines([schedule({ code: 'W-MIN', minimumCharge: '25.00' })], '0', true)[0]!,
      'Minimum charge brings water to $15.83 (prorated 19/30 days)',
    ],
  ])('should read the line aloud when it is %s', (_name, line, sentence) => {
    expect(explainLine(line())).toBe(sentence);
  });

  it('should render the same sentence when the line is read back from storage (decimals as text)', () => {
    for (const line of [...lines([water], '15400'), ...lines([water], '15400', true)]) {
      expect(explainLine(restored(stored(line)))).toBe(explainLine(line));
    }
  });

  it('should explain the cap from the stored line when sewer usage was capped', () => {
    const sewer = schedule({
      code: 'S-RES',
      service: 'SEWER',
      tiers: [{ upTo: null, rate: '4.35' }],
      usageCap: '12',
    });
    const [line] = lines([sewer], '15400');
    expect(line!.description).toBe('Sewer usage; capped at 12 kgal');
    expect(explainLine(restored(stored(line!)))).toBe(
      '12.000 kgal × $4.35 = $52.20, all usage; capped at 12 kgal',
    );
  });
});
