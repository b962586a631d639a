import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, startTestServer, type TestServer } from '../setup/harness.js';
import { makeRateSchedule, RESIDENTIAL_SEWER, RESIDENTIAL_WATER, unique } from '../fixtures.js';

let t: TestServer;
let water: string;
let sewer: string;
beforeAll(async () => {
  t = await startTestServer();
  water = await makeRateSchedule(t, RESIDENTIAL_WATER);
  sewer = await makeRateSchedule(t, RESIDENTIAL_SEWER, unique('S-'));
});
afterAll(() => t.close());

const QUOTE = `query($input: ChargeQuoteInput!) { quoteCharges(input: $input) { total days notes lines { service kind description quantity unit rate amount explanation } } }`;
const sum = (lines: { amount: string }[]) => (lines.reduce((cents, l) => cents + Math.round(Number(l.amount) * 100), 0) / 100).toFixed(2);

describe('createRateSchedule', () => {
  it('should store a version and a later version of the same code, listing both', async () => {
    const code = await makeRateSchedule(t, RESIDENTIAL_WATER);
    await t.ok(`mutation($input: RateScheduleInput!) { createRateSchedule(input: $input) { id } }`,
      { input: { ...RESIDENTIAL_WATER, code, effectiveFrom: '2026-07-01', tiers: [{ upTo: '2', rate: '0' }, { upTo: null, rate: '6.00' }] } }, Role.ADMIN);
    const res = await t.ok<any>(`query($code: String) { rateSchedules(filter: { code: { eq: $code } }, orderBy: [{ field: EFFECTIVE_FROM }]) {
      totalCount nodes { effectiveFrom versions { effectiveFrom } definition { tierMode prorate tiers { upTo rate } fixedCharges { label amount meterSize } } } } }`, { code });
    expect(res.rateSchedules.totalCount).toBe(2);
    expect(res.rateSchedules.nodes[1].definition.tiers).toEqual([{ upTo: '2', rate: '0' }, { upTo: null, rate: '6' }]);
    expect(res.rateSchedules.nodes[0].definition.fixedCharges[0]).toEqual({ label: 'Base charge', amount: '18.40', meterSize: '5/8' });
    expect(res.rateSchedules.nodes[0].versions.map((v: any) => v.effectiveFrom)).toEqual(['2020-01-01', '2026-07-01']);
  });

  it('should reject a malformed schedule naming every field at fault, and write nothing', async () => {
    const before = (await t.sql(`select count(*)::int as n from rate_schedule`))[0].n;
    const res = await t.gql(`mutation($input: RateScheduleInput!) { createRateSchedule(input: $input) { id } }`, {
      input: {
        code: unique('BAD-'), name: 'Broken', service: 'WATER', volumeUnit: 'KGAL', effectiveFrom: '2026-01-01',
        fixedCharges: [{ label: 'Base', amount: '-3.00' }],
        tiers: [{ upTo: '5', rate: '2' }, { upTo: '3', rate: '3' }, { upTo: null, rate: '-1' }],
      },
    }, Role.ADMIN);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = res.errors?.[0]?.extensions?.fields.map((f: any) => f.field);
    expect(fields).toEqual(['fixedCharges[0].amount', 'tiers[2].rate']);
    const order = await t.gql(`mutation($input: RateScheduleInput!) { createRateSchedule(input: $input) { id } }`, {
      input: { code: unique('BAD-'), name: 'Bands out of order', service: 'WATER', volumeUnit: 'KGAL', effectiveFrom: '2026-01-01',
        tiers: [{ upTo: '5', rate: '2' }, { upTo: '3', rate: '3' }, { upTo: '9', rate: '4' }] },
    }, Role.ADMIN);
    expect(order.errors?.[0]?.extensions?.fields.map((f: any) => f.field)).toEqual(expect.arrayContaining(['tiers[1].upTo']));
    expect((await t.sql(`select count(*)::int as n from rate_schedule`))[0].n).toBe(before);
  });

  it('should refuse a version that is not later than the latest, and a clerk', async () => {
    const code = await makeRateSchedule(t, RESIDENTIAL_WATER);
    const earlier = await t.gql(`mutation($input: RateScheduleInput!) { createRateSchedule(input: $input) { id } }`, { input: { ...RESIDENTIAL_WATER, code, effectiveFrom: '2019-06-01' } }, Role.ADMIN);
    expect(earlier.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'effectiveFrom' });
    const clerk = await t.gql(`mutation($input: RateScheduleInput!) { createRateSchedule(input: $input) { id } }`, { input: { ...RESIDENTIAL_WATER, code: unique('W-') } }, Role.CLERK);
    expect(clerk.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('quoteCharges', () => {
  it('should quote 7,500 gallons on a 5/8" meter with lines a clerk can read aloud, summing to the total', async () => {
    const { quoteCharges: q } = await t.ok<any>(QUOTE, { input: { rateScheduleCodes: [water, sewer], meterSize: '5/8', usage: '7500', periodStart: '2026-03-01', periodEnd: '2026-03-31' } });
    expect(q.lines.map((l: any) => [l.kind, l.amount])).toEqual([
      ['FIXED', '18.40'], ['TIER', '0.00'], ['TIER', '16.50'], ['TIER', '15.63'], ['FIXED', '21.00'], ['TIER', '35.63'],
    ]);
    expect(q.total).toBe('107.16');
    expect(sum(q.lines)).toBe(q.total);
    expect(q.lines[2].explanation).toMatch(/3(\.000)? kgal × \$5\.50 = \$16\.50/);
    expect(q.days).toBe(31);
    for (const line of q.lines) expect(line.explanation.length).toBeGreaterThan(10);
  });

  it('should cap sewer at 12,000 gallons and accept usage in CCF', async () => {
    const { quoteCharges: q } = await t.ok<any>(QUOTE, { input: { rateScheduleCodes: [sewer], usage: '30', usageUnit: 'CCF', periodStart: '2026-03-01', periodEnd: '2026-03-31' } });
    const volume = q.lines.find((l: any) => l.kind === 'TIER');
    expect(volume.quantity).toBe('12');
    expect(volume.amount).toBe('57.00');
  });

  it('should prorate a 6-day final bill: base charge × 6/30 and band limits × 6/30', async () => {
    const { quoteCharges: q } = await t.ok<any>(QUOTE, { input: { rateScheduleCodes: [water], meterSize: '5/8', usage: '1000', periodStart: '2026-04-01', periodEnd: '2026-04-06', partialPeriod: true } });
    expect(q.lines[0]).toMatchObject({ kind: 'FIXED', amount: '3.68' });
    const tiers = q.lines.filter((l: any) => l.kind === 'TIER');
    expect(tiers.map((l: any) => l.quantity)).toEqual(['0.4', '0.6']);
    expect(q.total).toBe('6.98');
  });

  it('should name the field at fault for an unknown code, a bad meter size and a backwards period', async () => {
    const unknown = await t.gql(QUOTE, { input: { rateScheduleCodes: [water, 'NOPE'], usage: '1', periodStart: '2026-03-01', periodEnd: '2026-03-31' } });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rateScheduleCodes[1]' });
    const size = await t.gql(QUOTE, { input: { rateScheduleCodes: [water], meterSize: '7/8', usage: '1', periodStart: '2026-03-01', periodEnd: '2026-03-31' } });
    expect(size.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'meterSize' });
    const backwards = await t.gql(QUOTE, { input: { rateScheduleCodes: [water], usage: '1', periodStart: '2026-03-31', periodEnd: '2026-03-01' } });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'periodEnd' });
    const money = await t.gql(QUOTE, { input: { rateScheduleCodes: [water], usage: 7.5, periodStart: '2026-03-01', periodEnd: '2026-03-31' } });
    expect(money.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'usage' });
  });

  it('should split a period at a rate change on the 16th and rate each part by its own version', async () => {
    const code = await makeRateSchedule(t, { ...RESIDENTIAL_WATER, fixedCharges: [{ label: 'Base charge', amount: '20.00' }], tiers: [{ upTo: null, rate: '5.00' }] });
    await t.ok(`mutation($input: RateScheduleInput!) { createRateSchedule(input: $input) { id } }`,
      { input: { ...RESIDENTIAL_WATER, code, effectiveFrom: '2026-06-16', fixedCharges: [{ label: 'Base charge', amount: '24.00' }], tiers: [{ upTo: null, rate: '6.00' }] } }, Role.ADMIN);
    const { quoteCharges: q } = await t.ok<any>(`query($input: ChargeQuoteInput!) { quoteCharges(input: $input) { total lines { kind amount periodStart periodEnd } } }`,
      { input: { rateScheduleCodes: [code], usage: '30000', periodStart: '2026-06-01', periodEnd: '2026-06-30' } });
    expect(q.lines).toEqual([
      { kind: 'FIXED', amount: '10.00', periodStart: '2026-06-01', periodEnd: '2026-06-15' },
      { kind: 'TIER', amount: '75.00', periodStart: '2026-06-01', periodEnd: '2026-06-15' },
      { kind: 'FIXED', amount: '12.00', periodStart: '2026-06-16', periodEnd: '2026-06-30' },
      { kind: 'TIER', amount: '90.00', periodStart: '2026-06-16', periodEnd: '2026-06-30' },
    ]);
    expect(q.total).toBe('187.00');
  });

  it('should let a portal customer quote, and refuse a quote without a session', async () => {
    const anon = await t.gql(QUOTE, { input: { rateScheduleCodes: [water], usage: '1', periodStart: '2026-03-01', periodEnd: '2026-03-31' } }, null);
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const input = { rateScheduleCodes: [water], meterSize: '5/8', usage: '1', periodStart: '2026-03-01', periodEnd: '2026-03-31' };
    const reporting = await t.gql(QUOTE, { input }, Role.REPORTING);
    expect(reporting.data?.quoteCharges.total).toBe('18.40');
    const token = await t.tokenFor(Role.CUSTOMER, '1');
    const contextValue = await t.running.app.contextFor(token);
    const portal = await t.running.app.apollo.executeOperation({ query: QUOTE, variables: { input } }, { contextValue });
    expect((portal.body as any).singleResult.data.quoteCharges.total).toBe('18.40');
  });
});
