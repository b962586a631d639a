import { Role, type TestServer } from './setup/harness.js';

let counter = 0;
/** A short suffix that keeps codes and serial numbers unique across test files sharing one database. */
export const unique = (prefix: string) => `${prefix}${process.pid.toString(36)}${(++counter).toString(36)}${Math.random().toString(36).slice(2, 5)}`.toUpperCase();

export async function makeCycle(t: TestServer, input: { standardDays?: number; dueDays?: number } = {}) {
  const data = await t.ok<{ createBillingCycle: { id: string; code: string } }>(
    `mutation($input: BillingCycleInput!) { createBillingCycle(input: $input) { id code standardDays } }`,
    { input: { code: unique('C'), name: 'Test cycle', standardDays: input.standardDays ?? 30, dueDays: input.dueDays ?? 20 } },
    Role.ADMIN,
  );
  return data.createBillingCycle;
}

export async function makeCustomer(t: TestServer, input: Record<string, unknown> = {}) {
  const data = await t.ok<{ createCustomer: { id: string; number: string; name: string } }>(
    `mutation($input: CustomerInput!) { createCustomer(input: $input) { id number name } }`,
    { input: { name: 'Maria Gonzalez', email: 'maria@example.com', phone: '409-555-0101', customerClass: 'RESIDENTIAL', ...input } },
  );
  return data.createCustomer;
}

export async function makePremise(t: TestServer, input: Record<string, unknown> = {}) {
  const data = await t.ok<{ createPremise: { id: string; address: string } }>(
    `mutation($input: PremiseInput!) { createPremise(input: $input) { id address } }`,
    { input: { address: `${100 + counter} Procter St`, city: 'Port Arthur', state: 'TX', zip: '77640', latitude: '29.885', longitude: '-93.94', routeCode: unique('R'), sequence: 10, ...input } },
  );
  return data.createPremise;
}

export async function makeMeter(t: TestServer, input: Record<string, unknown> = {}) {
  const data = await t.ok<{ createMeter: { id: string; serialNumber: string; dials: number } }>(
    `mutation($input: MeterInput!) { createMeter(input: $input) { id serialNumber dials } }`,
    { input: { serialNumber: unique('M'), size: '5/8', registerUnit: 'GALLON', multiplier: '1', dials: 6, ...input } },
  );
  return data.createMeter;
}

export async function installMeter(t: TestServer, meterId: string, premiseId: string, installedOn: string, initialRead = '0') {
  return t.ok(`mutation($input: InstallMeterInput!) { installMeter(input: $input) { id status } }`, {
    input: { meterId, premiseId, installedOn, initialRead },
  });
}

/** A premise with a meter installed on `installedOn` (its initial read counts as a read that day). */
export async function makeServicePoint(t: TestServer, installedOn = '2026-01-02', meter: Record<string, unknown> = {}) {
  const premise = await makePremise(t);
  const m = await makeMeter(t, meter);
  await installMeter(t, m.id, premise.id, installedOn, '0');
  return { premise, meter: m };
}

/** A residential water tariff: base charge by meter size, 2,000 gallons included, inclining tiers in KGAL. */
export const RESIDENTIAL_WATER = {
  name: 'Residential water, inside city',
  service: 'WATER',
  volumeUnit: 'KGAL',
  effectiveFrom: '2020-01-01',
  fixedCharges: [
    { label: 'Base charge', amount: '18.40', meterSize: '5/8' },
    { label: 'Base charge', amount: '22.10', meterSize: '3/4' },
    { label: 'Base charge', amount: '31.75', meterSize: '1' },
    { label: 'Base charge', amount: '58.20', meterSize: '2' },
  ],
  tiers: [
    { upTo: '2', rate: '0' },
    { upTo: '5', rate: '5.50' },
    { upTo: '15', rate: '6.25' },
    { upTo: null, rate: '7.80' },
  ],
};

/** Residential sewer on water usage: base charge plus a volume rate, capped at 12,000 gallons. */
export const RESIDENTIAL_SEWER = {
  name: 'Residential sewer',
  service: 'SEWER',
  volumeUnit: 'KGAL',
  effectiveFrom: '2020-01-01',
  fixedCharges: [{ label: 'Sewer base charge', amount: '21.00' }],
  tiers: [{ upTo: null, rate: '4.75' }],
  usageCap: '12',
};

/** Creates a rate schedule through createRateSchedule (as an ADMIN); returns its code. */
export async function makeRateSchedule(t: TestServer, input: Record<string, unknown> = RESIDENTIAL_WATER, code = unique('W-')) {
  await t.ok(`mutation($input: RateScheduleInput!) { createRateSchedule(input: $input) { id code } }`, { input: { code, ...input } }, Role.ADMIN);
  return code;
}
