import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, startTestServer, type TestServer } from '../setup/harness.js';
import { installMeter, makeCustomer, makeCycle, makeMeter, makePremise, makeRateSchedule, makeServicePoint, unique } from '../fixtures.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const count = async (table: string) => Number((await t.sql(`select count(*)::int as n from ${table}`))[0].n);

describe('customers', () => {
  it('should create and update a customer, numbering it', async () => {
    const c = await makeCustomer(t, { name: '  Ana Ruiz ', mailingAddress: 'PO Box 12, Port Arthur TX 77641' });
    expect(c.number).toMatch(/^C\d{6}$/);
    expect(c.name).toBe('Ana Ruiz');
    const updated = await t.ok<any>(`mutation($id: ID!) { updateCustomer(id: $id, input: { phone: "409-555-0199", customerClass: COMMERCIAL }) { phone customerClass name } }`, { id: c.id });
    expect(updated.updateCustomer).toEqual({ phone: '409-555-0199', customerClass: 'COMMERCIAL', name: 'Ana Ruiz' });
  });

  it('should name the field at fault and write nothing on bad input', async () => {
    const before = await count('customer');
    const res = await t.gql(`mutation { createCustomer(input: { name: "  ", email: "not-an-email", customerClass: RESIDENTIAL }) { id } }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(res.errors?.[0]?.extensions?.fields.map((f: any) => f.field)).toEqual(['name', 'email']);
    expect(await count('customer')).toBe(before);
  });

  it('should refuse a missing required field and an unknown enum value in the schema itself', async () => {
    const missing = await t.gql(`mutation($input: CustomerInput!) { createCustomer(input: $input) { id } }`, { input: { name: 'No Class' } });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'customerClass' });
    const unknown = await t.gql(`mutation { updateCustomer(id: "999999999", input: { name: "X" }) { id } }`);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });
});

describe('ids that are not ids', () => {
  it.each([['account', 'abc'], ['bill', 'abc'], ['customer', '99999999999999999999']])(
    'should answer %s(id: "%s") with BAD_USER_INPUT and no SQL in the message',
    async (query, id) => {
      const res = await t.gql(`{ ${query}(id: "${id}") { id } }`);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).not.toMatch(/select|bigint|syntax/i);
    },
  );
});

describe('premises and routes', () => {
  it('should create a premise on a route (created on first use) and move it to another', async () => {
    const route = unique('RT');
    const p = await makePremise(t, { routeCode: route.toLowerCase(), sequence: 40 });
    const read = await t.ok<any>(`query($id: ID!) { premise(id: $id) { routeCode sequence latitude route { code } } }`, { id: p.id });
    expect(read.premise).toEqual({ routeCode: route, sequence: 40, latitude: '29.885', route: { code: route } });
    const moved = await t.ok<any>(`mutation($id: ID!, $r: String) { updatePremise(id: $id, input: { routeCode: $r, sequence: 15 }) { routeCode sequence } }`, { id: p.id, r: `${route}B` });
    expect(moved.updatePremise).toEqual({ routeCode: `${route}B`, sequence: 15 });
  });

  it('should reject a bad ZIP, a latitude out of range and malformed decimals, naming each field', async () => {
    const before = await count('premise');
    const res = await t.gql(`mutation { createPremise(input: { address: "1 Main", city: "Port Arthur", state: "TX", zip: "7764", latitude: "91", longitude: "-93" }) { id } }`);
    expect(res.errors?.[0]?.extensions?.fields.map((f: any) => f.field)).toEqual(['zip', 'latitude']);
    const malformed = await t.gql(`mutation($input: PremiseInput!) { createPremise(input: $input) { id } }`, {
      input: { address: '1 Main', city: 'Port Arthur', state: 'TX', zip: '77640', latitude: '29.8.1', longitude: '-93' },
    });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'latitude' });
    expect(await count('premise')).toBe(before);
  });
});

describe('meters and installations', () => {
  it('should install a meter with its initial read, refuse a second meter at the premise, and change it out', async () => {
    const premise = await makePremise(t);
    const old = await makeMeter(t, { size: '3/4"', dials: 4 });
    await installMeter(t, old.id, premise.id, '2026-01-05', '0120');
    const newer = await makeMeter(t);
    const clash = await t.gql(`mutation($i: InstallMeterInput!) { installMeter(input: $i) { id } }`, { i: { meterId: newer.id, premiseId: premise.id, installedOn: '2026-02-01', initialRead: '0' } });
    expect(clash.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'premiseId' });
    await t.ok(`mutation($i: RemoveMeterInput!) { removeMeter(input: $i) { status } }`, { i: { meterId: old.id, removedOn: '2026-02-01', finalRead: '0135' } });
    await installMeter(t, newer.id, premise.id, '2026-02-01', '0');
    const view = await t.ok<any>(`query($id: ID!) { premise(id: $id) { meter { serialNumber size } meterInstallations { installedOn removedOn initialRead finalRead meter { serialNumber } } } }`, { id: premise.id });
    expect(view.premise.meter.serialNumber).toBe(newer.serialNumber);
    expect(view.premise.meterInstallations).toEqual([
      { installedOn: '2026-02-01', removedOn: null, initialRead: '0', finalRead: null, meter: { serialNumber: newer.serialNumber } },
      { installedOn: '2026-01-05', removedOn: '2026-02-01', initialRead: '120', finalRead: '135', meter: { serialNumber: old.serialNumber } },
    ]);
    const oldReads = await t.ok<any>(`query($id: ID!) { meter(id: $id) { size reads { nodes { value purpose readOn } } } }`, { id: old.id });
    expect(oldReads.meter.size).toBe('3/4');
    expect(oldReads.meter.reads.nodes.map((r: any) => [r.purpose, r.readOn])).toEqual([['REMOVAL', '2026-02-01'], ['INSTALL', '2026-01-05']]);
  });

  it('should answer NOT_FOUND for unknown ids and reject a reading that does not fit the dials', async () => {
    const meter = await makeMeter(t, { dials: 4 });
    const premise = await makePremise(t);
    const unknownMeter = await t.gql(`mutation { installMeter(input: { meterId: "987654321", premiseId: "1", installedOn: "2026-01-01", initialRead: "0" }) { id } }`);
    expect(unknownMeter.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'meterId' });
    const tooBig = await t.gql(`mutation($m: ID!, $p: ID!) { installMeter(input: { meterId: $m, premiseId: $p, installedOn: "2026-01-01", initialRead: "10000" }) { id } }`, { m: meter.id, p: premise.id });
    expect(tooBig.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'initialRead' });
    const badSize = await t.gql(`mutation { createMeter(input: { serialNumber: "X-${Date.now()}", size: "7/8", registerUnit: GALLON, dials: 6 }) { id } }`);
    expect(badSize.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'size' });
  });
});

describe('meter reads', () => {
  it('should record a read on an installed meter and keep a corrected read in history', async () => {
    const { meter } = await makeServicePoint(t, '2026-01-02');
    const read = await t.ok<any>(`mutation($m: ID!) { recordMeterRead(input: { meterId: $m, readOn: "2026-02-01", value: "4120", source: HANDHELD }) { id value readOn source status } }`, { m: meter.id });
    expect(read.recordMeterRead).toMatchObject({ value: '4120', source: 'HANDHELD', status: 'VALID' });
    const again = await t.ok<any>(`mutation($m: ID!) { recordMeterRead(input: { meterId: $m, readOn: "2026-02-01", value: "4120", source: HANDHELD }) { id } }`, { m: meter.id });
    expect(again.recordMeterRead.id).toBe(read.recordMeterRead.id);
    const clash = await t.gql(`mutation($m: ID!) { recordMeterRead(input: { meterId: $m, readOn: "2026-02-01", value: "4125", source: HANDHELD }) { id } }`, { m: meter.id });
    expect(clash.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const fixed = await t.ok<any>(`mutation($r: ID!) { correctMeterRead(input: { readId: $r, value: "4102", note: "Transposed digits" }) { value correctsId } }`, { r: read.recordMeterRead.id });
    expect(fixed.correctMeterRead).toEqual({ value: '4102', correctsId: read.recordMeterRead.id });
    const history = await t.ok<any>(`query($m: ID!) { meterReads(filter: { meterId: { eq: $m }, readOn: { eq: "2026-02-01" } }) { nodes { value status } } }`, { m: meter.id });
    expect(history.meterReads.nodes.map((r: any) => `${r.value}/${r.status}`).sort()).toEqual(['4102/VALID', '4120/CORRECTED']);
  });

  it('should refuse a read on a meter that is not installed on that date, writing nothing', async () => {
    const meter = await makeMeter(t);
    const before = await count('meter_read');
    const res = await t.gql(`mutation($m: ID!) { recordMeterRead(input: { meterId: $m, readOn: "2026-02-01", value: "10", source: MANUAL }) { id } }`, { m: meter.id });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'meterId' });
    const { meter: installed } = await makeServicePoint(t, '2026-03-01');
    const early = await t.gql(`mutation($m: ID!) { recordMeterRead(input: { meterId: $m, readOn: "2026-02-15", value: "10", source: MANUAL }) { id } }`, { m: installed.id });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'meterId' });
    const badFlag = await t.gql(`mutation($m: ID!) { recordMeterRead(input: { meterId: $m, readOn: "2026-03-15", value: "10", source: AMI, flags: ["SPARKS"] }) { id } }`, { m: installed.id });
    expect(badFlag.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'flags' });
    expect(await count('meter_read')).toBe(before + 1); // the one installation read, nothing else
  });
});

describe('service start', () => {
  it('should start ACTIVE when the meter has a read on the start date (the installation read counts)', async () => {
    const cycle = await makeCycle(t);
    const customer = await makeCustomer(t);
    const { premise } = await makeServicePoint(t, '2026-03-02');
    const code = await makeRateSchedule(t);
    const res = await t.ok<any>(`mutation($i: StartServiceInput!) { startService(input: $i) { number status startDate rateScheduleCodes dwellingUnits balance customer { id } premise { id } cycle { code } workOrders { totalCount } } }`, {
      i: { customerId: customer.id, premiseId: premise.id, startDate: '2026-03-02', cycleId: cycle.id, rateScheduleCodes: [code.toLowerCase()], depositAmount: '75.00', dwellingUnits: 2 },
    });
    expect(res.startService).toMatchObject({ status: 'ACTIVE', startDate: '2026-03-02', rateScheduleCodes: [code], dwellingUnits: 2, balance: '0.00', cycle: { code: cycle.code } });
    expect(res.startService.number).toMatch(/^\d{7}$/);
    expect(res.startService.workOrders.totalCount).toBe(0);
    const again = await t.gql(`mutation($i: StartServiceInput!) { startService(input: $i) { id } }`, {
      i: { customerId: customer.id, premiseId: premise.id, startDate: '2026-04-01', cycleId: cycle.id, rateScheduleCodes: [code] },
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'premiseId' });
  });

  it('should start PENDING with a TURN_ON work order, and activate when the turn-on read comes in', async () => {
    const cycle = await makeCycle(t);
    const customer = await makeCustomer(t);
    const { premise } = await makeServicePoint(t, '2026-01-02');
    const code = await makeRateSchedule(t);
    const { startService: account } = await t.ok<any>(`mutation($i: StartServiceInput!) { startService(input: $i) { id status workOrders { nodes { id type status } } } }`, {
      i: { customerId: customer.id, premiseId: premise.id, startDate: '2026-04-12', cycleId: cycle.id, rateScheduleCodes: [code] },
    });
    expect(account.status).toBe('PENDING');
    expect(account.workOrders.nodes).toEqual([{ id: expect.any(String), type: 'TURN_ON', status: 'OPEN' }]);
    const wo = account.workOrders.nodes[0].id;
    const noRead = await t.gql(`mutation($w: ID!) { completeWorkOrder(input: { id: $w, completedOn: "2026-04-12" }) { id } }`, { w: wo });
    expect(noRead.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'readValue' });
    await t.ok(`mutation($w: ID!) { completeWorkOrder(input: { id: $w, completedOn: "2026-04-12", readValue: "1500" }) { status } }`, { w: wo }, Role.FIELD);
    const after = await t.ok<any>(`query($id: ID!) { account(id: $id) { status reads { nodes { value readOn } } } }`, { id: account.id });
    expect(after.account.status).toBe('ACTIVE');
    expect(after.account.reads.nodes).toEqual([{ value: '1500', readOn: '2026-04-12' }]);
    const twice = await t.gql(`mutation($w: ID!) { completeWorkOrder(input: { id: $w, completedOn: "2026-04-13", readValue: "1501" }) { id } }`, { w: wo });
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('should refuse unknown rate codes and unknown ids, writing nothing', async () => {
    const cycle = await makeCycle(t);
    const customer = await makeCustomer(t);
    const { premise } = await makeServicePoint(t);
    const before = await count('account');
    const codes = await t.gql(`mutation($i: StartServiceInput!) { startService(input: $i) { id } }`, {
      i: { customerId: customer.id, premiseId: premise.id, startDate: '2026-03-02', cycleId: cycle.id, rateScheduleCodes: ['NO-SUCH-RATE'] },
    });
    expect(codes.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rateScheduleCodes' });
    const ids = await t.gql(`mutation($i: StartServiceInput!) { startService(input: $i) { id } }`, {
      i: { customerId: '99999999', premiseId: premise.id, startDate: '2026-03-02', cycleId: cycle.id, rateScheduleCodes: ['X'] },
    });
    expect(ids.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'customerId' });
    const money = await t.gql(`mutation($i: StartServiceInput!) { startService(input: $i) { id } }`, {
      i: { customerId: customer.id, premiseId: premise.id, startDate: '2026-03-02', cycleId: cycle.id, rateScheduleCodes: ['X'], depositAmount: '12.345' },
    });
    expect(money.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'depositAmount' });
    expect(await count('account')).toBe(before);
  });
});
