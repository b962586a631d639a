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

/** Inserts a rate schedule version directly (rating tests build real ones through createRateSchedule). */
export async function makeRateScheduleRow(t: TestServer, code = unique('W-'), effectiveFrom = '2020-01-01', service = 'WATER') {
  await t.sql(
    `insert into rate_schedule (code, name, service, volume_unit, effective_from, definition) values ($1, $2, $3, 'KGAL', $4, '{}'::jsonb)`,
    [code, `Test ${code}`, service, effectiveFrom],
  );
  return code;
}
