import { describe, expect, it } from 'vitest';
import { dec, ZERO } from '../../../server/src/shared/money/index.js';
import {
  rateCharges,
  RatingError,
  type CompiledRateSchedule,
  type RateChargesResult,
  type UsageUnit,
} from '../../../server/src/rating/core/index.js';
import { schedule } from './schedule-fixture.js';

interface BillOptions {
  usage: string;
  unit?: UsageUnit;
  meterSize?: string | null;
  start?: string;
  end?: string;
  partial?: boolean;
  dwellingUnits?: number;
  /** Retirement of every code rated. */
  retiredOn?: string;
}

function rate(versions: CompiledRateSchedule[], o: BillOptions): RateChargesResult {
  const codes = [...new Set(versions.map(v => v.code))];
  const result = rateCharges({
    schedules: codes.map(code => ({ code, versions: versions.filter(v => v.code === code), retiredOn: o.retiredOn ?? null })),
    meterSize: o.meterSize === undefined ? '5/8' : o.meterSize,
    usage: { quantity: dec(o.usage), unit: o.unit ?? 'GALLON' },
    period: { start: o.start ?? '2026-03-02', end: o.end ?? '2026-03-31' },
    partialPeriod: o.partial ?? false,
    standardDays: 30,
    dwellingUnits: o.dwellingUnits ?? 1,
    explain: true,
  });
  expect(result.lines.reduce((sum, l) => sum.plus(l.amount), ZERO).eq(result.total)).toBe(true);
  for (const line of result.lines) expect(line.amount.decimalPlaces()).toBeLessThanOrEqual(2);
  return result;
}

const explained = (r: RateChargesResult): string[] => r.lines.map(l => l.explanation!);

const waterResidential = schedule({
  code: 'W-RES-IN',
  fixedCharges: [
    { label: 'Base charge', amount: '18.40', meterSize: '5/8' },
    { label: 'Base charge', amount: '21.15', meterSize: '3/4' },
    { label: 'Base charge', amount: '27.60', meterSize: '1' },
    { label: 'Base charge', amount: '46.00', meterSize: '1-1/2' },
    { label: 'Base charge', amount: '73.60', meterSize: '2' },
  ],
  tiers: [
    { upTo: '2', rate: '0' },
    { upTo: '5', rate: '5.50' },
    { upTo: '10', rate: '6.25' },
    { upTo: null, rate: '7.80' },
  ],
});

describe('rateCharges: inclining tiers in KGAL', () => {
  it.each([
    ['0', '18.40', 1],
    ['1500', '18.40', 2],
    ['2000', '18.40', 2],
    ['2001', '18.41', 3],
    ['5000', '34.90', 3],
    ['7250', '48.96', 4],
    ['15400', '108.27', 5],
  ])('should bill %s gal at $%s in %i lines when the meter is 5/8"', (usage, total, lines) => {
    const r = rate([waterResidential], { usage });
    expect(r.total.toFixed(2)).toBe(total);
    expect(r.lines).toHaveLength(lines);
  });

  it('should show one line per band used, with quantity, rate and amount, when usage reaches the top band', () => {
    expect(explained(rate([waterResidential], { usage: '15400' }))).toEqual([
      'Base charge (5/8") $18.40',
      '2.000 kgal × $0.00 = $0.00, 0–2,000 gallons',
      '3.000 kgal × $5.50 = $16.50, 2,001–5,000 gallons',
      '5.000 kgal × $6.25 = $31.25, 5,001–10,000 gallons',
      '5.400 kgal × $7.80 = $42.12, over 10,000 gallons',
    ]);
  });

  it('should show included usage as a $0.00 line when the zero-rate first band is used', () => {
    const r = rate([waterResidential], { usage: '1500' });
    expect(r.lines[1]).toMatchObject({ kind: 'TIER', description: 'Water usage 0–2,000 gal' });
    expect(r.lines[1]!.amount.toFixed(2)).toBe('0.00');
    expect(r.lines[1]!.quantity!.toFixed()).toBe('1.5');
  });

  it('should round a band line to $0.01 when it comes to $0.0055 (half away from zero, at the line)', () => {
    expect(rate([waterResidential], { usage: '2001' }).lines[2]!.amount.toFixed(2)).toBe('0.01');
  });
});

describe('rateCharges: meter sizes', () => {
  it.each([
    ['5/8', '48.96'],
    ['3/4"', '51.71'],
    ['1', '58.16'],
    ['1 1/2', '76.56'],
    ['2"', '104.16'],
  ])('should charge the %s meter base charge when 7,250 gal are used: $%s', (meterSize, total) => {
    expect(rate([waterResidential], { usage: '7250', meterSize }).total.toFixed(2)).toBe(total);
  });

  const commercial = schedule({
    code: 'W-COM',
    fixedCharges: [{ label: 'Customer charge', amount: '25.00' }],
    tiers: [
      { upTo: '5', rate: '4.10' },
      { upTo: null, rate: '4.90' },
      { upTo: '20', rate: '4.10', meterSize: '2' },
      { upTo: null, rate: '4.90', meterSize: '2' },
    ],
  });

  it.each([
    ['5/8', '109.20', 'the bands without size'],
    ['1', '109.20', 'the bands without size'],
    ['2', '98.80', 'its own wider bands'],
  ])('should bill 18,000 gal on a %s" meter at $%s when it uses %s', (meterSize, total) => {
    expect(rate([commercial], { usage: '18000', meterSize }).total.toFixed(2)).toBe(total);
  });

  it.each([
    ['5/8', '23.00'],
    ['2', '63.00'],
  ])('should charge a %s" meter $%s when a sized row replaces the row without size', (meterSize, total) => {
    const s = schedule({
      code: 'W-BASE',
      fixedCharges: [
        { label: 'Base charge', amount: '20.00' },
        { label: 'Customer charge', amount: '3.00' },
        { label: 'Base charge', amount: '60.00', meterSize: '2' },
      ],
    });
    expect(rate([s], { usage: '0', meterSize }).total.toFixed(2)).toBe(total);
  });

  it('should bill only the charges without size when the account has no meter', () => {
    expect(rate([waterResidential], { usage: '0', meterSize: null }).lines).toHaveLength(0);
  });
});

describe('rateCharges: CCF schedules', () => {
  const waterCcf = schedule({
    code: 'W-CCF',
    volumeUnit: 'CCF',
    fixedCharges: [{ label: 'Customer charge', amount: '12.85' }],
    tiers: [
      { upTo: '8', rate: '3.12' },
      { upTo: '20', rate: '3.96' },
      { upTo: null, rate: '5.21' },
    ],
  });

  it.each<[string, UsageUnit, string]>([
    ['1450', 'CUBIC_FOOT', '63.55'],
    ['10846.754', 'GALLON', '63.55'],
    ['14.5', 'CCF', '63.55'],
    ['2600', 'CUBIC_FOOT', '116.59'],
  ])('should bill %s %s at $%s when the schedule prices CCF', (usage, unit, total) => {
    expect(rate([waterCcf], { usage, unit }).total.toFixed(2)).toBe(total);
  });

  it('should show bands in CCF when the schedule prices CCF', () => {
    expect(explained(rate([waterCcf], { usage: '1450', unit: 'CUBIC_FOOT' }))).toEqual([
      'Customer charge $12.85',
      '8.00 CCF × $3.12 = $24.96, 0–8 CCF',
      '6.50 CCF × $3.96 = $25.74, 9–20 CCF',
    ]);
  });
});

describe('rateCharges: schedule options', () => {
  it.each([
    ['5000', '15.00', "5.000 kgal × $3.00 = $15.00, 0–5,000 gallons; all units at this band's rate"],
    ['7000', '24.50', "7.000 kgal × $3.50 = $24.50, 5,001–10,000 gallons; all units at this band's rate"],
    ['12500', '53.13', "12.500 kgal × $4.25 = $53.13, over 10,000 gallons; all units at this band's rate"],
  ])(
    'should bill %s gal at the rate of the band reached ($%s) when tierMode is ALL_UNITS',
    (usage, total, sentence) => {
      const allUnits = schedule({
        code: 'W-ALL',
        tierMode: 'ALL_UNITS',
        tiers: [
          { upTo: '5', rate: '3.00' },
          { upTo: '10', rate: '3.50' },
          { upTo: null, rate: '4.25' },
        ],
      });
      const r = rate([allUnits], { usage });
      expect(r.total.toFixed(2)).toBe(total);
      expect(explained(r)).toEqual([sentence]);
    },
  );

  it.each([
    ['8000', '24.00', "8.000 kgal × $3.00 = $24.00, 0–10,000 gallons; all units at this band's rate"],
    ['12000', '30.00', "10.000 kgal × $3.00 = $30.00, 0–10,000 gallons; all units at this band's rate; capped at 10 kgal (the top band)"],
  ])('should hold a zero-rate top band as a cap under ALL_UNITS: %s gal costs $%s', (usage, total, sentence) => {
    const capped = schedule({ code: 'S-ALLCAP', tierMode: 'ALL_UNITS', tiers: [{ upTo: '10', rate: '3.00' }, { upTo: null, rate: '0' }] });
    const r = rate([capped], { usage });
    expect(r.total.toFixed(2)).toBe(total);
    expect(explained(r)).toEqual([sentence]);
  });

  it('should show a $0.00 line when usage passes a zero-rate top band (Sherman: maximum at 9,000 gal)', () => {
    const sewer = schedule({
      code: 'S-RES-MAX',
      service: 'SEWER',
      fixedCharges: [{ label: 'Minimum sewer charge', amount: '14.00' }],
      tiers: [
        { upTo: '1.5', rate: '0' },
        { upTo: '9', rate: '3.85' },
        { upTo: null, rate: '0' },
      ],
    });
    const r = rate([sewer], { usage: '14000' });
    expect(r.total.toFixed(2)).toBe('42.88');
    expect(explained(r).at(-1)).toBe('5.000 kgal × $0.00 = $0.00, over 9,000 gallons');
  });

  it.each([
    [null, '36.25'],
    ['1', '35.00'],
  ])('should round 7,250 gal down when the usage increment is %s kgal: $%s', (usageIncrement, total) => {
    const s = schedule({ code: 'W-INC', tiers: [{ upTo: null, rate: '5.00' }], usageIncrement });
    expect(rate([s], { usage: '7250' }).total.toFixed(2)).toBe(total);
  });

  it.each([
    ['2000', '25.00', 'Minimum charge brings water to $25.00'],
    ['6000', '28.00', null],
  ])(
    'should bring %s gal up to the $25.00 minimum when the lines are below it: $%s',
    (usage, total, minimumSentence) => {
      const s = schedule({
        code: 'W-MIN',
        fixedCharges: [{ label: 'Base charge', amount: '10.00' }],
        tiers: [{ upTo: null, rate: '3.00' }],
        minimumCharge: '25.00',
      });
      const r = rate([s], { usage });
      expect(r.total.toFixed(2)).toBe(total);
      expect(explained(r).find(e => e.startsWith('Minimum')) ?? null).toBe(minimumSentence);
    },
  );

  const sewerCapped = schedule({
    code: 'S-RES',
    service: 'SEWER',
    fixedCharges: [{ label: 'Sewer base charge', amount: '15.25' }],
    tiers: [{ upTo: null, rate: '4.35' }],
    usageCap: '12',
  });

  it.each([
    ['9000', '54.40', []],
    ['12000', '67.45', []],
    ['15400', '67.45', ['Sewer usage capped at 12 kgal']],
  ])('should bill %s gal of sewer at $%s when the cap is 12,000 gal (Baytown)', (usage, total, notes) => {
    const r = rate([sewerCapped], { usage });
    expect(r.total.toFixed(2)).toBe(total);
    expect(r.notes).toEqual(notes);
  });

  it('should say on the line that usage was capped when it is above the cap', () => {
    expect(rate([sewerCapped], { usage: '15400' }).lines[1]!.explanation).toBe(
      '12.000 kgal × $4.35 = $52.20, all usage; capped at 12 kgal',
    );
  });

  it('should cap sewer at 2 × 12 kgal when a per-unit schedule bills a duplex', () => {
    const duplex = schedule({
      code: 'S-MF',
      service: 'SEWER',
      perDwellingUnit: true,
      tiers: [{ upTo: null, rate: '4.35' }],
      usageCap: '12',
    });
    expect(rate([duplex], { usage: '30000', dwellingUnits: 2 }).total.toFixed(2)).toBe('104.40');
  });

  it('should ignore a version when it takes effect after asOf', () => {
    const raise = schedule({
      code: 'W-RES-IN',
      effectiveFrom: '2026-03-16',
      fixedCharges: [{ label: 'Base charge', amount: '99.00', meterSize: '5/8' }],
    });
    const input = {
      schedules: [{ code: 'W-RES-IN', versions: [waterResidential, raise] }],
      meterSize: '5/8',
      usage: { quantity: dec('0'), unit: 'GALLON' as const },
      period: { start: '2026-03-02', end: '2026-03-31' },
      partialPeriod: false,
      standardDays: 30,
      dwellingUnits: 1,
    };
    expect(rateCharges({ ...input, asOf: '2026-03-10' }).total.toFixed(2)).toBe('18.40');
    expect(rateCharges(input).total.toFixed(2)).not.toBe('18.40');
  });

  it('should bill sewer at 100% of water, in the order of the codes, when sewer is a percent of water', () => {
    const sewerPercent = schedule({
      code: 'S-PCT',
      service: 'SEWER',
      percentOfService: 'WATER',
      percent: '100',
    });
    const r = rate([sewerPercent, waterResidential], { usage: '7250' });
    expect(r.total.toFixed(2)).toBe('97.92');
    expect(r.lines[0]).toMatchObject({ kind: 'PERCENT', service: 'SEWER', percentOf: 'WATER' });
    expect(r.lines[0]!.explanation).toBe('100% of water charges $48.96 = $48.96');
  });

  it('should rate a percent of a service that is itself a percent of another (fee 10% of sewer, sewer 80% of water)', () => {
    const water = schedule({ code: 'W-FLAT5', tiers: [{ upTo: null, rate: '5.00' }] });
    const sewer = schedule({ code: 'S-80', service: 'SEWER', percentOfService: 'WATER', percent: '80' });
    const fee = schedule({ code: 'F-10', service: 'OTHER', percentOfService: 'SEWER', percent: '10' });
    const r = rate([fee, sewer, water], { usage: '10000' });
    expect(r.lines.map(l => l.amount.toFixed(2))).toEqual(['4.00', '40.00', '50.00']);
    expect(r.total.toFixed(2)).toBe('94.00');
  });

  it('should refuse schedules that are percents of each other in a circle', () => {
    const sewer = schedule({ code: 'S-OFW', service: 'SEWER', percentOfService: 'WATER', percent: '80' });
    const water = schedule({ code: 'W-OFS', service: 'WATER', percentOfService: 'SEWER', percent: '50' });
    expect(() => rate([sewer, water], { usage: '1000' })).toThrow(expect.objectContaining({ code: 'PERCENT_CYCLE', field: 'rateScheduleCodes[0]' }));
  });

  it.each([
    [false, '2026-03-31', '22.00', 'Residential trash $22.00'],
    [true, '2026-04-30', '13.93', 'Residential trash $22.00 × 19/30 days = $13.93'],
  ])('should charge the flat trash charge per period when partial is %s', (partial, end, total, sentence) => {
    const trash = schedule({
      code: 'SW-RES',
      service: 'SOLID_WASTE',
      name: 'Residential trash',
      flatCharge: '22.00',
    });
    const r = rate([trash], {
      usage: '7250',
      partial,
      start: partial ? '2026-04-12' : '2026-03-02',
      end,
      meterSize: null,
    });
    expect(r.total.toFixed(2)).toBe(total);
    expect(explained(r)).toEqual([sentence]);
  });

  it("should tax only the schedule's own lines when it has a tax percent (7% on $52.75 = $3.69)", () => {
    const trash = schedule({
      code: 'SW-COM',
      service: 'SOLID_WASTE',
      name: 'Commercial dumpster',
      flatCharge: '52.75',
      taxPercent: '7',
    });
    const r = rate([trash, waterResidential], { usage: '7250' });
    expect(r.total.toFixed(2)).toBe('105.40');
    expect(explained(r)[1]).toBe('Tax 7% on $52.75 = $3.69');
  });

  it('should multiply band limits and per-unit base charges when the premise has 4 dwelling units', () => {
    const fourplex = schedule({
      code: 'W-MF',
      perDwellingUnit: true,
      fixedCharges: [{ label: 'Base charge', amount: '18.40', perDwellingUnit: true }],
      tiers: [
        { upTo: '2', rate: '0' },
        { upTo: '5', rate: '5.50' },
        { upTo: null, rate: '6.25' },
      ],
    });
    const r = rate([fourplex], { usage: '26000', dwellingUnits: 4 });
    expect(r.total.toFixed(2)).toBe('177.10');
    expect(explained(r)).toEqual([
      'Base charge $18.40 × 4 units = $73.60',
      '8.000 kgal × $0.00 = $0.00, 0–8,000 gallons (band limits × 4 units)',
      '12.000 kgal × $5.50 = $66.00, 8,001–20,000 gallons (band limits × 4 units)',
      '6.000 kgal × $6.25 = $37.50, over 20,000 gallons (band limits × 4 units)',
    ]);
  });
});

describe('rateCharges: retired schedules', () => {
  it('should still rate a period that starts before the retirement, the same as without one', () => {
    const kept = rate([waterResidential], { usage: '6000', start: '2026-03-02', end: '2026-03-31' });
    const retiring = rate([waterResidential], { usage: '6000', start: '2026-03-02', end: '2026-03-31', retiredOn: '2026-03-03' });
    expect(retiring.total.toFixed(2)).toBe(kept.total.toFixed(2));
  });
});

describe('rateCharges: refusals', () => {
  const later = schedule({
    code: 'S-NEW',
    service: 'SEWER',
    effectiveFrom: '2026-07-01',
    tiers: [{ upTo: null, rate: '4.00' }],
  });

  it.each<[string, () => unknown, string, string]>([
    [
      'a code with no version in effect in the period',
      () => rate([waterResidential, later], { usage: '1000' }),
      'NO_VERSION_IN_EFFECT',
      'rateScheduleCodes[1]',
    ],
    [
      'an unknown meter size',
      () => rate([waterResidential], { usage: '1000', meterSize: 'huge' }),
      'UNKNOWN_METER_SIZE',
      'meterSize',
    ],
    [
      'a code retired on the first day of the period',
      () => rate([waterResidential], { usage: '1000', start: '2026-03-02', retiredOn: '2026-03-02' }),
      'SCHEDULE_RETIRED',
      'rateScheduleCodes[0]',
    ],
    ['negative usage', () => rate([waterResidential], { usage: '-5' }), 'INVALID_USAGE', 'usage'],
    [
      'zero dwelling units',
      () => rate([waterResidential], { usage: '5', dwellingUnits: 0 }),
      'INVALID_DWELLING_UNITS',
      'dwellingUnits',
    ],
    [
      'a period that ends before it starts',
      () => rate([waterResidential], { usage: '5', start: '2026-04-02', end: '2026-04-01' }),
      'INVALID_PERIOD',
      'period',
    ],
  ])('should throw a typed error when given %s', (_name, run, code, field) => {
    try {
      run();
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RatingError);
      expect(error).toMatchObject({ code, field });
    }
  });

  it('should bill only its own days, and say so, when a code starts mid-period', () => {
    const r = rate([later], { usage: '6000', start: '2026-06-16', end: '2026-07-15' });
    expect(r.total.toFixed(2)).toBe('12.00');
    expect(r.lines[0]).toMatchObject({ periodStart: '2026-07-01', periodEnd: '2026-07-15' });
    expect(r.notes).toEqual(['S-NEW: no version in effect before 2026-07-01; earlier days not billed']);
  });
});
